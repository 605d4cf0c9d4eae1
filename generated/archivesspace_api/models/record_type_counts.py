from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_type_counts_additional_property_type_1 import (
        RecordTypeCountsAdditionalPropertyType1,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.record_type_counts_additional_property_type_1 import (
        RecordTypeCountsAdditionalPropertyType1,  # noqa: PLC0415
    )

    globals().update(
        {
            "RecordTypeCountsAdditionalPropertyType1": RecordTypeCountsAdditionalPropertyType1,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RecordTypeCounts")


@_attrs_define
class RecordTypeCounts:
    """How many records of each asked-for type there are. Without `repo_uri`, a map from repository URI to `{record_type:
    count}`; with `repo_uri`, the `{record_type: count}` map of that repository alone.

    """

    additional_properties: dict[str, int | RecordTypeCountsAdditionalPropertyType1] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, RecordTypeCountsAdditionalPropertyType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _obj = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> int | RecordTypeCountsAdditionalPropertyType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = (
                        RecordTypeCountsAdditionalPropertyType1.from_dict(data)
                    )

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("int | RecordTypeCountsAdditionalPropertyType1", data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int | RecordTypeCountsAdditionalPropertyType1:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: int | RecordTypeCountsAdditionalPropertyType1
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
