from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SystemInfoMemory(_r.Record):
    """The Java virtual machine's memory, in bytes.

    Attributes:
        free (int | Unset):
        max (int | Unset):
        total (int | Unset):
    """

    free: int | Unset = UNSET
    max: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SystemInfoMemory,
    _r.Field("free", "free", _r.INT),
    _r.Field("max", "max", _r.INT),
    _r.Field("total", "total", _r.INT),
    extra=_r.ANY,
)
