from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomReportField")


@_attrs_define
class CustomReportField:
    """A field a custom report can include, narrow or sort by. Report classes may register more options per field; they
    come through as extra properties.

        Attributes:
            name (str): The field's name.
            data_type (str): The kind of value, which decides how it can be narrowed.
            sortable (bool | Unset): Whether the report can be sorted by this field.
    """

    name: str
    data_type: str
    sortable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type

        sortable = self.sortable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )
        if sortable is not UNSET:
            field_dict["sortable"] = sortable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        data_type = d.pop("data_type")

        sortable = d.pop("sortable", UNSET)

        _obj = cls(
            name=name,
            data_type=data_type,
            sortable=sortable,
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
