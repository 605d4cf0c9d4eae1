from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculatedRecord")


@_attrs_define
class CalculatedRecord:
    """The record a calculation was run on.

    Attributes:
        uri (str | Unset):
        jsonmodel_type (str | Unset):
        title (str | Unset): The record's title, or its display string when it has no title.
        id (int | Unset): The record's id (date calculator only).
    """

    uri: str | Unset = UNSET
    jsonmodel_type: str | Unset = UNSET
    title: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        jsonmodel_type = self.jsonmodel_type

        title = self.title

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if jsonmodel_type is not UNSET:
            field_dict["jsonmodel_type"] = jsonmodel_type
        if title is not UNSET:
            field_dict["title"] = title
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        jsonmodel_type = d.pop("jsonmodel_type", UNSET)

        title = d.pop("title", UNSET)

        id = d.pop("id", UNSET)

        _obj = cls(
            uri=uri,
            jsonmodel_type=jsonmodel_type,
            title=title,
            id=id,
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
