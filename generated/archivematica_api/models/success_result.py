from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class SuccessResult(_r.Record):
    """A bare `{success: true}` answer.

    Attributes:
        success (bool): Always `true`.
    """

    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SuccessResult,
    _r.Field("success", "success", _r.BOOL, True),
    extra=_r.ANY,
)
