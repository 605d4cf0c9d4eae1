from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class NotRemovedResult(_r.Record):
    """The error body of the hide endpoints (409 and 500).

    Attributes:
        removed (bool): Always `false`.
    """

    removed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    NotRemovedResult,
    _r.Field("removed", "removed", _r.BOOL, True),
    extra=_r.ANY,
)
