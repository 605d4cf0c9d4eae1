from __future__ import annotations

from typing import (
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SuppressedResponse(_r.Record):
    """What a change of suppression answers.

    Attributes:
        status (Literal['Suppressed']):  Default: 'Suppressed'.
        id (int | Unset):
        suppressed_state (bool | Unset): Whether the record is now suppressed.
    """

    status: Literal["Suppressed"] = "Suppressed"
    id: int | Unset = UNSET
    suppressed_state: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SuppressedResponse,
    _r.Field("status", "status", _r.choice("Suppressed"), True),
    _r.Field("id", "id", _r.INT),
    _r.Field("suppressed_state", "suppressed_state", _r.BOOL),
    extra=_r.ANY,
)
