from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ErrorResult(_r.Record):
    """The JSON error body of the custom package endpoints, `{"error": true, "message": ...}`; some repeat the HTTP status
    in `status_code`. Arkivum's "not locally available" answer has `error: false`.

        Attributes:
            error (bool): `true` on an error.
            message (str): What went wrong.
            status_code (int | Unset): The HTTP status, repeated (reingest only).
    """

    error: bool
    message: str
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ErrorResult,
    _r.Field("error", "error", _r.BOOL, True),
    _r.Field("message", "message", _r.STR, True),
    _r.Field("status_code", "status_code", _r.INT),
    extra=_r.ANY,
)
