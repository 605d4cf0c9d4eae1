from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_container_summary import TreeContainerSummary
    from ..models.tree_date_summary import TreeDateSummary

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.tree_container_summary import TreeContainerSummary  # noqa: PLC0415
    from ..models.tree_date_summary import TreeDateSummary  # noqa: PLC0415

    globals().update(
        {
            "TreeContainerSummary": TreeContainerSummary,
            "TreeDateSummary": TreeDateSummary,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TreeWaypointEntry")


@_attrs_define
class TreeWaypointEntry:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        uri = self.uri

        position = self.position

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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        child_count = self.child_count

        waypoints = self.waypoints

        waypoint_size = self.waypoint_size

        slugged_url: None | str | Unset
        if isinstance(self.slugged_url, Unset):
            slugged_url = UNSET
        else:
            slugged_url = self.slugged_url

        suppressed = self.suppressed

        has_digital_instance = self.has_digital_instance

        level = self.level

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        label = self.label

        file_uri_summary = self.file_uri_summary

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "position": position,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if parsed_title is not UNSET:
            field_dict["parsed_title"] = parsed_title
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if child_count is not UNSET:
            field_dict["child_count"] = child_count
        if waypoints is not UNSET:
            field_dict["waypoints"] = waypoints
        if waypoint_size is not UNSET:
            field_dict["waypoint_size"] = waypoint_size
        if slugged_url is not UNSET:
            field_dict["slugged_url"] = slugged_url
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if has_digital_instance is not UNSET:
            field_dict["has_digital_instance"] = has_digital_instance
        if level is not UNSET:
            field_dict["level"] = level
        if dates is not UNSET:
            field_dict["dates"] = dates
        if containers is not UNSET:
            field_dict["containers"] = containers
        if label is not UNSET:
            field_dict["label"] = label
        if file_uri_summary is not UNSET:
            field_dict["file_uri_summary"] = file_uri_summary
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        uri = d.pop("uri")

        position = d.pop("position")

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

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        child_count = d.pop("child_count", UNSET)

        waypoints = d.pop("waypoints", UNSET)

        waypoint_size = d.pop("waypoint_size", UNSET)

        def _parse_slugged_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        slugged_url = _parse_slugged_url(d.pop("slugged_url", UNSET))

        suppressed = d.pop("suppressed", UNSET)

        has_digital_instance = d.pop("has_digital_instance", UNSET)

        level = d.pop("level", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: list[TreeDateSummary] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = TreeDateSummary.from_dict(dates_item_data)

                dates.append(dates_item)

        _containers = d.pop("containers", UNSET)
        containers: list[TreeContainerSummary] | Unset = UNSET
        if _containers is not UNSET:
            containers = []
            for containers_item_data in _containers:
                containers_item = TreeContainerSummary.from_dict(containers_item_data)

                containers.append(containers_item)

        label = d.pop("label", UNSET)

        file_uri_summary = d.pop("file_uri_summary", UNSET)

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        _obj = cls(
            uri=uri,
            position=position,
            jsonmodel_type=jsonmodel_type,
            title=title,
            parsed_title=parsed_title,
            parent_id=parent_id,
            child_count=child_count,
            waypoints=waypoints,
            waypoint_size=waypoint_size,
            slugged_url=slugged_url,
            suppressed=suppressed,
            has_digital_instance=has_digital_instance,
            level=level,
            dates=dates,
            containers=containers,
            label=label,
            file_uri_summary=file_uri_summary,
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
