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
    from ..models.digital_object_component import DigitalObjectComponent
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class DigitalRecordChildren(_r.Record):
    """Several new components to create at once under a digital object or a component. Each child needs its
    `digital_object` link; the server sets the parent and appends the children in order.

        Attributes:
            jsonmodel_type (Literal['digital_record_children']):  Default: 'digital_record_children'.
            children (list[DigitalObjectComponent] | Unset): The components to create.
            lock_version (int | str | Unset): Unused; present on every JSONModel.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["digital_record_children"] = "digital_record_children"
    children: list[DigitalObjectComponent] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    DigitalRecordChildren,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("digital_record_children"), True
    ),
    _r.Field(
        "children",
        "children",
        _r.ListOf(_r.model("digital_object_component", "DigitalObjectComponent")),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
