from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class LocationBuildingsAdditionalPropertyAdditionalProperty(_r.Record):
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)


_r.bind(
    LocationBuildingsAdditionalPropertyAdditionalProperty,
    extra=_r.ListOf(_r.STR),
)
