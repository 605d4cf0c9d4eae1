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
            parsed_title (None | str | Unset): The title with its mixed content rendered as HTML.
            position (int | Unset): The node's 1-based position among its siblings.
            slugged_url (None | str | Unset): The node's human-readable public URL, when slugs are enabled.
            suppressed (bool | Unset): Whether the node is suppressed.
            has_digital_instance (bool | Unset): Whether the node links a digital object.
            precomputed_waypoints (TreePrecomputedWaypoints | Unset): The first waypoint of a node's children, delivered
                with the node to save a call: a map from the parent's URI (the empty string for the root) to a map from waypoint
                number (`"0"`) to the children in it.
            identifier (str | Unset): The classification term's identifier; classification trees only.
    """

    child_count: int
    waypoints: int
    waypoint_size: int
    uri: str
    jsonmodel_type: str
    title: None | str | Unset = UNSET
    parsed_title: None | str | Unset = UNSET
    position: int | Unset = UNSET
    slugged_url: None | str | Unset = UNSET
    suppressed: bool | Unset = UNSET
    has_digital_instance: bool | Unset = UNSET
    precomputed_waypoints: TreePrecomputedWaypoints | Unset = UNSET
    identifier: str | Unset = UNSET
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

        parsed_title: None | str | Unset
        if isinstance(self.parsed_title, Unset):
            parsed_title = UNSET
        else:
            parsed_title = self.parsed_title

        position = self.position

        slugged_url: None | str | Unset
        if isinstance(self.slugged_url, Unset):
            slugged_url = UNSET
        else:
            slugged_url = self.slugged_url

        suppressed = self.suppressed

        has_digital_instance = self.has_digital_instance

        precomputed_waypoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.precomputed_waypoints, Unset):
            precomputed_waypoints = self.precomputed_waypoints.to_dict()

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
        if parsed_title is not UNSET:
            field_dict["parsed_title"] = parsed_title
        if position is not UNSET:
            field_dict["position"] = position
        if slugged_url is not UNSET:
            field_dict["slugged_url"] = slugged_url
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
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

        def _parse_parsed_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        parsed_title = _parse_parsed_title(d.pop("parsed_title", UNSET))

        position = d.pop("position", UNSET)

        def _parse_slugged_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        slugged_url = _parse_slugged_url(d.pop("slugged_url", UNSET))

        suppressed = d.pop("suppressed", UNSET)

        has_digital_instance = d.pop("has_digital_instance", UNSET)

        _precomputed_waypoints = d.pop("precomputed_waypoints", UNSET)
        precomputed_waypoints: TreePrecomputedWaypoints | Unset
        if isinstance(_precomputed_waypoints, Unset):
            precomputed_waypoints = UNSET
        else:
            precomputed_waypoints = TreePrecomputedWaypoints.from_dict(
                _precomputed_waypoints
            )

        identifier = d.pop("identifier", UNSET)

        _obj = cls(
            child_count=child_count,
            waypoints=waypoints,
            waypoint_size=waypoint_size,
            uri=uri,
            jsonmodel_type=jsonmodel_type,
            title=title,
            parsed_title=parsed_title,
            position=position,
            slugged_url=slugged_url,
            suppressed=suppressed,
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
