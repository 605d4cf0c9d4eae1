from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.location_buildings_additional_property import (
        LocationBuildingsAdditionalProperty,
    )


@_attrs_define(slots=False, repr=False)
class LocationBuildings(_r.Record):
    """Every building that has locations, as a map from building to floors, each floor a map from room to the list of its
    areas. Locations without a floor or room are filed under `[no floor]` and `[no room]`.

    """

    additional_properties: dict[str, LocationBuildingsAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )


_r.bind(
    LocationBuildings,
    extra=_r.model(
        "location_buildings_additional_property", "LocationBuildingsAdditionalProperty"
    ),
)
