from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class StartTransferResult(_r.Record):
    """What `start_transfer` answers.

    Attributes:
        message (str):
        path (str): The absolute directory the last path was copied to (`.../activeTransfers/<type
            directory>/<name>-<uuid>/`).
    """

    message: str
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    StartTransferResult,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("path", "path", _r.STR, True),
    extra=_r.ANY,
)
