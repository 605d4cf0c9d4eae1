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
    from ..models.location import Location
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class ContainerLocation(_r.Record, _r.Link["Location"]):
    """A stay of a top container at a location: a link to the location with its status and dates. A container has one
    `current` location and any number of `previous` ones.

        Attributes:
            jsonmodel_type (Literal['container_location']):  Default: 'container_location'.
            ref (str): The location's URI.
            status (str): `current` or `previous` (enumeration `container_location_status`). `previous` needs an `end_date`
                and a temporary location.
            start_date (str): When the container arrived, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
            end_date (str | Unset): When the container left, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; required for `previous`.
            note (str | Unset):
            resolved: the linked record, when the request asked for it with ``resolve[]``.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    ref: str
    status: str
    start_date: str
    jsonmodel_type: Literal["container_location"] = "container_location"
    end_date: str | Unset = UNSET
    note: str | Unset = UNSET
    resolved: Location | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ContainerLocation,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("container_location"), True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("status", "status", _r.STR, True),
    _r.Field("start_date", "start_date", _r.STR, True),
    _r.Field("end_date", "end_date", _r.STR),
    _r.Field("note", "note", _r.STR),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
