from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TreeDateSummary")


@_attrs_define
class TreeDateSummary:
    """A date as shown in a resource tree (each field appears only when set).

    Attributes:
        type_ (str | Unset): The date type (`single`, `inclusive`...).
        label (str | Unset): The date label (`creation`...).
        expression (str | Unset):
        begin (str | Unset):
        end (str | Unset):
    """

    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    expression: str | Unset = UNSET
    begin: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        expression = self.expression

        begin = self.begin

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if expression is not UNSET:
            field_dict["expression"] = expression
        if begin is not UNSET:
            field_dict["begin"] = begin
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        expression = d.pop("expression", UNSET)

        begin = d.pop("begin", UNSET)

        end = d.pop("end", UNSET)

        _obj = cls(
            type_=type_,
            label=label,
            expression=expression,
            begin=begin,
            end=end,
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
