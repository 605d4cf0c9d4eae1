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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class LocationProfile(_r.Record):
    """The size of a kind of location (a shelf model), shared by all repositories. Locations link to it; the space
    calculator uses its dimensions.

        Attributes:
            jsonmodel_type (Literal['location_profile']):  Default: 'location_profile'.
            name (str):
            uri (str): The record's URI, set by the server.
            display_string (str | Unset): The name with the dimensions, built by the server.
            dimension_units (str | Unset): The unit of height, width and depth (enumeration `dimension_units`; known values
                `centimeters`, `feet`, `inches`, `meters`, `millimeters`, `yards`).
            height (str | Unset): The height, a number with at most 2 decimals.
            width (str | Unset): The width, a number with at most 2 decimals.
            depth (str | Unset): The depth, a number with at most 2 decimals.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    jsonmodel_type: Literal["location_profile"] = "location_profile"
    uri: str = _r.NOT_YET_SENT
    display_string: str | Unset = UNSET
    dimension_units: str | Unset = UNSET
    height: str | Unset = UNSET
    width: str | Unset = UNSET
    depth: str | Unset = UNSET
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
    LocationProfile,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("location_profile"), True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("dimension_units", "dimension_units", _r.STR),
    _r.Field("height", "height", _r.STR),
    _r.Field("width", "width", _r.STR),
    _r.Field("depth", "depth", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
