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
    from ..models.location_coordinate_range import LocationCoordinateRange
    from ..models.location_function import LocationFunction
    from ..models.location_profile import LocationProfile
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class LocationBatch(_r.Record):
    """A template for many locations at once: the location fields they share, and one to three coordinate ranges. The
    server creates one location for each combination of the ranges' values.

        Attributes:
            jsonmodel_type (Literal['location_batch']):  Default: 'location_batch'.
            coordinate_1_range (LocationCoordinateRange): A range of values for one coordinate of a location batch. The
                values run in sequence from `start` to `end` (`1` to `10`, or `A` to `F`) and each becomes an indicator `prefix`
                + value + `suffix`. The server caps the number of values with its `max_location_range` setting.
            building (str):
            coordinate_2_range (LocationCoordinateRange | Unset): A range of values for one coordinate of a location batch.
                The values run in sequence from `start` to `end` (`1` to `10`, or `A` to `F`) and each becomes an indicator
                `prefix` + value + `suffix`. The server caps the number of values with its `max_location_range` setting.
            coordinate_3_range (LocationCoordinateRange | Unset): A range of values for one coordinate of a location batch.
                The values run in sequence from `start` to `end` (`1` to `10`, or `A` to `F`) and each becomes an indicator
                `prefix` + value + `suffix`. The server caps the number of values with its `max_location_range` setting.
            locations (list[str] | Unset): URIs of locations (not used by the batch create).
            uri (str | Unset):
            title (str | Unset):
            floor (str | Unset):
            room (str | Unset):
            area (str | Unset):
            barcode (str | Unset):
            classification (str | Unset):
            coordinate_1_label (str | Unset): Set by the server from the range.
            coordinate_1_indicator (str | Unset): Set by the server from the range.
            coordinate_2_label (str | Unset):
            coordinate_2_indicator (str | Unset):
            coordinate_3_label (str | Unset):
            coordinate_3_indicator (str | Unset):
            temporary (str | Unset): Why the locations are temporary (enumeration `location_temporary`; known values
                `conservation`, `exhibit`, `loan`, `reading_room`).
            location_profile (Ref[LocationProfile] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            owner_repo (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            functions (list[LocationFunction] | Unset):
            external_ids (list[ExternalId] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    coordinate_1_range: LocationCoordinateRange
    building: str
    jsonmodel_type: Literal["location_batch"] = "location_batch"
    coordinate_2_range: LocationCoordinateRange | Unset = UNSET
    coordinate_3_range: LocationCoordinateRange | Unset = UNSET
    locations: list[str] | Unset = UNSET
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
    location_profile: Ref[LocationProfile] | Unset = UNSET
    owner_repo: Ref[Repository] | Unset = UNSET
    functions: list[LocationFunction] | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
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
    LocationBatch,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("location_batch"), True),
    _r.Field(
        "coordinate_1_range",
        "coordinate_1_range",
        _r.model("location_coordinate_range", "LocationCoordinateRange"),
        True,
    ),
    _r.Field("building", "building", _r.STR, True),
    _r.Field(
        "coordinate_2_range",
        "coordinate_2_range",
        _r.model("location_coordinate_range", "LocationCoordinateRange"),
    ),
    _r.Field(
        "coordinate_3_range",
        "coordinate_3_range",
        _r.model("location_coordinate_range", "LocationCoordinateRange"),
    ),
    _r.Field("locations", "locations", _r.ListOf(_r.STR)),
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
    ),
    _r.Field(
        "external_ids", "external_ids", _r.ListOf(_r.model("external_id", "ExternalId"))
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
