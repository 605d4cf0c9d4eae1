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
class RangeQuery(_r.Record):
    """A condition that a field lies between two values (inclusive); a missing end is open (`*`).

    Attributes:
        field (str): The field.
        jsonmodel_type (Literal['range_query']):  Default: 'range_query'.
        from_ (str | Unset): The lower end.
        to (str | Unset): The upper end.
        lock_version (int | str | Unset): Unused on queries.
        created_by (str | Unset): Unused on queries.
        last_modified_by (str | Unset): Unused on queries.
        user_mtime (datetime.datetime | Unset): Unused on queries.
        system_mtime (datetime.datetime | Unset): Unused on queries.
        create_time (datetime.datetime | Unset): Unused on queries.
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    field: str
    jsonmodel_type: Literal["range_query"] = "range_query"
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RangeQuery,
    _r.Field("field", "field", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("range_query"), True),
    _r.Field("from_", "from", _r.STR),
    _r.Field("to", "to", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
