from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_container_summary import TreeContainerSummary
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints


@_attrs_define(slots=False, repr=False)
class TreeRoot(_r.Record):
    """The root of a record tree (a resource, digital object or classification): how many children it has, in how many
    waypoints, and the first waypoint of them.

        Attributes:
            child_count (int): How many immediate children the root has (only published, unsuppressed ones with
                `published_only`).
            waypoints (int): How many waypoints the children fill (`ceil(child_count / waypoint_size)`).
            waypoint_size (int): The number of children in each waypoint (200, or 30 on test servers).
            uri (str): The root record's URI.
            jsonmodel_type (str): The root record's type (`resource`, `digital_object` or `classification`).
            title (None | str | Unset): The root record's title (may hold EAD mixed content).
            parsed_title (None | str | Unset): The title with its mixed content rendered as HTML.
            slugged_url (None | str | Unset): The record's human-readable public URL, when slugs are enabled.
            suppressed (int | Unset): Whether the root record is suppressed, as the database holds it (`0` or `1`, not a
                boolean).
            has_digital_instance (bool | Unset): Whether the root record links a digital object.
            precomputed_waypoints (TreePrecomputedWaypoints | Unset): The first waypoint of a node's children, delivered
                with the node to save a call: a map from the parent's URI (the empty string for the root) to a map from waypoint
                number (`"0"`) to the children in it.
            level (str | Unset): The resource's level of description (`other_level` when the level is `otherlevel`);
                resources only.
            identifier (None | str | Unset): The record's identifier (a resource's four parts joined by `-`, a
                classification's).
            containers (list[TreeContainerSummary] | Unset): The containers of the resource's own instances; resources only.
            digital_object_type (str | Unset): The digital object's type; digital objects only.
            file_uri_summary (str | Unset): The digital object's file URIs, comma-separated; digital objects only.
    """

    child_count: int
    waypoints: int
    waypoint_size: int
    uri: str
    jsonmodel_type: str
    title: None | str | Unset = UNSET
    parsed_title: None | str | Unset = UNSET
    slugged_url: None | str | Unset = UNSET
    suppressed: int | Unset = UNSET
    has_digital_instance: bool | Unset = UNSET
    precomputed_waypoints: TreePrecomputedWaypoints | Unset = UNSET
    level: str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    containers: list[TreeContainerSummary] | Unset = UNSET
    digital_object_type: str | Unset = UNSET
    file_uri_summary: str | Unset = UNSET
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
    TreeRoot,
    _r.Field("child_count", "child_count", _r.INT, True),
    _r.Field("waypoints", "waypoints", _r.INT, True),
    _r.Field("waypoint_size", "waypoint_size", _r.INT, True),
    _r.Field("uri", "uri", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("title", "title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("parsed_title", "parsed_title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("slugged_url", "slugged_url", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("suppressed", "suppressed", _r.INT),
    _r.Field("has_digital_instance", "has_digital_instance", _r.BOOL),
    _r.Field(
        "precomputed_waypoints",
        "precomputed_waypoints",
        _r.model("tree_precomputed_waypoints", "TreePrecomputedWaypoints"),
    ),
    _r.Field("level", "level", _r.STR),
    _r.Field("identifier", "identifier", _r.one_of(_r.STR, _r.NONE)),
    _r.Field(
        "containers",
        "containers",
        _r.ListOf(_r.model("tree_container_summary", "TreeContainerSummary")),
    ),
    _r.Field("digital_object_type", "digital_object_type", _r.STR),
    _r.Field("file_uri_summary", "file_uri_summary", _r.STR),
    extra=_r.ANY,
)
