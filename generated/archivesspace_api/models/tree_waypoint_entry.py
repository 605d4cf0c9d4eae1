from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_container_summary import TreeContainerSummary
    from ..models.tree_date_summary import TreeDateSummary


@_attrs_define(slots=False, repr=False)
class TreeWaypointEntry(_r.Record):
    """One child in a waypoint (a page of the children of one node, or of the root).

    Attributes:
        uri (str): The child's URI.
        position (int): The child's 0-based position among its siblings (`offset * waypoint_size + index`).
        jsonmodel_type (str): The child's type (`archival_object`, `digital_object_component` or `classification_term`).
        title (None | str | Unset): The child's title (null for archival objects described only by a date).
        parsed_title (None | str | Unset): The title with its mixed content rendered as HTML.
        parent_id (int | None | Unset): The internal id of the child's parent node; null for children of the root.
        child_count (int | Unset): How many children the child has itself.
        waypoints (int | Unset): How many waypoints the child's own children fill.
        waypoint_size (int | Unset): The number of children in each waypoint.
        slugged_url (None | str | Unset): The child's human-readable public URL, when slugs are enabled.
        suppressed (int | Unset): Whether the child is suppressed, as the database holds it (`0` or `1`, not a boolean).
        has_digital_instance (bool | Unset): Whether the child links a digital object.
        level (str | Unset): The archival object's level of description; resource trees only.
        dates (list[TreeDateSummary] | Unset): The archival object's dates; resource trees only.
        containers (list[TreeContainerSummary] | Unset): Where the archival object is shelved; resource trees only.
        label (str | Unset): The digital object component's label; digital object trees only.
        file_uri_summary (str | Unset): The digital object component's file URIs, comma-separated; digital object trees
            only.
        identifier (None | str | Unset): The child's identifier: an archival object's `component_id` (null when it has
            none), a classification term's identifier.
    """

    uri: str
    position: int
    jsonmodel_type: str
    title: None | str | Unset = UNSET
    parsed_title: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    child_count: int | Unset = UNSET
    waypoints: int | Unset = UNSET
    waypoint_size: int | Unset = UNSET
    slugged_url: None | str | Unset = UNSET
    suppressed: int | Unset = UNSET
    has_digital_instance: bool | Unset = UNSET
    level: str | Unset = UNSET
    dates: list[TreeDateSummary] | Unset = UNSET
    containers: list[TreeContainerSummary] | Unset = UNSET
    label: str | Unset = UNSET
    file_uri_summary: str | Unset = UNSET
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
    TreeWaypointEntry,
    _r.Field("uri", "uri", _r.STR, True),
    _r.Field("position", "position", _r.INT, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("title", "title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("parsed_title", "parsed_title", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("parent_id", "parent_id", _r.one_of(_r.INT, _r.NONE)),
    _r.Field("child_count", "child_count", _r.INT),
    _r.Field("waypoints", "waypoints", _r.INT),
    _r.Field("waypoint_size", "waypoint_size", _r.INT),
    _r.Field("slugged_url", "slugged_url", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("suppressed", "suppressed", _r.INT),
    _r.Field("has_digital_instance", "has_digital_instance", _r.BOOL),
    _r.Field("level", "level", _r.STR),
    _r.Field(
        "dates", "dates", _r.ListOf(_r.model("tree_date_summary", "TreeDateSummary"))
    ),
    _r.Field(
        "containers",
        "containers",
        _r.ListOf(_r.model("tree_container_summary", "TreeContainerSummary")),
    ),
    _r.Field("label", "label", _r.STR),
    _r.Field("file_uri_summary", "file_uri_summary", _r.STR),
    _r.Field("identifier", "identifier", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
