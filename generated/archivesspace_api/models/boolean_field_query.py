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
class BooleanFieldQuery(_r.Record):
    """A condition on a true/false field such as `publish` or `suppressed`.

    Attributes:
        field (str): The boolean field.
        value (bool): The value the field must have. Default: True.
        jsonmodel_type (Literal['boolean_field_query']):  Default: 'boolean_field_query'.
        negated (bool | Unset): Match the records that do NOT meet the condition. Default: False.
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
    value: bool = True
    jsonmodel_type: Literal["boolean_field_query"] = "boolean_field_query"
    negated: bool | Unset = False
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    BooleanFieldQuery,
    _r.Field("field", "field", _r.STR, True),
    _r.Field("value", "value", _r.BOOL, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("boolean_field_query"), True
    ),
    _r.Field("negated", "negated", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
