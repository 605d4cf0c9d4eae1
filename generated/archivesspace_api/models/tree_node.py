from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints  # noqa: PLC0415

    globals().update(
        {
            "TreePrecomputedWaypoints": TreePrecomputedWaypoints,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TreeNode")


@_attrs_define
class TreeNode:
    """One node inside a record tree (an archival object, digital object component or classification term): its place among
    its siblings, how many children it has, and the first waypoint of them.

        Attributes:
            child_count (int): How many immediate children the node has.
            waypoints (int): How many waypoints the children fill.
            waypoint_size (int): The number of children in each waypoint.
            uri (str): The node's URI.
            jsonmodel_type (str): The node's type (`archival_object`, `digital_object_component` or `classification_term`).
            title (None | str | Unset): The node's display string.
            position (int | Unset): The node's 1-based position among its siblings.
            has_digital_instance (bool | Unset): Whether the node links a digital object.
            precomputed_waypoints (TreePrecomputedWaypoints | Unset): The first waypoint of a node's children, delivered
                with the node to save a call: a map from the parent's URI (the empty string for the root) to a map from waypoint
                number (`"0"`) to the children in it.
            identifier (None | str | Unset): The node's identifier: an archival object's `component_id` (null when it has
                none), a classification term's identifier.
    """

    child_count: int
    waypoints: int
    waypoint_size: int
    uri: str
    jsonmodel_type: str
    title: None | str | Unset = UNSET
    position: int | Unset = UNSET
    has_digital_instance: bool | Unset = UNSET
    precomputed_waypoints: TreePrecomputedWaypoints | Unset = UNSET
    identifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        child_count = self.child_count

        waypoints = self.waypoints

        waypoint_size = self.waypoint_size

        uri = self.uri

        jsonmodel_type = self.jsonmodel_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        position = self.position

        has_digital_instance = self.has_digital_instance

        precomputed_waypoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.precomputed_waypoints, Unset):
            precomputed_waypoints = self.precomputed_waypoints.to_dict()

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "child_count": child_count,
                "waypoints": waypoints,
                "waypoint_size": waypoint_size,
                "uri": uri,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if position is not UNSET:
            field_dict["position"] = position
        if has_digital_instance is not UNSET:
            field_dict["has_digital_instance"] = has_digital_instance
        if precomputed_waypoints is not UNSET:
            field_dict["precomputed_waypoints"] = precomputed_waypoints
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        child_count = d.pop("child_count")

        waypoints = d.pop("waypoints")

        waypoint_size = d.pop("waypoint_size")

        uri = d.pop("uri")

        jsonmodel_type = d.pop("jsonmodel_type")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        position = d.pop("position", UNSET)

        has_digital_instance = d.pop("has_digital_instance", UNSET)

        _precomputed_waypoints = d.pop("precomputed_waypoints", UNSET)
        precomputed_waypoints: TreePrecomputedWaypoints | Unset
        if isinstance(_precomputed_waypoints, Unset):
            precomputed_waypoints = UNSET
        else:
            precomputed_waypoints = TreePrecomputedWaypoints.from_dict(
                _precomputed_waypoints
            )

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        _obj = cls(
            child_count=child_count,
            waypoints=waypoints,
            waypoint_size=waypoint_size,
            uri=uri,
            jsonmodel_type=jsonmodel_type,
            title=title,
            position=position,
            has_digital_instance=has_digital_instance,
            precomputed_waypoints=precomputed_waypoints,
            identifier=identifier,
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
