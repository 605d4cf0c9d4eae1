from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.location_function import LocationFunction
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.location_function import LocationFunction  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "ExternalId": ExternalId,
            "LocationFunction": LocationFunction,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A place where containers are kept, shared by all repositories: a building, optionally narrowed by floor, room and
    area, and identified by a barcode, a classification or up to three coordinates (range, section, shelf...). A
    location needs a barcode, a classification, or both `coordinate_1_label` and `coordinate_1_indicator`.

        Attributes:
            jsonmodel_type (Literal['location']):  Default: 'location'.
            building (str):
            uri (str | Unset): The record's URI, set by the server.
            title (str | Unset): A label built by the server from the building, floor, room, area and identifiers.
            floor (str | Unset):
            room (str | Unset):
            area (str | Unset):
            barcode (str | Unset):
            classification (str | Unset): A classification code for the location.
            coordinate_1_label (str | Unset): The first coordinate's name (`Range`).
            coordinate_1_indicator (str | Unset): The first coordinate's value (`4`).
            coordinate_2_label (str | Unset):
            coordinate_2_indicator (str | Unset):
            coordinate_3_label (str | Unset):
            coordinate_3_indicator (str | Unset):
            temporary (str | Unset): Set when the location is a temporary one, saying why (enumeration `location_temporary`;
                known values `conservation`, `exhibit`, `loan`, `reading_room`).
            location_profile (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds
                it, the server adds the linked record as `_resolved`.
            owner_repo (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
            functions (list[LocationFunction] | Unset): What the location is used for.
            external_ids (list[ExternalId] | Unset):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    building: str
    jsonmodel_type: Literal["location"] = "location"
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    floor: str | Unset = UNSET
    room: str | Unset = UNSET
    area: str | Unset = UNSET
    barcode: str | Unset = UNSET
    classification: str | Unset = UNSET
    coordinate_1_label: str | Unset = UNSET
    coordinate_1_indicator: str | Unset = UNSET
    coordinate_2_label: str | Unset = UNSET
    coordinate_2_indicator: str | Unset = UNSET
    coordinate_3_label: str | Unset = UNSET
    coordinate_3_indicator: str | Unset = UNSET
    temporary: str | Unset = UNSET
    location_profile: Ref | Unset = UNSET
    owner_repo: Ref | Unset = UNSET
    functions: list[LocationFunction] | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        building = self.building

        uri = self.uri

        title = self.title

        floor = self.floor

        room = self.room

        area = self.area

        barcode = self.barcode

        classification = self.classification

        coordinate_1_label = self.coordinate_1_label

        coordinate_1_indicator = self.coordinate_1_indicator

        coordinate_2_label = self.coordinate_2_label

        coordinate_2_indicator = self.coordinate_2_indicator

        coordinate_3_label = self.coordinate_3_label

        coordinate_3_indicator = self.coordinate_3_indicator

        temporary = self.temporary

        location_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_profile, Unset):
            location_profile = self.location_profile.to_dict()

        owner_repo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_repo, Unset):
            owner_repo = self.owner_repo.to_dict()

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "building": building,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if title is not UNSET:
            field_dict["title"] = title
        if floor is not UNSET:
            field_dict["floor"] = floor
        if room is not UNSET:
            field_dict["room"] = room
        if area is not UNSET:
            field_dict["area"] = area
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if classification is not UNSET:
            field_dict["classification"] = classification
        if coordinate_1_label is not UNSET:
            field_dict["coordinate_1_label"] = coordinate_1_label
        if coordinate_1_indicator is not UNSET:
            field_dict["coordinate_1_indicator"] = coordinate_1_indicator
        if coordinate_2_label is not UNSET:
            field_dict["coordinate_2_label"] = coordinate_2_label
        if coordinate_2_indicator is not UNSET:
            field_dict["coordinate_2_indicator"] = coordinate_2_indicator
        if coordinate_3_label is not UNSET:
            field_dict["coordinate_3_label"] = coordinate_3_label
        if coordinate_3_indicator is not UNSET:
            field_dict["coordinate_3_indicator"] = coordinate_3_indicator
        if temporary is not UNSET:
            field_dict["temporary"] = temporary
        if location_profile is not UNSET:
            field_dict["location_profile"] = location_profile
        if owner_repo is not UNSET:
            field_dict["owner_repo"] = owner_repo
        if functions is not UNSET:
            field_dict["functions"] = functions
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['location']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "location":
            raise ValueError(
                f"jsonmodel_type must match const 'location', got '{jsonmodel_type}'"
            )

        building = d.pop("building")

        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        floor = d.pop("floor", UNSET)

        room = d.pop("room", UNSET)

        area = d.pop("area", UNSET)

        barcode = d.pop("barcode", UNSET)

        classification = d.pop("classification", UNSET)

        coordinate_1_label = d.pop("coordinate_1_label", UNSET)

        coordinate_1_indicator = d.pop("coordinate_1_indicator", UNSET)

        coordinate_2_label = d.pop("coordinate_2_label", UNSET)

        coordinate_2_indicator = d.pop("coordinate_2_indicator", UNSET)

        coordinate_3_label = d.pop("coordinate_3_label", UNSET)

        coordinate_3_indicator = d.pop("coordinate_3_indicator", UNSET)

        temporary = d.pop("temporary", UNSET)

        _location_profile = d.pop("location_profile", UNSET)
        location_profile: Ref | Unset
        if isinstance(_location_profile, Unset):
            location_profile = UNSET
        else:
            location_profile = Ref.from_dict(_location_profile)

        _owner_repo = d.pop("owner_repo", UNSET)
        owner_repo: Ref | Unset
        if isinstance(_owner_repo, Unset):
            owner_repo = UNSET
        else:
            owner_repo = Ref.from_dict(_owner_repo)

        _functions = d.pop("functions", UNSET)
        functions: list[LocationFunction] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = LocationFunction.from_dict(functions_item_data)

                functions.append(functions_item)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            building=building,
            uri=uri,
            title=title,
            floor=floor,
            room=room,
            area=area,
            barcode=barcode,
            classification=classification,
            coordinate_1_label=coordinate_1_label,
            coordinate_1_indicator=coordinate_1_indicator,
            coordinate_2_label=coordinate_2_label,
            coordinate_2_indicator=coordinate_2_indicator,
            coordinate_3_label=coordinate_3_label,
            coordinate_3_indicator=coordinate_3_indicator,
            temporary=temporary,
            location_profile=location_profile,
            owner_repo=owner_repo,
            functions=functions,
            external_ids=external_ids,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            create_time=create_time,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            repository=repository,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
