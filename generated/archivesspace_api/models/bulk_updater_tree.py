from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_updater_tree_node import BulkUpdaterTreeNode

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.bulk_updater_tree_node import BulkUpdaterTreeNode  # noqa: PLC0415

    globals().update(
        {
            "BulkUpdaterTreeNode": BulkUpdaterTreeNode,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="BulkUpdaterTree")


@_attrs_define
class BulkUpdaterTree:
    """A resource's whole archival object tree in a compact form, as the bulk archival object updater uses it to let users
    pick the records of a spreadsheet.

        Attributes:
            title (str | Unset): The resource's title.
            identifier (str | Unset): The resource's identifier, its parts joined.
            uri (str | Unset): The resource's URI.
            children (list[BulkUpdaterTreeNode] | Unset): The top-level archival objects, in order.
    """

    title: str | Unset = UNSET
    identifier: str | Unset = UNSET
    uri: str | Unset = UNSET
    children: list[BulkUpdaterTreeNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        title = self.title

        identifier = self.identifier

        uri = self.uri

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
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if uri is not UNSET:
            field_dict["uri"] = uri
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        identifier = d.pop("identifier", UNSET)

        uri = d.pop("uri", UNSET)

        _children = d.pop("children", UNSET)
        children: list[BulkUpdaterTreeNode] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = BulkUpdaterTreeNode.from_dict(children_item_data)

                children.append(children_item)

        _obj = cls(
            title=title,
            identifier=identifier,
            uri=uri,
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
