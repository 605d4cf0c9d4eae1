from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageEventResult(_r.Record):
    """What a recorded deletion or recovery request answers.

    Attributes:
        message (str):
        id (int): The id of the request (event) recorded.
    """

    message: str
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageEventResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("id", "id", _r.INT, True),
    extra=_r.ANY,
)
