from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TreePathStep")


@_attrs_define
class TreePathStep:
    """One step of the path from a tree's root to a node (an answer of `tree/node_from_root`): which node to expand next
    and which of its waypoints holds the following step.

        Attributes:
            offset (int): The waypoint number, within `node`, that holds the next step of the path (or the node itself).
            root_record_uri (str): The URI of the tree's root record.
            jsonmodel_type (str): The type of `node` (`resource`, `archival_object`, `digital_object`...).
            node (None | str | Unset): The URI of the node to expand; null for the root record.
            title (None | str | Unset): The title of `node` (of the root record for the first step).
            parsed_title (None | str | Unset): The title with its mixed content rendered as HTML.
    """

    offset: int
    root_record_uri: str
    jsonmodel_type: str
    node: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    parsed_title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        root_record_uri = self.root_record_uri

        jsonmodel_type = self.jsonmodel_type

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        parsed_title: None | str | Unset
        if isinstance(self.parsed_title, Unset):
            parsed_title = UNSET
        else:
            parsed_title = self.parsed_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
                "root_record_uri": root_record_uri,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if node is not UNSET:
            field_dict["node"] = node
        if title is not UNSET:
            field_dict["title"] = title
        if parsed_title is not UNSET:
            field_dict["parsed_title"] = parsed_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offset = d.pop("offset")

        root_record_uri = d.pop("root_record_uri")

        jsonmodel_type = d.pop("jsonmodel_type")

        def _parse_node(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        node = _parse_node(d.pop("node", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_parsed_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        parsed_title = _parse_parsed_title(d.pop("parsed_title", UNSET))

        _obj = cls(
            offset=offset,
            root_record_uri=root_record_uri,
            jsonmodel_type=jsonmodel_type,
            node=node,
            title=title,
            parsed_title=parsed_title,
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
