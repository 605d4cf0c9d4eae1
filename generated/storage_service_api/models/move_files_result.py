from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class MoveFilesResult(_r.Record):
    """What `move_location_files` answers.

    Attributes:
        message (str):
        error (None | Unset): Always null.
    """

    message: str
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MoveFilesResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("error", "error", _r.NONE),
    extra=_r.ANY,
)
