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
    from ..models.external_id import ExternalId
    from ..models.location_function import LocationFunction
    from ..models.location_profile import LocationProfile
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Location(_r.Record):
    """A place where containers are kept, shared by all repositories: a building, optionally narrowed by floor, room and
    area, and identified by a barcode, a classification or up to three coordinates (range, section, shelf...). A
    location needs a barcode, a classification, or both `coordinate_1_label` and `coordinate_1_indicator`.

        Attributes:
            jsonmodel_type (Literal['location']):  Default: 'location'.
            building (str):
            uri (str): The record's URI, set by the server.
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
            location_profile (Ref[LocationProfile] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            owner_repo (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            functions (list[LocationFunction]): What the location is used for.
            external_ids (list[ExternalId]):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    building: str
    jsonmodel_type: Literal["location"] = "location"
    uri: str = _r.NOT_YET_SENT
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
    location_profile: Ref[LocationProfile] | Unset = UNSET
    owner_repo: Ref[Repository] | Unset = UNSET
    functions: list[LocationFunction] = _attrs_field(factory=list)
    external_ids: list[ExternalId] = _attrs_field(factory=list)
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
    Location,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("location"), True),
    _r.Field("building", "building", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("floor", "floor", _r.STR),
    _r.Field("room", "room", _r.STR),
    _r.Field("area", "area", _r.STR),
    _r.Field("barcode", "barcode", _r.STR),
    _r.Field("classification", "classification", _r.STR),
    _r.Field("coordinate_1_label", "coordinate_1_label", _r.STR),
    _r.Field("coordinate_1_indicator", "coordinate_1_indicator", _r.STR),
    _r.Field("coordinate_2_label", "coordinate_2_label", _r.STR),
    _r.Field("coordinate_2_indicator", "coordinate_2_indicator", _r.STR),
    _r.Field("coordinate_3_label", "coordinate_3_label", _r.STR),
    _r.Field("coordinate_3_indicator", "coordinate_3_indicator", _r.STR),
    _r.Field("temporary", "temporary", _r.STR),
    _r.Field("location_profile", "location_profile", _r.model("ref", "Ref")),
    _r.Field("owner_repo", "owner_repo", _r.model("ref", "Ref")),
    _r.Field(
        "functions",
        "functions",
        _r.ListOf(_r.model("location_function", "LocationFunction")),
        empty=True,
    ),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
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
