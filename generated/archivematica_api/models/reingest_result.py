from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ReingestResult(_r.Record):
    """What the reingest endpoints answer.

    Attributes:
        message (str):
        reingest_uuid (UUID): The new transfer's UUID (transfer reingest) or the SIP's UUID (ingest reingest).
    """

    message: str
    reingest_uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReingestResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("reingest_uuid", "reingest_uuid", _r.UUID, True),
    extra=_r.ANY,
)
