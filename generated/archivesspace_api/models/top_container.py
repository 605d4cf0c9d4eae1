from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_location import ContainerLocation
    from ..models.container_profile import ContainerProfile
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.rights_restriction import RightsRestriction
    from ..models.top_container_collection_link import TopContainerCollectionLink
    from ..models.top_container_series_link import TopContainerSeriesLink


@_attrs_define(slots=False, repr=False)
class TopContainer(_r.Record):
    """A physical container (box, carton, reel...) in a repository. Archival records point at it from the `sub_container`
    of their instances; it keeps its locations and its container profile.

        Attributes:
            jsonmodel_type (Literal['top_container']):  Default: 'top_container'.
            indicator (str): The container's number or label (the `12` of "Box 12").
            uri (str): The record's URI, set by the server.
            type (str | Unset): The kind of container (enumeration `container_type`; known values `box`, `carton`, `case`,
                `container`, `folder`, `frame`, `object`, `page`, `reel`, `volume`).
            barcode (str | Unset): The barcode, unique within the repository; its length may be restricted by configuration.
            display_string (str | Unset): A short label built by the server from the type, indicator, series and barcode.
            long_display_string (str | Unset): A longer label that adds the collection identifier and the container profile.
            container_profile (Ref[ContainerProfile] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            container_locations (list[ContainerLocation]): Where the container is and was.
            subcontainer_barcodes (str | Unset): Barcodes of the sub-containers, as one string.
            ils_holding_id (None | str | Unset): The holding record's id in an integrated library system (null when there is
                none).
            ils_item_id (None | str | Unset): The item record's id in an integrated library system.
            exported_to_ils (None | str | Unset): When the container was exported to the library system (an ISO 8601 time;
                null when never).
            internal_note (str | Unset): A staff-only note.
            created_for_collection (str | Unset): The URI of the collection the container was first created for.
            restricted (bool | Unset): Whether an active rights restriction applies to material in the container.
            active_restrictions (list[RightsRestriction]): The rights restrictions in force on material in the container.
            is_linked_to_published_record (bool | Unset): Whether a published record points at the container.
            series (list[TopContainerSeriesLink]): The series-level archival objects whose material is in the container.
            collection (list[TopContainerCollectionLink]): The resources and accessions whose material is in the container.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    indicator: str
    jsonmodel_type: Literal["top_container"] = "top_container"
    uri: str = _r.NOT_YET_SENT
    type: str | Unset = UNSET
    barcode: str | Unset = UNSET
    display_string: str | Unset = UNSET
    long_display_string: str | Unset = UNSET
    container_profile: Ref[ContainerProfile] | Unset = UNSET
    container_locations: list[ContainerLocation] = _attrs_field(factory=list)
    subcontainer_barcodes: str | Unset = UNSET
    ils_holding_id: None | str | Unset = UNSET
    ils_item_id: None | str | Unset = UNSET
    exported_to_ils: None | str | Unset = UNSET
    internal_note: str | Unset = UNSET
    created_for_collection: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    active_restrictions: list[RightsRestriction] = _attrs_field(factory=list)
    is_linked_to_published_record: bool | Unset = UNSET
    series: list[TopContainerSeriesLink] = _attrs_field(factory=list)
    collection: list[TopContainerCollectionLink] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    TopContainer,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("top_container"), True),
    _r.Field("indicator", "indicator", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("type", "type", _r.STR),
    _r.Field("barcode", "barcode", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("long_display_string", "long_display_string", _r.STR),
    _r.Field("container_profile", "container_profile", _r.model("ref", "Ref")),
    _r.Field(
        "container_locations",
        "container_locations",
        _r.ListOf(_r.model("container_location", "ContainerLocation")),
        empty=True,
    ),
    _r.Field("subcontainer_barcodes", "subcontainer_barcodes", _r.STR),
    _r.Field("ils_holding_id", "ils_holding_id", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("ils_item_id", "ils_item_id", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("exported_to_ils", "exported_to_ils", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("internal_note", "internal_note", _r.STR),
    _r.Field("created_for_collection", "created_for_collection", _r.STR),
    _r.Field("restricted", "restricted", _r.BOOL),
    _r.Field(
        "active_restrictions",
        "active_restrictions",
        _r.ListOf(_r.model("rights_restriction", "RightsRestriction")),
        empty=True,
    ),
    _r.Field("is_linked_to_published_record", "is_linked_to_published_record", _r.BOOL),
    _r.Field(
        "series",
        "series",
        _r.ListOf(_r.model("top_container_series_link", "TopContainerSeriesLink")),
        empty=True,
    ),
    _r.Field(
        "collection",
        "collection",
        _r.ListOf(
            _r.model("top_container_collection_link", "TopContainerCollectionLink")
        ),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
