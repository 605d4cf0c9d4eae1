from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.extent_calculation_profile import ExtentCalculationProfile


@_attrs_define(slots=False, repr=False)
class ExtentCalculationContainers(_r.Record):
    """Per container profile (keyed by its display string, or name for volumes), the count and extent."""

    additional_properties: dict[str, ExtentCalculationProfile] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ExtentCalculationContainers,
    extra=_r.model("extent_calculation_profile", "ExtentCalculationProfile"),
)
