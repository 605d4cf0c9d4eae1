from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ApproveTransferResult(_r.Record):
    """What `approve_transfer` answers.

    Attributes:
        message (str):
        uuid (UUID): The approved transfer's UUID.
    """

    message: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ApproveTransferResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("uuid", "uuid", _r.UUID, True),
    extra=_r.ANY,
)
