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

from ..models.container_profile_extent_dimension import (
    ContainerProfileExtentDimension,
    check_container_profile_extent_dimension,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ContainerProfile")


@_attrs_define
class ContainerProfile:
    """The size and kind of a container model (a "Hollinger box"), shared by all repositories. Top containers link to it;
    the extent and space calculators use its dimensions.

        Attributes:
            jsonmodel_type (Literal['container_profile']):  Default: 'container_profile'.
            name (str): The profile's name.
            dimension_units (str): The unit of height, width and depth (enumeration `dimension_units`; known values
                `centimeters`, `feet`, `inches`, `meters`, `millimeters`, `yards`).
            extent_dimension (ContainerProfileExtentDimension): The dimension that counts as the container's extent in the
                extent calculator.
            height (str): The height, a number with at most 2 decimals.
            width (str): The width, a number with at most 2 decimals.
            depth (str): The depth, a number with at most 2 decimals.
            uri (str | Unset): The record's URI, set by the server.
            url (str | Unset): A web page about the container model.
            stacking_limit (str | Unset): How many of these containers can be stacked, a positive integer.
            notes (str | Unset):
            display_string (str | Unset): The name with the dimensions, built by the server.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    name: str
    dimension_units: str
    extent_dimension: ContainerProfileExtentDimension
    height: str
    width: str
    depth: str
    jsonmodel_type: Literal["container_profile"] = "container_profile"
    uri: str | Unset = UNSET
    url: str | Unset = UNSET
    stacking_limit: str | Unset = UNSET
    notes: str | Unset = UNSET
    display_string: str | Unset = UNSET
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

        name = self.name

        dimension_units = self.dimension_units

        extent_dimension: str = self.extent_dimension

        height = self.height

        width = self.width

        depth = self.depth

        uri = self.uri

        url = self.url

        stacking_limit = self.stacking_limit

        notes = self.notes

        display_string = self.display_string

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
                "name": name,
                "dimension_units": dimension_units,
                "extent_dimension": extent_dimension,
                "height": height,
                "width": width,
                "depth": depth,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if url is not UNSET:
            field_dict["url"] = url
        if stacking_limit is not UNSET:
            field_dict["stacking_limit"] = stacking_limit
        if notes is not UNSET:
            field_dict["notes"] = notes
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
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
        jsonmodel_type = cast("Literal['container_profile']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "container_profile":
            raise ValueError(
                f"jsonmodel_type must match const 'container_profile', got '{jsonmodel_type}'"
            )

        name = d.pop("name")

        dimension_units = d.pop("dimension_units")

        extent_dimension = check_container_profile_extent_dimension(
            d.pop("extent_dimension")
        )

        height = d.pop("height")

        width = d.pop("width")

        depth = d.pop("depth")

        uri = d.pop("uri", UNSET)

        url = d.pop("url", UNSET)

        stacking_limit = d.pop("stacking_limit", UNSET)

        notes = d.pop("notes", UNSET)

        display_string = d.pop("display_string", UNSET)

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
            name=name,
            dimension_units=dimension_units,
            extent_dimension=extent_dimension,
            height=height,
            width=width,
            depth=depth,
            uri=uri,
            url=url,
            stacking_limit=stacking_limit,
            notes=notes,
            display_string=display_string,
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
