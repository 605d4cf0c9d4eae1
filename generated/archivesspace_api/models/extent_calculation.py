from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.calculated_record import CalculatedRecord
    from ..models.calculated_resource import CalculatedResource
    from ..models.extent_calculation_containers import ExtentCalculationContainers

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.calculated_record import CalculatedRecord  # noqa: PLC0415
    from ..models.calculated_resource import CalculatedResource  # noqa: PLC0415
    from ..models.extent_calculation_containers import ExtentCalculationContainers  # noqa: PLC0415

    globals().update(
        {
            "CalculatedRecord": CalculatedRecord,
            "CalculatedResource": CalculatedResource,
            "ExtentCalculationContainers": ExtentCalculationContainers,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ExtentCalculation")


@_attrs_define
class ExtentCalculation:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, CalculatedResource):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        total_extent = self.total_extent

        units: None | str | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        else:
            units = self.units

        volume = self.volume

        container_count = self.container_count

        container_without_profile_count = self.container_without_profile_count

        containers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = self.containers.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if resource is not UNSET:
            field_dict["resource"] = resource
        if total_extent is not UNSET:
            field_dict["total_extent"] = total_extent
        if units is not UNSET:
            field_dict["units"] = units
        if volume is not UNSET:
            field_dict["volume"] = volume
        if container_count is not UNSET:
            field_dict["container_count"] = container_count
        if container_without_profile_count is not UNSET:
            field_dict["container_without_profile_count"] = (
                container_without_profile_count
            )
        if containers is not UNSET:
            field_dict["containers"] = containers
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _object_ = d.pop("object", UNSET)
        object_: CalculatedRecord | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = CalculatedRecord.from_dict(_object_)

        def _parse_resource(data: object) -> CalculatedResource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = CalculatedResource.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CalculatedResource | None | Unset", data)

        resource = _parse_resource(d.pop("resource", UNSET))

        total_extent = d.pop("total_extent", UNSET)

        def _parse_units(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        units = _parse_units(d.pop("units", UNSET))

        volume = d.pop("volume", UNSET)

        container_count = d.pop("container_count", UNSET)

        container_without_profile_count = d.pop(
            "container_without_profile_count", UNSET
        )

        _containers = d.pop("containers", UNSET)
        containers: ExtentCalculationContainers | Unset
        if isinstance(_containers, Unset):
            containers = UNSET
        else:
            containers = ExtentCalculationContainers.from_dict(_containers)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        _obj = cls(
            object_=object_,
            resource=resource,
            total_extent=total_extent,
            units=units,
            volume=volume,
            container_count=container_count,
            container_without_profile_count=container_without_profile_count,
            containers=containers,
            timestamp=timestamp,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
