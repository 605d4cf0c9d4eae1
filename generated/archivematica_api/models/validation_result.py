from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ValidationResult(_r.Record):
    """The verdict on a CSV document: `{valid: true}`, or `{valid: false, reason}` for an invalid one. The server answers
    an invalid CSV with 400; `am.validators.validate_csv` returns it as this result, not an error.

        Attributes:
            valid (bool): Whether the CSV is valid.
            reason (str | Unset): Why the CSV is invalid (only when `valid` is false).
    """

    valid: bool
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ValidationResult,
    _r.Field("valid", "valid", _r.BOOL, True),
    _r.Field("reason", "reason", _r.STR),
    extra=_r.ANY,
)
