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
    from ..models.boolean_field_query import BooleanFieldQuery
    from ..models.boolean_query import BooleanQuery
    from ..models.date_field_query import DateFieldQuery
    from ..models.field_query import FieldQuery
    from ..models.range_query import RangeQuery
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class AdvancedQuery(_r.Record):
    """An advanced query: the structure sent as JSON text in the `aq` and `filter` parameters of the search routes. Set
    `jsonmodel_type` on every nested query: the server tells them apart by it.

        Attributes:
            jsonmodel_type (Literal['advanced_query']):  Default: 'advanced_query'.
            query (BooleanFieldQuery | BooleanQuery | DateFieldQuery | FieldQuery | RangeQuery | Unset): The query, a single
                condition or a boolean combination of them.
            lock_version (int | str | Unset): Unused on queries.
            created_by (str | Unset): Unused on queries.
            last_modified_by (str | Unset): Unused on queries.
            user_mtime (datetime.datetime | Unset): Unused on queries.
            system_mtime (datetime.datetime | Unset): Unused on queries.
            create_time (datetime.datetime | Unset): Unused on queries.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["advanced_query"] = "advanced_query"
    query: (
        BooleanFieldQuery
        | BooleanQuery
        | DateFieldQuery
        | FieldQuery
        | RangeQuery
        | Unset
    ) = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AdvancedQuery,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("advanced_query"), True),
    _r.Field(
        "query",
        "query",
        _r.one_of(
            _r.model("boolean_query", "BooleanQuery"),
            _r.model("field_query", "FieldQuery"),
            _r.model("date_field_query", "DateFieldQuery"),
            _r.model("boolean_field_query", "BooleanFieldQuery"),
            _r.model("range_query", "RangeQuery"),
            tag="jsonmodel_type",
            tags=(
                "boolean_query",
                "field_query",
                "date_field_query",
                "boolean_field_query",
                "range_query",
            ),
        ),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
