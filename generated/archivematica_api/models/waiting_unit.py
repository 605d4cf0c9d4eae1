from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class WaitingUnit(_r.Record):
    """A unit (transfer or SIP) stopped at a decision point.

    Attributes:
        sip_uuid (UUID): The unit's UUID (a transfer's too, despite the name).
        sip_directory (str | Unset): The unit's directory name.
        sip_name (str | Unset): The unit's name.
        microservice (str | Unset): The name of the job waiting for a decision.
    """

    sip_uuid: UUID
    sip_directory: str | Unset = UNSET
    sip_name: str | Unset = UNSET
    microservice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    WaitingUnit,
    _r.Field("sip_uuid", "sip_uuid", _r.UUID, True),
    _r.Field("sip_directory", "sip_directory", _r.STR),
    _r.Field("sip_name", "sip_name", _r.STR),
    _r.Field("microservice", "microservice", _r.STR),
    extra=_r.ANY,
)
