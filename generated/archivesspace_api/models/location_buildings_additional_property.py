from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.location_buildings_additional_property_additional_property import (
        LocationBuildingsAdditionalPropertyAdditionalProperty,
    )


@_attrs_define(slots=False, repr=False)
class LocationBuildingsAdditionalProperty(_r.Record):
    additional_properties: dict[
        str, LocationBuildingsAdditionalPropertyAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)


_r.bind(
    LocationBuildingsAdditionalProperty,
    extra=_r.model(
        "location_buildings_additional_property_additional_property",
        "LocationBuildingsAdditionalPropertyAdditionalProperty",
    ),
)
