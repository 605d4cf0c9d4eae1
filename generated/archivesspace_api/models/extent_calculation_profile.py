from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ExtentCalculationProfile(_r.Record):
    """The containers of one container profile in an extent calculation, and their summed extent.

    Attributes:
        count (int | Unset):
        extent (float | Unset):
    """

    count: int | Unset = UNSET
    extent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ExtentCalculationProfile,
    _r.Field("count", "count", _r.INT),
    _r.Field("extent", "extent", _r.NUMBER),
    extra=_r.ANY,
)
