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
class SubrecordRequirement(_r.Record):
    """A requirement on one subrecord property of a record type.

    Attributes:
        property_ (str): The record's property holding the subrecords.
        jsonmodel_type (Literal['subrecord_requirement']):  Default: 'subrecord_requirement'.
        record_type (str | Unset): The JSONModel type of those subrecords.
        required_fields (list[str] | Unset): Fields each such subrecord must fill.
        required (bool | Unset): Whether at least one such subrecord must be present. Default: False.
        lock_version (int | str | Unset): Unused on subrecords.
        created_by (str | Unset): Unused on subrecords.
        last_modified_by (str | Unset): Unused on subrecords.
        user_mtime (datetime.datetime | Unset): Unused on subrecords.
        system_mtime (datetime.datetime | Unset): Unused on subrecords.
        create_time (datetime.datetime | Unset): Unused on subrecords.
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    property_: str
    jsonmodel_type: Literal["subrecord_requirement"] = "subrecord_requirement"
    record_type: str | Unset = UNSET
    required_fields: list[str] | Unset = UNSET
    required: bool | Unset = False
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SubrecordRequirement,
    _r.Field("property_", "property", _r.STR, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("subrecord_requirement"), True
    ),
    _r.Field("record_type", "record_type", _r.STR),
    _r.Field("required_fields", "required_fields", _r.ListOf(_r.STR)),
    _r.Field("required", "required", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
