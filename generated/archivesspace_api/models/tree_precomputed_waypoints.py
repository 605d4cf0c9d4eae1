from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.tree_precomputed_waypoints_additional_property import (
        TreePrecomputedWaypointsAdditionalProperty,
    )


@_attrs_define(slots=False, repr=False)
class TreePrecomputedWaypoints(_r.Record):
    """The first waypoint of a node's children, delivered with the node to save a call: a map from the parent's URI (the
    empty string for the root) to a map from waypoint number (`"0"`) to the children in it.

    """

    additional_properties: dict[str, TreePrecomputedWaypointsAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )


_r.bind(
    TreePrecomputedWaypoints,
    extra=_r.model(
        "tree_precomputed_waypoints_additional_property",
        "TreePrecomputedWaypointsAdditionalProperty",
    ),
)
