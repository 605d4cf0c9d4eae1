from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ErrorMessage(_r.Record):
    """Tastypie's 500 and 415 body, `{"error_message": "..."}`, with a `traceback` when the server runs with DEBUG. Also
    the 200 answer to a duplicate recovery request.

        Attributes:
            error_message (str): What went wrong.
            traceback (str | Unset): The Python traceback (DEBUG only).
    """

    error_message: str
    traceback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ErrorMessage,
    _r.Field("error_message", "error_message", _r.STR, True),
    _r.Field("traceback", "traceback", _r.STR),
    extra=_r.ANY,
)
