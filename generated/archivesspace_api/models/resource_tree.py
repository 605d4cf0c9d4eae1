from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.resource_tree_containers_item import ResourceTreeContainersItem

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.resource_tree_containers_item import ResourceTreeContainersItem  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
            "ResourceTreeContainersItem": ResourceTreeContainersItem,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ResourceTree")


@_attrs_define
class ResourceTree:
    """A node of the legacy whole resource tree (`resource.tree` links to it). The server no longer serves whole trees; use
    the `tree/*` endpoints of resources.

        Attributes:
            id (int): The node's internal id.
            record_uri (str): The node's record URI.
            jsonmodel_type (Literal['resource_tree']):  Default: 'resource_tree'.
            uri (str | Unset):
            title (str | Unset):
            suppressed (bool | Unset):  Default: False.
            publish (bool | Unset):
            has_children (bool | Unset):
            node_type (str | Unset): `resource` or `archival_object`.
            finding_aid_filing_title (str | Unset):
            level (str | Unset):
            component_id (str | Unset):
            instance_types (list[str] | Unset):
            containers (list[ResourceTreeContainersItem] | Unset):
            children (list[ResourceTree] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    id: int
    record_uri: str
    jsonmodel_type: Literal["resource_tree"] = "resource_tree"
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    suppressed: bool | Unset = False
    publish: bool | Unset = UNSET
    has_children: bool | Unset = UNSET
    node_type: str | Unset = UNSET
    finding_aid_filing_title: str | Unset = UNSET
    level: str | Unset = UNSET
    component_id: str | Unset = UNSET
    instance_types: list[str] | Unset = UNSET
    containers: list[ResourceTreeContainersItem] | Unset = UNSET
    children: list[ResourceTree] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        id = self.id

        record_uri = self.record_uri

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        title = self.title

        suppressed = self.suppressed

        publish = self.publish

        has_children = self.has_children

        node_type = self.node_type

        finding_aid_filing_title = self.finding_aid_filing_title

        level = self.level

        component_id = self.component_id

        instance_types: list[str] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = self.instance_types

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "record_uri": record_uri,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if title is not UNSET:
            field_dict["title"] = title
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if publish is not UNSET:
            field_dict["publish"] = publish
        if has_children is not UNSET:
            field_dict["has_children"] = has_children
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if finding_aid_filing_title is not UNSET:
            field_dict["finding_aid_filing_title"] = finding_aid_filing_title
        if level is not UNSET:
            field_dict["level"] = level
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if instance_types is not UNSET:
            field_dict["instance_types"] = instance_types
        if containers is not UNSET:
            field_dict["containers"] = containers
        if children is not UNSET:
            field_dict["children"] = children
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        id = d.pop("id")

        record_uri = d.pop("record_uri")

        jsonmodel_type = cast("Literal['resource_tree']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "resource_tree":
            raise ValueError(
                f"jsonmodel_type must match const 'resource_tree', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        publish = d.pop("publish", UNSET)

        has_children = d.pop("has_children", UNSET)

        node_type = d.pop("node_type", UNSET)

        finding_aid_filing_title = d.pop("finding_aid_filing_title", UNSET)

        level = d.pop("level", UNSET)

        component_id = d.pop("component_id", UNSET)

        instance_types = cast("list[str]", d.pop("instance_types", UNSET))

        _containers = d.pop("containers", UNSET)
        containers: list[ResourceTreeContainersItem] | Unset = UNSET
        if _containers is not UNSET:
            containers = []
            for containers_item_data in _containers:
                containers_item = ResourceTreeContainersItem.from_dict(
                    containers_item_data
                )

                containers.append(containers_item)

        _children = d.pop("children", UNSET)
        children: list[ResourceTree] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = ResourceTree.from_dict(children_item_data)

                children.append(children_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            id=id,
            record_uri=record_uri,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            title=title,
            suppressed=suppressed,
            publish=publish,
            has_children=has_children,
            node_type=node_type,
            finding_aid_filing_title=finding_aid_filing_title,
            level=level,
            component_id=component_id,
            instance_types=instance_types,
            containers=containers,
            children=children,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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
