from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.record_type_counts_additional_property_type_1 import (
        RecordTypeCountsAdditionalPropertyType1,
    )


@_attrs_define(slots=False, repr=False)
class RecordTypeCounts(_r.Record):
    """How many records of each asked-for type there are. Without `repo_uri`, a map from repository URI to `{record_type:
    count}`; with `repo_uri`, the `{record_type: count}` map of that repository alone.

    """

    additional_properties: dict[str, int | RecordTypeCountsAdditionalPropertyType1] = (
        _attrs_field(init=False, factory=dict)
    )


_r.bind(
    RecordTypeCounts,
    extra=_r.one_of(
        _r.INT,
        _r.model(
            "record_type_counts_additional_property_type_1",
            "RecordTypeCountsAdditionalPropertyType1",
        ),
    ),
)
