from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageContentsAdded(_r.Record):
    """What `add_package_contents` answers.

    Attributes:
        success (bool): Always `true`.
        message (str):
    """

    success: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageContentsAdded,
    _r.Field("success", "success", _r.BOOL, True),
    _r.Field("message", "message", _r.STR, True),
    extra=_r.ANY,
)
