from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ReindexResult(_r.Record):
    """What `reindex_package` answers.

    Attributes:
        error (bool): Always `false`.
        message (str):
    """

    error: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReindexResult,
    _r.Field("error", "error", _r.BOOL, True),
    _r.Field("message", "message", _r.STR, True),
    extra=_r.ANY,
)
