from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints


@_attrs_define(slots=False, repr=False)
class TreeNode(_r.Record):
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

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    TreeNode,
    _r.Field("child_count", "child_count", _r.INT, True),
    _r.Field("waypoints", "waypoints", _r.INT, True),
    _r.Field("waypoint_size", "waypoint_size", _r.INT, True),
    _r.Field("uri", "uri", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("title", "title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("position", "position", _r.INT),
    _r.Field("has_digital_instance", "has_digital_instance", _r.BOOL),
    _r.Field(
        "precomputed_waypoints",
        "precomputed_waypoints",
        _r.model("tree_precomputed_waypoints", "TreePrecomputedWaypoints"),
    ),
    _r.Field("identifier", "identifier", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
