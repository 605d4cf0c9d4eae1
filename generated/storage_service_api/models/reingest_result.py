from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ReingestResult(_r.Record):
    """What a started reingest answers.

    Attributes:
        message (str):
        reingest_uuid (UUID): The UUID of the transfer or SIP the pipeline started.
        error (bool | Unset): Always `false`.
        status_code (int | Unset): The HTTP status, repeated (202).
    """

    message: str
    reingest_uuid: UUID
    error: bool | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReingestResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("reingest_uuid", "reingest_uuid", _r.UUID, True),
    _r.Field("error", "error", _r.BOOL),
    _r.Field("status_code", "status_code", _r.INT),
    extra=_r.ANY,
)
