from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tree_container_summary import TreeContainerSummary
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.tree_container_summary import TreeContainerSummary  # noqa: PLC0415
    from ..models.tree_precomputed_waypoints import TreePrecomputedWaypoints  # noqa: PLC0415

    globals().update(
        {
            "TreeContainerSummary": TreeContainerSummary,
            "TreePrecomputedWaypoints": TreePrecomputedWaypoints,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TreeRoot")


@_attrs_define
class TreeRoot:
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

        level = self.level

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        digital_object_type = self.digital_object_type

        file_uri_summary = self.file_uri_summary

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
        if slugged_url is not UNSET:
            field_dict["slugged_url"] = slugged_url
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if has_digital_instance is not UNSET:
            field_dict["has_digital_instance"] = has_digital_instance
        if precomputed_waypoints is not UNSET:
            field_dict["precomputed_waypoints"] = precomputed_waypoints
        if level is not UNSET:
            field_dict["level"] = level
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if containers is not UNSET:
            field_dict["containers"] = containers
        if digital_object_type is not UNSET:
            field_dict["digital_object_type"] = digital_object_type
        if file_uri_summary is not UNSET:
            field_dict["file_uri_summary"] = file_uri_summary

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

        level = d.pop("level", UNSET)

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        _containers = d.pop("containers", UNSET)
        containers: list[TreeContainerSummary] | Unset = UNSET
        if _containers is not UNSET:
            containers = []
            for containers_item_data in _containers:
                containers_item = TreeContainerSummary.from_dict(containers_item_data)

                containers.append(containers_item)

        digital_object_type = d.pop("digital_object_type", UNSET)

        file_uri_summary = d.pop("file_uri_summary", UNSET)

        _obj = cls(
            child_count=child_count,
            waypoints=waypoints,
            waypoint_size=waypoint_size,
            uri=uri,
            jsonmodel_type=jsonmodel_type,
            title=title,
            parsed_title=parsed_title,
            slugged_url=slugged_url,
            suppressed=suppressed,
            has_digital_instance=has_digital_instance,
            precomputed_waypoints=precomputed_waypoints,
            level=level,
            identifier=identifier,
            containers=containers,
            digital_object_type=digital_object_type,
            file_uri_summary=file_uri_summary,
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
