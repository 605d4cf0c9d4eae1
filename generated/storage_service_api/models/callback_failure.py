from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class CallbackFailure(_r.Record):
    """The body of a post-store callback run where some calls failed.

    Attributes:
        message (str):
        failure_count (int): How many callback calls failed.
        callback_uris (list[str] | Unset): The URIs of the enabled post-store callbacks.
    """

    message: str
    failure_count: int
    callback_uris: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CallbackFailure,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("failure_count", "failure_count", _r.INT, True),
    _r.Field("callback_uris", "callback_uris", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
