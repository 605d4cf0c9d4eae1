from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calculated_record import CalculatedRecord
    from ..models.calculated_resource import CalculatedResource
    from ..models.extent_calculation_containers import ExtentCalculationContainers


@_attrs_define(slots=False, repr=False)
class ExtentCalculation(_r.Record):
    """The extent of a resource or archival object computed from the container profiles of the top containers its tree
    points at.

        Attributes:
            object_ (CalculatedRecord | Unset): The record a calculation was run on.
            resource (CalculatedResource | None | Unset): The resource above an archival object; null when the record is a
                resource.
            total_extent (float | Unset): The summed extent (or volume), rounded to the configured number of decimals.
            units (None | str | Unset): The unit of the figures (`inches`, `feet`, `centimeters` or `meters`).
            volume (bool | Unset): Whether the figures are volumes (cubic units) rather than lengths, per server
                configuration.
            container_count (int | Unset): How many distinct top containers were counted.
            container_without_profile_count (int | Unset): How many of them have no container profile, and so add nothing to
                the extent.
            containers (ExtentCalculationContainers | Unset): Per container profile (keyed by its display string, or name
                for volumes), the count and extent.
            timestamp (datetime.datetime | Unset): When the calculation ran.
    """

    object_: CalculatedRecord | Unset = UNSET
    resource: CalculatedResource | None | Unset = UNSET
    total_extent: float | Unset = UNSET
    units: None | str | Unset = UNSET
    volume: bool | Unset = UNSET
    container_count: int | Unset = UNSET
    container_without_profile_count: int | Unset = UNSET
    containers: ExtentCalculationContainers | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ExtentCalculation,
    _r.Field("object_", "object", _r.model("calculated_record", "CalculatedRecord")),
    _r.Field(
        "resource",
        "resource",
        _r.one_of(_r.model("calculated_resource", "CalculatedResource"), _r.NONE),
    ),
    _r.Field("total_extent", "total_extent", _r.NUMBER),
    _r.Field("units", "units", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("volume", "volume", _r.BOOL),
    _r.Field("container_count", "container_count", _r.INT),
    _r.Field(
        "container_without_profile_count", "container_without_profile_count", _r.INT
    ),
    _r.Field(
        "containers",
        "containers",
        _r.model("extent_calculation_containers", "ExtentCalculationContainers"),
    ),
    _r.Field("timestamp", "timestamp", _r.DATETIME),
    extra=_r.ANY,
)
