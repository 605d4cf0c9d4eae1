from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.space_calculation_location import SpaceCalculationLocation

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.space_calculation_location import SpaceCalculationLocation  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
            "SpaceCalculationLocation": SpaceCalculationLocation,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SpaceCalculation")


@_attrs_define
class SpaceCalculation:
    """How many more containers of a container profile fit in a set of locations, given the location profiles' dimensions
    and the containers already there.

        Attributes:
            container_profile (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            total_spaces_available (int | Unset): How many more containers fit, over all locations.
            total_containers_of_type (int | Unset): How many containers of this profile are already in the locations.
            locations_with_space (list[SpaceCalculationLocation] | Unset): The locations that can take more containers, each
                with `count`.
            locations_without_space (list[SpaceCalculationLocation] | Unset): The locations that cannot take one more, each
                with a `reason`.
            uncalculatable_locations (list[SpaceCalculationLocation] | Unset): The locations the server could not calculate,
                each with a `reason`.
    """

    container_profile: Ref | Unset = UNSET
    total_spaces_available: int | Unset = UNSET
    total_containers_of_type: int | Unset = UNSET
    locations_with_space: list[SpaceCalculationLocation] | Unset = UNSET
    locations_without_space: list[SpaceCalculationLocation] | Unset = UNSET
    uncalculatable_locations: list[SpaceCalculationLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        container_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_profile, Unset):
            container_profile = self.container_profile.to_dict()

        total_spaces_available = self.total_spaces_available

        total_containers_of_type = self.total_containers_of_type

        locations_with_space: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations_with_space, Unset):
            locations_with_space = []
            for locations_with_space_item_data in self.locations_with_space:
                locations_with_space_item = locations_with_space_item_data.to_dict()
                locations_with_space.append(locations_with_space_item)

        locations_without_space: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations_without_space, Unset):
            locations_without_space = []
            for locations_without_space_item_data in self.locations_without_space:
                locations_without_space_item = (
                    locations_without_space_item_data.to_dict()
                )
                locations_without_space.append(locations_without_space_item)

        uncalculatable_locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uncalculatable_locations, Unset):
            uncalculatable_locations = []
            for uncalculatable_locations_item_data in self.uncalculatable_locations:
                uncalculatable_locations_item = (
                    uncalculatable_locations_item_data.to_dict()
                )
                uncalculatable_locations.append(uncalculatable_locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_profile is not UNSET:
            field_dict["container_profile"] = container_profile
        if total_spaces_available is not UNSET:
            field_dict["total_spaces_available"] = total_spaces_available
        if total_containers_of_type is not UNSET:
            field_dict["total_containers_of_type"] = total_containers_of_type
        if locations_with_space is not UNSET:
            field_dict["locations_with_space"] = locations_with_space
        if locations_without_space is not UNSET:
            field_dict["locations_without_space"] = locations_without_space
        if uncalculatable_locations is not UNSET:
            field_dict["uncalculatable_locations"] = uncalculatable_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _container_profile = d.pop("container_profile", UNSET)
        container_profile: Ref | Unset
        if isinstance(_container_profile, Unset):
            container_profile = UNSET
        else:
            container_profile = Ref.from_dict(_container_profile)

        total_spaces_available = d.pop("total_spaces_available", UNSET)

        total_containers_of_type = d.pop("total_containers_of_type", UNSET)

        _locations_with_space = d.pop("locations_with_space", UNSET)
        locations_with_space: list[SpaceCalculationLocation] | Unset = UNSET
        if _locations_with_space is not UNSET:
            locations_with_space = []
            for locations_with_space_item_data in _locations_with_space:
                locations_with_space_item = SpaceCalculationLocation.from_dict(
                    locations_with_space_item_data
                )

                locations_with_space.append(locations_with_space_item)

        _locations_without_space = d.pop("locations_without_space", UNSET)
        locations_without_space: list[SpaceCalculationLocation] | Unset = UNSET
        if _locations_without_space is not UNSET:
            locations_without_space = []
            for locations_without_space_item_data in _locations_without_space:
                locations_without_space_item = SpaceCalculationLocation.from_dict(
                    locations_without_space_item_data
                )

                locations_without_space.append(locations_without_space_item)

        _uncalculatable_locations = d.pop("uncalculatable_locations", UNSET)
        uncalculatable_locations: list[SpaceCalculationLocation] | Unset = UNSET
        if _uncalculatable_locations is not UNSET:
            uncalculatable_locations = []
            for uncalculatable_locations_item_data in _uncalculatable_locations:
                uncalculatable_locations_item = SpaceCalculationLocation.from_dict(
                    uncalculatable_locations_item_data
                )

                uncalculatable_locations.append(uncalculatable_locations_item)

        _obj = cls(
            container_profile=container_profile,
            total_spaces_available=total_spaces_available,
            total_containers_of_type=total_containers_of_type,
            locations_with_space=locations_with_space,
            locations_without_space=locations_without_space,
            uncalculatable_locations=uncalculatable_locations,
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
