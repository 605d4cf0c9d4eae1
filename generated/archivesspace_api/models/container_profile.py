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
from ..models.container_profile_extent_dimension import (
    ContainerProfileExtentDimension,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class ContainerProfile(_r.Record):
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
            uri (str): The record's URI, set by the server.
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
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    dimension_units: str
    extent_dimension: ContainerProfileExtentDimension
    height: str
    width: str
    depth: str
    jsonmodel_type: Literal["container_profile"] = "container_profile"
    uri: str = _r.NOT_YET_SENT
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
    ContainerProfile,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("container_profile"), True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field("dimension_units", "dimension_units", _r.STR, True),
    _r.Field(
        "extent_dimension",
        "extent_dimension",
        _r.choice("depth", "height", "width"),
        True,
    ),
    _r.Field("height", "height", _r.STR, True),
    _r.Field("width", "width", _r.STR, True),
    _r.Field("depth", "depth", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("url", "url", _r.STR),
    _r.Field("stacking_limit", "stacking_limit", _r.STR),
    _r.Field("notes", "notes", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
