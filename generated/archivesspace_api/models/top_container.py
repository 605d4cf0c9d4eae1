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
    from ..models.container_location import ContainerLocation
    from ..models.ref import Ref
    from ..models.rights_restriction import RightsRestriction
    from ..models.top_container_collection_link import TopContainerCollectionLink
    from ..models.top_container_series_link import TopContainerSeriesLink

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.container_location import ContainerLocation  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.rights_restriction import RightsRestriction  # noqa: PLC0415
    from ..models.top_container_collection_link import TopContainerCollectionLink  # noqa: PLC0415
    from ..models.top_container_series_link import TopContainerSeriesLink  # noqa: PLC0415

    globals().update(
        {
            "ContainerLocation": ContainerLocation,
            "Ref": Ref,
            "RightsRestriction": RightsRestriction,
            "TopContainerCollectionLink": TopContainerCollectionLink,
            "TopContainerSeriesLink": TopContainerSeriesLink,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TopContainer")


@_attrs_define
class TopContainer:
    """A physical container (box, carton, reel...) in a repository. Archival records point at it from the `sub_container`
    of their instances; it keeps its locations and its container profile.

        Attributes:
            jsonmodel_type (Literal['top_container']):  Default: 'top_container'.
            indicator (str): The container's number or label (the `12` of "Box 12").
            uri (str | Unset): The record's URI, set by the server.
            type_ (str | Unset): The kind of container (enumeration `container_type`; known values `box`, `carton`, `case`,
                `container`, `folder`, `frame`, `object`, `page`, `reel`, `volume`).
            barcode (str | Unset): The barcode, unique within the repository; its length may be restricted by configuration.
            display_string (str | Unset): A short label built by the server from the type, indicator, series and barcode.
            long_display_string (str | Unset): A longer label that adds the collection identifier and the container profile.
            container_profile (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            container_locations (list[ContainerLocation] | Unset): Where the container is and was.
            subcontainer_barcodes (str | Unset): Barcodes of the sub-containers, as one string.
            ils_holding_id (str | Unset): The holding record's id in an integrated library system.
            ils_item_id (str | Unset): The item record's id in an integrated library system.
            exported_to_ils (str | Unset): When the container was exported to the library system (an ISO 8601 time).
            internal_note (str | Unset): A staff-only note.
            created_for_collection (str | Unset): The URI of the collection the container was first created for.
            restricted (bool | Unset): Whether an active rights restriction applies to material in the container.
            active_restrictions (list[RightsRestriction] | Unset): The rights restrictions in force on material in the
                container.
            is_linked_to_published_record (bool | Unset): Whether a published record points at the container.
            series (list[TopContainerSeriesLink] | Unset): The series-level archival objects whose material is in the
                container.
            collection (list[TopContainerCollectionLink] | Unset): The resources and accessions whose material is in the
                container.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    indicator: str
    jsonmodel_type: Literal["top_container"] = "top_container"
    uri: str | Unset = UNSET
    type_: str | Unset = UNSET
    barcode: str | Unset = UNSET
    display_string: str | Unset = UNSET
    long_display_string: str | Unset = UNSET
    container_profile: Ref | Unset = UNSET
    container_locations: list[ContainerLocation] | Unset = UNSET
    subcontainer_barcodes: str | Unset = UNSET
    ils_holding_id: str | Unset = UNSET
    ils_item_id: str | Unset = UNSET
    exported_to_ils: str | Unset = UNSET
    internal_note: str | Unset = UNSET
    created_for_collection: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    active_restrictions: list[RightsRestriction] | Unset = UNSET
    is_linked_to_published_record: bool | Unset = UNSET
    series: list[TopContainerSeriesLink] | Unset = UNSET
    collection: list[TopContainerCollectionLink] | Unset = UNSET
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

        indicator = self.indicator

        uri = self.uri

        type_ = self.type_

        barcode = self.barcode

        display_string = self.display_string

        long_display_string = self.long_display_string

        container_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_profile, Unset):
            container_profile = self.container_profile.to_dict()

        container_locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_locations, Unset):
            container_locations = []
            for container_locations_item_data in self.container_locations:
                container_locations_item = container_locations_item_data.to_dict()
                container_locations.append(container_locations_item)

        subcontainer_barcodes = self.subcontainer_barcodes

        ils_holding_id = self.ils_holding_id

        ils_item_id = self.ils_item_id

        exported_to_ils = self.exported_to_ils

        internal_note = self.internal_note

        created_for_collection = self.created_for_collection

        restricted = self.restricted

        active_restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_restrictions, Unset):
            active_restrictions = []
            for active_restrictions_item_data in self.active_restrictions:
                active_restrictions_item = active_restrictions_item_data.to_dict()
                active_restrictions.append(active_restrictions_item)

        is_linked_to_published_record = self.is_linked_to_published_record

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        collection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = []
            for collection_item_data in self.collection:
                collection_item = collection_item_data.to_dict()
                collection.append(collection_item)

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
                "indicator": indicator,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if type_ is not UNSET:
            field_dict["type"] = type_
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if long_display_string is not UNSET:
            field_dict["long_display_string"] = long_display_string
        if container_profile is not UNSET:
            field_dict["container_profile"] = container_profile
        if container_locations is not UNSET:
            field_dict["container_locations"] = container_locations
        if subcontainer_barcodes is not UNSET:
            field_dict["subcontainer_barcodes"] = subcontainer_barcodes
        if ils_holding_id is not UNSET:
            field_dict["ils_holding_id"] = ils_holding_id
        if ils_item_id is not UNSET:
            field_dict["ils_item_id"] = ils_item_id
        if exported_to_ils is not UNSET:
            field_dict["exported_to_ils"] = exported_to_ils
        if internal_note is not UNSET:
            field_dict["internal_note"] = internal_note
        if created_for_collection is not UNSET:
            field_dict["created_for_collection"] = created_for_collection
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if active_restrictions is not UNSET:
            field_dict["active_restrictions"] = active_restrictions
        if is_linked_to_published_record is not UNSET:
            field_dict["is_linked_to_published_record"] = is_linked_to_published_record
        if series is not UNSET:
            field_dict["series"] = series
        if collection is not UNSET:
            field_dict["collection"] = collection
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
        jsonmodel_type = cast("Literal['top_container']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "top_container":
            raise ValueError(
                f"jsonmodel_type must match const 'top_container', got '{jsonmodel_type}'"
            )

        indicator = d.pop("indicator")

        uri = d.pop("uri", UNSET)

        type_ = d.pop("type", UNSET)

        barcode = d.pop("barcode", UNSET)

        display_string = d.pop("display_string", UNSET)

        long_display_string = d.pop("long_display_string", UNSET)

        _container_profile = d.pop("container_profile", UNSET)
        container_profile: Ref | Unset
        if isinstance(_container_profile, Unset):
            container_profile = UNSET
        else:
            container_profile = Ref.from_dict(_container_profile)

        _container_locations = d.pop("container_locations", UNSET)
        container_locations: list[ContainerLocation] | Unset = UNSET
        if _container_locations is not UNSET:
            container_locations = []
            for container_locations_item_data in _container_locations:
                container_locations_item = ContainerLocation.from_dict(
                    container_locations_item_data
                )

                container_locations.append(container_locations_item)

        subcontainer_barcodes = d.pop("subcontainer_barcodes", UNSET)

        ils_holding_id = d.pop("ils_holding_id", UNSET)

        ils_item_id = d.pop("ils_item_id", UNSET)

        exported_to_ils = d.pop("exported_to_ils", UNSET)

        internal_note = d.pop("internal_note", UNSET)

        created_for_collection = d.pop("created_for_collection", UNSET)

        restricted = d.pop("restricted", UNSET)

        _active_restrictions = d.pop("active_restrictions", UNSET)
        active_restrictions: list[RightsRestriction] | Unset = UNSET
        if _active_restrictions is not UNSET:
            active_restrictions = []
            for active_restrictions_item_data in _active_restrictions:
                active_restrictions_item = RightsRestriction.from_dict(
                    active_restrictions_item_data
                )

                active_restrictions.append(active_restrictions_item)

        is_linked_to_published_record = d.pop("is_linked_to_published_record", UNSET)

        _series = d.pop("series", UNSET)
        series: list[TopContainerSeriesLink] | Unset = UNSET
        if _series is not UNSET:
            series = []
            for series_item_data in _series:
                series_item = TopContainerSeriesLink.from_dict(series_item_data)

                series.append(series_item)

        _collection = d.pop("collection", UNSET)
        collection: list[TopContainerCollectionLink] | Unset = UNSET
        if _collection is not UNSET:
            collection = []
            for collection_item_data in _collection:
                collection_item = TopContainerCollectionLink.from_dict(
                    collection_item_data
                )

                collection.append(collection_item)

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
            indicator=indicator,
            uri=uri,
            type_=type_,
            barcode=barcode,
            display_string=display_string,
            long_display_string=long_display_string,
            container_profile=container_profile,
            container_locations=container_locations,
            subcontainer_barcodes=subcontainer_barcodes,
            ils_holding_id=ils_holding_id,
            ils_item_id=ils_item_id,
            exported_to_ils=exported_to_ils,
            internal_note=internal_note,
            created_for_collection=created_for_collection,
            restricted=restricted,
            active_restrictions=active_restrictions,
            is_linked_to_published_record=is_linked_to_published_record,
            series=series,
            collection=collection,
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
