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
class UserDefined(_r.Record):
    """Fields each repository may use for its own purposes, with labels configured in the staff interface. The "integer"
    and "real" fields hold numbers as text.

        Attributes:
            jsonmodel_type (Literal['user_defined']):  Default: 'user_defined'.
            boolean_1 (bool | Unset):  Default: False.
            boolean_2 (bool | Unset):  Default: False.
            boolean_3 (bool | Unset):  Default: False.
            integer_1 (str | Unset): An integer in text form.
            integer_2 (str | Unset): An integer in text form.
            integer_3 (str | Unset): An integer in text form.
            real_1 (str | Unset): A decimal number in text form.
            real_2 (str | Unset): A decimal number in text form.
            real_3 (str | Unset): A decimal number in text form.
            string_1 (str | Unset):
            string_2 (str | Unset):
            string_3 (str | Unset):
            string_4 (str | Unset):
            text_1 (str | Unset):
            text_2 (str | Unset):
            text_3 (str | Unset):
            text_4 (str | Unset):
            text_5 (str | Unset):
            date_1 (str | Unset): A date as `YYYY-MM-DD`.
            date_2 (str | Unset): A date as `YYYY-MM-DD`.
            date_3 (str | Unset): A date as `YYYY-MM-DD`.
            enum_1 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_1` (seeded with
                `novalue`).
            enum_2 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_2` (seeded with
                `novalue`).
            enum_3 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_3` (seeded with
                `novalue`).
            enum_4 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_4` (seeded with
                `novalue`).
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["user_defined"] = "user_defined"
    boolean_1: bool | Unset = False
    boolean_2: bool | Unset = False
    boolean_3: bool | Unset = False
    integer_1: str | Unset = UNSET
    integer_2: str | Unset = UNSET
    integer_3: str | Unset = UNSET
    real_1: str | Unset = UNSET
    real_2: str | Unset = UNSET
    real_3: str | Unset = UNSET
    string_1: str | Unset = UNSET
    string_2: str | Unset = UNSET
    string_3: str | Unset = UNSET
    string_4: str | Unset = UNSET
    text_1: str | Unset = UNSET
    text_2: str | Unset = UNSET
    text_3: str | Unset = UNSET
    text_4: str | Unset = UNSET
    text_5: str | Unset = UNSET
    date_1: str | Unset = UNSET
    date_2: str | Unset = UNSET
    date_3: str | Unset = UNSET
    enum_1: str | Unset = UNSET
    enum_2: str | Unset = UNSET
    enum_3: str | Unset = UNSET
    enum_4: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    UserDefined,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("user_defined"), True),
    _r.Field("boolean_1", "boolean_1", _r.BOOL),
    _r.Field("boolean_2", "boolean_2", _r.BOOL),
    _r.Field("boolean_3", "boolean_3", _r.BOOL),
    _r.Field("integer_1", "integer_1", _r.STR),
    _r.Field("integer_2", "integer_2", _r.STR),
    _r.Field("integer_3", "integer_3", _r.STR),
    _r.Field("real_1", "real_1", _r.STR),
    _r.Field("real_2", "real_2", _r.STR),
    _r.Field("real_3", "real_3", _r.STR),
    _r.Field("string_1", "string_1", _r.STR),
    _r.Field("string_2", "string_2", _r.STR),
    _r.Field("string_3", "string_3", _r.STR),
    _r.Field("string_4", "string_4", _r.STR),
    _r.Field("text_1", "text_1", _r.STR),
    _r.Field("text_2", "text_2", _r.STR),
    _r.Field("text_3", "text_3", _r.STR),
    _r.Field("text_4", "text_4", _r.STR),
    _r.Field("text_5", "text_5", _r.STR),
    _r.Field("date_1", "date_1", _r.STR),
    _r.Field("date_2", "date_2", _r.STR),
    _r.Field("date_3", "date_3", _r.STR),
    _r.Field("enum_1", "enum_1", _r.STR),
    _r.Field("enum_2", "enum_2", _r.STR),
    _r.Field("enum_3", "enum_3", _r.STR),
    _r.Field("enum_4", "enum_4", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
