from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.tree_waypoint_entry import TreeWaypointEntry


@_attrs_define(slots=False, repr=False)
class TreePrecomputedWaypointsAdditionalProperty(_r.Record):
    additional_properties: dict[str, list[TreeWaypointEntry]] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    TreePrecomputedWaypointsAdditionalProperty,
    extra=_r.ListOf(_r.model("tree_waypoint_entry", "TreeWaypointEntry")),
)
