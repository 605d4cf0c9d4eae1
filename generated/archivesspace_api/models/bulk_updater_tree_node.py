from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpdaterTreeNode")


@_attrs_define
class BulkUpdaterTreeNode:
    """One archival object in the compact tree (properties without a value are left out).

    Attributes:
        title (str | Unset): The archival object's display string.
        uri (str | Unset):
        ref_id (str | Unset):
        component_id (str | Unset):
        container (str | Unset): Where it is shelved, as one line: the top container as `type: indicator: [barcode]`,
            then each sub-container level as `type: indicator`, separated by commas.
        has_children (bool | Unset):
        children (list[BulkUpdaterTreeNode] | Unset):
    """

    title: str | Unset = UNSET
    uri: str | Unset = UNSET
    ref_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    container: str | Unset = UNSET
    has_children: bool | Unset = UNSET
    children: list[BulkUpdaterTreeNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        uri = self.uri

        ref_id = self.ref_id

        component_id = self.component_id

        container = self.container

        has_children = self.has_children

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if uri is not UNSET:
            field_dict["uri"] = uri
        if ref_id is not UNSET:
            field_dict["ref_id"] = ref_id
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if container is not UNSET:
            field_dict["container"] = container
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        uri = d.pop("uri", UNSET)

        ref_id = d.pop("ref_id", UNSET)

        component_id = d.pop("component_id", UNSET)

        container = d.pop("container", UNSET)

        has_children = d.pop("has_children", UNSET)

        _children = d.pop("children", UNSET)
        children: list[BulkUpdaterTreeNode] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = BulkUpdaterTreeNode.from_dict(children_item_data)

                children.append(children_item)

        _obj = cls(
            title=title,
            uri=uri,
            ref_id=ref_id,
            component_id=component_id,
            container=container,
            has_children=has_children,
            children=children,
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
