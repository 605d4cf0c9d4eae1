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
from ..models.date_field_query_comparator import (
    DateFieldQueryComparator,
)
from ..models.date_field_query_precision import (
    DateFieldQueryPrecision,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class DateFieldQuery(_r.Record):
    """A condition comparing a date field with a date.

    Attributes:
        field (str): The date field.
        jsonmodel_type (Literal['date_field_query']):  Default: 'date_field_query'.
        comparator (DateFieldQueryComparator | Unset): How to compare; `empty` means the field has no value.
        value (str | Unset): The date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        negated (bool | Unset): Match the records that do NOT meet the condition. Default: False.
        precision (DateFieldQueryPrecision | Unset): The unit the comparison rounds to; needed for `greater_than` and
            `equal`.
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
    jsonmodel_type: Literal["date_field_query"] = "date_field_query"
    comparator: DateFieldQueryComparator | Unset = UNSET
    value: str | Unset = UNSET
    negated: bool | Unset = False
    precision: DateFieldQueryPrecision | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    DateFieldQuery,
    _r.Field("field", "field", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("date_field_query"), True),
    _r.Field(
        "comparator",
        "comparator",
        _r.choice("empty", "equal", "greater_than", "lesser_than"),
    ),
    _r.Field("value", "value", _r.STR),
    _r.Field("negated", "negated", _r.BOOL),
    _r.Field("precision", "precision", _r.choice("day", "month", "year")),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
