from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ApproveReingestForm(_r.Record):
    """The form fields of `approve_ingest_reingest`.

    Attributes:
        uuid (UUID): The UUID of the SIP awaiting partial-reingest approval.
    """

    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ApproveReingestForm,
    _r.Field("uuid", "uuid", _r.UUID, True),
    extra=_r.ANY,
)
