from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class Error(_r.Record):
    """The usual error body of the dashboard API: `{"error": true, "message": ...}`. Authentication failures (403) use the
    same two keys. The status endpoints add `type` for an unknown unit.

        Attributes:
            error (bool): Always `true` on an error.
            message (str): What went wrong.
            type (str | Unset): The unit type asked about (`transfer` or `SIP`); only on an unknown-unit status error.
    """

    error: bool
    message: str
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Error,
    _r.Field("error", "error", _r.BOOL, True),
    _r.Field("message", "message", _r.STR, True),
    _r.Field("type", "type", _r.STR),
    extra=_r.ANY,
)
