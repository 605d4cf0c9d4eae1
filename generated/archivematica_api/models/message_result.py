from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class MessageResult(_r.Record):
    """A bare `{message}` answer.

    Attributes:
        message (str):
    """

    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MessageResult,
    _r.Field("message", "message", _r.STR, True),
    extra=_r.ANY,
)
