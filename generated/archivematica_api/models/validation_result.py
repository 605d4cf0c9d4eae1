from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ValidationResult(_r.Record):
    """What a successful validation answers.

    Attributes:
        valid (bool): Always `true`.
    """

    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ValidationResult,
    _r.Field("valid", "valid", _r.BOOL, True),
    extra=_r.ANY,
)
