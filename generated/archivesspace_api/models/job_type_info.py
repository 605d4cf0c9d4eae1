from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class JobTypeInfo(_r.Record):
    """The permissions a job type needs (a value of the map answered by `GET /job_types`).

    Attributes:
        create_permissions (list[str] | Unset): Permissions needed, on top of `create_job`, to create a job of this
            type.
        cancel_permissions (list[str] | Unset): Permissions needed, on top of `cancel_job`, to cancel a job of this
            type.
    """

    create_permissions: list[str] | Unset = UNSET
    cancel_permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    JobTypeInfo,
    _r.Field("create_permissions", "create_permissions", _r.ListOf(_r.STR)),
    _r.Field("cancel_permissions", "cancel_permissions", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
