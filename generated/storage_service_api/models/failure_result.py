from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class FailureResult(_r.Record):
    """The error body of the package contents and file metadata endpoints, `{"success": false, "error": ...}`.

    Attributes:
        success (bool): Always `false`.
        error (str): What went wrong.
    """

    success: bool
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FailureResult,
    _r.Field("success", "success", _r.BOOL, True),
    _r.Field("error", "error", _r.STR, True),
    extra=_r.ANY,
)
