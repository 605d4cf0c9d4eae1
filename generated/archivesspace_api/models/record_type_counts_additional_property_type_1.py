from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class RecordTypeCountsAdditionalPropertyType1(_r.Record):
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)


_r.bind(
    RecordTypeCountsAdditionalPropertyType1,
    extra=_r.INT,
)
