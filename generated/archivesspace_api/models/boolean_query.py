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
from ..models.boolean_query_op import BooleanQueryOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_field_query import BooleanFieldQuery
    from ..models.date_field_query import DateFieldQuery
    from ..models.field_query import FieldQuery
    from ..models.range_query import RangeQuery
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class BooleanQuery(_r.Record):
    """Combines queries with AND, OR or NOT, rendered as `(q1 OP q2 ...)`. NOT is placed between the clauses as Solr's
    infix operator (`a NOT b`), so put the positive clause first.

        Attributes:
            op (BooleanQueryOp): The operator joining the subqueries.
            subqueries (list[BooleanFieldQuery | BooleanQuery | DateFieldQuery | FieldQuery | RangeQuery]): The combined
                queries (at least one), each with its `jsonmodel_type`.
            jsonmodel_type (Literal['boolean_query']):  Default: 'boolean_query'.
            lock_version (int | str | Unset): Unused on queries.
            created_by (str | Unset): Unused on queries.
            last_modified_by (str | Unset): Unused on queries.
            user_mtime (datetime.datetime | Unset): Unused on queries.
            system_mtime (datetime.datetime | Unset): Unused on queries.
            create_time (datetime.datetime | Unset): Unused on queries.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    op: BooleanQueryOp
    subqueries: list[
        BooleanFieldQuery | BooleanQuery | DateFieldQuery | FieldQuery | RangeQuery
    ]
    jsonmodel_type: Literal["boolean_query"] = "boolean_query"
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    BooleanQuery,
    _r.Field("op", "op", _r.choice("AND", "NOT", "OR"), True),
    _r.Field(
        "subqueries",
        "subqueries",
        _r.ListOf(
            _r.one_of(
                _r.model("boolean_query", "BooleanQuery"),
                _r.model("field_query", "FieldQuery"),
                _r.model("boolean_field_query", "BooleanFieldQuery"),
                _r.model("date_field_query", "DateFieldQuery"),
                _r.model("range_query", "RangeQuery"),
                tag="jsonmodel_type",
                tags=(
                    "boolean_query",
                    "field_query",
                    "boolean_field_query",
                    "date_field_query",
                    "range_query",
                ),
            )
        ),
        True,
    ),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("boolean_query"), True),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
