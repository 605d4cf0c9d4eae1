from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ValidationFailure(_r.Record):
    """A 400 of CSV validation: `{valid: false, reason}` when the CSV is invalid, or `{error: true, message}` when the
    request is (a wrong Content-Type, an unexpected validator failure).

        Attributes:
            valid (bool | Unset): Always `false` when set.
            reason (str | Unset): Why the CSV is invalid.
            error (bool | Unset): `true` when the request, not the CSV, was at fault.
            message (str | Unset): What was wrong with the request.
    """

    valid: bool | Unset = UNSET
    reason: str | Unset = UNSET
    error: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ValidationFailure,
    _r.Field("valid", "valid", _r.BOOL),
    _r.Field("reason", "reason", _r.STR),
    _r.Field("error", "error", _r.BOOL),
    _r.Field("message", "message", _r.STR),
    extra=_r.ANY,
)
