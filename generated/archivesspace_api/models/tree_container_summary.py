from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TreeContainerSummary")


@_attrs_define
class TreeContainerSummary:
    """Where a record is shelved, as shown in a resource tree (each field appears only when set).

    Attributes:
        instance_type (str | Unset):
        top_container_type (str | Unset):
        top_container_indicator (str | Unset):
        top_container_barcode (str | Unset):
        type_2 (str | Unset):
        indicator_2 (str | Unset):
        barcode_2 (str | Unset):
        type_3 (str | Unset):
        indicator_3 (str | Unset):
    """

    instance_type: str | Unset = UNSET
    top_container_type: str | Unset = UNSET
    top_container_indicator: str | Unset = UNSET
    top_container_barcode: str | Unset = UNSET
    type_2: str | Unset = UNSET
    indicator_2: str | Unset = UNSET
    barcode_2: str | Unset = UNSET
    type_3: str | Unset = UNSET
    indicator_3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        top_container_type = self.top_container_type

        top_container_indicator = self.top_container_indicator

        top_container_barcode = self.top_container_barcode

        type_2 = self.type_2

        indicator_2 = self.indicator_2

        barcode_2 = self.barcode_2

        type_3 = self.type_3

        indicator_3 = self.indicator_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type is not UNSET:
            field_dict["instance_type"] = instance_type
        if top_container_type is not UNSET:
            field_dict["top_container_type"] = top_container_type
        if top_container_indicator is not UNSET:
            field_dict["top_container_indicator"] = top_container_indicator
        if top_container_barcode is not UNSET:
            field_dict["top_container_barcode"] = top_container_barcode
        if type_2 is not UNSET:
            field_dict["type_2"] = type_2
        if indicator_2 is not UNSET:
            field_dict["indicator_2"] = indicator_2
        if barcode_2 is not UNSET:
            field_dict["barcode_2"] = barcode_2
        if type_3 is not UNSET:
            field_dict["type_3"] = type_3
        if indicator_3 is not UNSET:
            field_dict["indicator_3"] = indicator_3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = d.pop("instance_type", UNSET)

        top_container_type = d.pop("top_container_type", UNSET)

        top_container_indicator = d.pop("top_container_indicator", UNSET)

        top_container_barcode = d.pop("top_container_barcode", UNSET)

        type_2 = d.pop("type_2", UNSET)

        indicator_2 = d.pop("indicator_2", UNSET)

        barcode_2 = d.pop("barcode_2", UNSET)

        type_3 = d.pop("type_3", UNSET)

        indicator_3 = d.pop("indicator_3", UNSET)

        _obj = cls(
            instance_type=instance_type,
            top_container_type=top_container_type,
            top_container_indicator=top_container_indicator,
            top_container_barcode=top_container_barcode,
            type_2=type_2,
            indicator_2=indicator_2,
            barcode_2=barcode_2,
            type_3=type_3,
            indicator_3=indicator_3,
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
