from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_attribute_definition_type import (
    AssessmentAttributeDefinitionType,
    check_assessment_attribute_definition_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssessmentAttributeDefinition")


@_attrs_define
class AssessmentAttributeDefinition:
    """One rating, format or conservation issue that assessments can record.

    Attributes:
        label (str):
        type_ (AssessmentAttributeDefinitionType):
        id (int | Unset): The definition's id; leave it out to add a definition, keep it to change one.
        global_ (bool | Unset): Whether the definition is shared by all repositories. Default: False.
        readonly (bool | Unset): Whether the definition is read-only. Default: False.
        position (int | Unset): The definition's place in its list.
    """

    label: str
    type_: AssessmentAttributeDefinitionType
    id: int | Unset = UNSET
    global_: bool | Unset = False
    readonly: bool | Unset = False
    position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        type_: str = self.type_

        id = self.id

        global_ = self.global_

        readonly = self.readonly

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if global_ is not UNSET:
            field_dict["global"] = global_
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        type_ = check_assessment_attribute_definition_type(d.pop("type"))

        id = d.pop("id", UNSET)

        global_ = d.pop("global", UNSET)

        readonly = d.pop("readonly", UNSET)

        position = d.pop("position", UNSET)

        _obj = cls(
            label=label,
            type_=type_,
            id=id,
            global_=global_,
            readonly=readonly,
            position=position,
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
