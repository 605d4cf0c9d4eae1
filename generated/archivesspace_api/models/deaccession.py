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
    from ..models.date import Date
    from ..models.extent import Extent
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Deaccession(_r.Record):
    """A record that material was removed from the holdings (all of it or a part), when and why.

    Attributes:
        scope (str): Whether all or part of the material left (enumeration `deaccession_scope`; known values `whole`,
            `part`).
        description (str): What was deaccessioned.
        date (Date): A date or date range of a record (creation, publication, deaccession...). The server wants either
            an `expression` or a `begin` date; `end` is only meaningful for `inclusive` and `bulk` dates. `begin` and `end`
            are partial ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
        jsonmodel_type (Literal['deaccession']):  Default: 'deaccession'.
        reason (str | Unset): Why it was deaccessioned.
        disposition (str | Unset): What became of the material (returned, destroyed, transferred...).
        notification (bool | Unset): Whether the donor was notified. Default: False.
        extents (list[Extent]): How much material was deaccessioned.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    scope: str
    description: str
    date: Date
    jsonmodel_type: Literal["deaccession"] = "deaccession"
    reason: str | Unset = UNSET
    disposition: str | Unset = UNSET
    notification: bool | Unset = False
    extents: list[Extent] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Deaccession,
    _r.Field("scope", "scope", _r.STR, True),
    _r.Field("description", "description", _r.STR, True),
    _r.Field("date", "date", _r.model("date", "Date"), True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("deaccession"), True),
    _r.Field("reason", "reason", _r.STR),
    _r.Field("disposition", "disposition", _r.STR),
    _r.Field("notification", "notification", _r.BOOL),
    _r.Field("extents", "extents", _r.ListOf(_r.model("extent", "Extent")), empty=True),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
