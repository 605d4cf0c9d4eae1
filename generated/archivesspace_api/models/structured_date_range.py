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
class StructuredDateRange(_r.Record):
    """A range of dates. Each end may be given as an expression, a standardized date, or both.

    Attributes:
        jsonmodel_type (Literal['structured_date_range']):  Default: 'structured_date_range'.
        begin_date_expression (str | Unset): The beginning as free text.
        begin_date_standardized (str | Unset): The beginning in ISO 8601 form, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        begin_date_standardized_type (str | Unset): Enumeration `date_standardized_type`; known values `standard`,
            `not_before`, `not_after`.
        end_date_expression (str | Unset): The end as free text.
        end_date_standardized (str | Unset): The end in ISO 8601 form, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        end_date_standardized_type (str | Unset): Enumeration `date_standardized_type`; known values `standard`,
            `not_before`, `not_after`.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["structured_date_range"] = "structured_date_range"
    begin_date_expression: str | Unset = UNSET
    begin_date_standardized: str | Unset = UNSET
    begin_date_standardized_type: str | Unset = UNSET
    end_date_expression: str | Unset = UNSET
    end_date_standardized: str | Unset = UNSET
    end_date_standardized_type: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    StructuredDateRange,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("structured_date_range"), True
    ),
    _r.Field("begin_date_expression", "begin_date_expression", _r.STR),
    _r.Field("begin_date_standardized", "begin_date_standardized", _r.STR),
    _r.Field("begin_date_standardized_type", "begin_date_standardized_type", _r.STR),
    _r.Field("end_date_expression", "end_date_expression", _r.STR),
    _r.Field("end_date_standardized", "end_date_standardized", _r.STR),
    _r.Field("end_date_standardized_type", "end_date_standardized_type", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
