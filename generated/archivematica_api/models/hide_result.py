from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class HideResult(_r.Record):
    """What hiding one unit answers.

    Attributes:
        removed (bool): Always `true`.
    """

    removed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    HideResult,
    _r.Field("removed", "removed", _r.BOOL, True),
    extra=_r.ANY,
)
