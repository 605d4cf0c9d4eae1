from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_profile import ContainerProfile
    from ..models.ref import Ref
    from ..models.space_calculation_location import SpaceCalculationLocation


@_attrs_define(slots=False, repr=False)
class SpaceCalculation(_r.Record):
    """How many more containers of a container profile fit in a set of locations, given the location profiles' dimensions
    and the containers already there.

        Attributes:
            container_profile (Ref[ContainerProfile] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            total_spaces_available (int | Unset): How many more containers fit, over all locations.
            total_containers_of_type (int | Unset): How many containers of this profile are already in the locations.
            locations_with_space (list[SpaceCalculationLocation] | Unset): The locations that can take more containers, each
                with `count`.
            locations_without_space (list[SpaceCalculationLocation] | Unset): The locations that cannot take one more, each
                with a `reason`.
            uncalculatable_locations (list[SpaceCalculationLocation] | Unset): The locations the server could not calculate,
                each with a `reason`.
    """

    container_profile: Ref[ContainerProfile] | Unset = UNSET
    total_spaces_available: int | Unset = UNSET
    total_containers_of_type: int | Unset = UNSET
    locations_with_space: list[SpaceCalculationLocation] | Unset = UNSET
    locations_without_space: list[SpaceCalculationLocation] | Unset = UNSET
    uncalculatable_locations: list[SpaceCalculationLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SpaceCalculation,
    _r.Field("container_profile", "container_profile", _r.model("ref", "Ref")),
    _r.Field("total_spaces_available", "total_spaces_available", _r.INT),
    _r.Field("total_containers_of_type", "total_containers_of_type", _r.INT),
    _r.Field(
        "locations_with_space",
        "locations_with_space",
        _r.ListOf(_r.model("space_calculation_location", "SpaceCalculationLocation")),
    ),
    _r.Field(
        "locations_without_space",
        "locations_without_space",
        _r.ListOf(_r.model("space_calculation_location", "SpaceCalculationLocation")),
    ),
    _r.Field(
        "uncalculatable_locations",
        "uncalculatable_locations",
        _r.ListOf(_r.model("space_calculation_location", "SpaceCalculationLocation")),
    ),
    extra=_r.ANY,
)
