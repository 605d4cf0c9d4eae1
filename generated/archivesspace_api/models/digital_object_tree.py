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
    from ..models.digital_object_tree_file_versions_item import (
        DigitalObjectTreeFileVersionsItem,
    )
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.digital_object_tree_file_versions_item import (
        DigitalObjectTreeFileVersionsItem,  # noqa: PLC0415
    )
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "DigitalObjectTreeFileVersionsItem": DigitalObjectTreeFileVersionsItem,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="DigitalObjectTree")


@_attrs_define
class DigitalObjectTree:
    """The whole tree of a digital object in one nested document. The server no longer serves it (the `/tree` route was
    removed); walk trees with the `tree/root`, `tree/waypoint` and `tree/node` operations instead. Kept for records and
    tools that still carry it.

        Attributes:
            jsonmodel_type (Literal['digital_object_tree']):  Default: 'digital_object_tree'.
            id (int): The node record's id.
            record_uri (str): The node record's URI.
            uri (str | Unset):
            title (str | Unset):
            suppressed (bool | Unset):  Default: False.
            publish (bool | Unset):
            has_children (bool | Unset):
            node_type (str | Unset): The node's record type (`digital_object` or `digital_object_component`).
            level (str | Unset):
            digital_object_type (str | Unset):
            file_versions (list[DigitalObjectTreeFileVersionsItem] | Unset): The node's file versions, as plain objects.
            children (list[DigitalObjectTree] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    id: int
    record_uri: str
    jsonmodel_type: Literal["digital_object_tree"] = "digital_object_tree"
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    suppressed: bool | Unset = False
    publish: bool | Unset = UNSET
    has_children: bool | Unset = UNSET
    node_type: str | Unset = UNSET
    level: str | Unset = UNSET
    digital_object_type: str | Unset = UNSET
    file_versions: list[DigitalObjectTreeFileVersionsItem] | Unset = UNSET
    children: list[DigitalObjectTree] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        id = self.id

        record_uri = self.record_uri

        uri = self.uri

        title = self.title

        suppressed = self.suppressed

        publish = self.publish

        has_children = self.has_children

        node_type = self.node_type

        level = self.level

        digital_object_type = self.digital_object_type

        file_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_versions, Unset):
            file_versions = []
            for file_versions_item_data in self.file_versions:
                file_versions_item = file_versions_item_data.to_dict()
                file_versions.append(file_versions_item)

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

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "id": id,
                "record_uri": record_uri,
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
        if level is not UNSET:
            field_dict["level"] = level
        if digital_object_type is not UNSET:
            field_dict["digital_object_type"] = digital_object_type
        if file_versions is not UNSET:
            field_dict["file_versions"] = file_versions
        if children is not UNSET:
            field_dict["children"] = children
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['digital_object_tree']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "digital_object_tree":
            raise ValueError(
                f"jsonmodel_type must match const 'digital_object_tree', got '{jsonmodel_type}'"
            )

        id = d.pop("id")

        record_uri = d.pop("record_uri")

        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        publish = d.pop("publish", UNSET)

        has_children = d.pop("has_children", UNSET)

        node_type = d.pop("node_type", UNSET)

        level = d.pop("level", UNSET)

        digital_object_type = d.pop("digital_object_type", UNSET)

        _file_versions = d.pop("file_versions", UNSET)
        file_versions: list[DigitalObjectTreeFileVersionsItem] | Unset = UNSET
        if _file_versions is not UNSET:
            file_versions = []
            for file_versions_item_data in _file_versions:
                file_versions_item = DigitalObjectTreeFileVersionsItem.from_dict(
                    file_versions_item_data
                )

                file_versions.append(file_versions_item)

        _children = d.pop("children", UNSET)
        children: list[DigitalObjectTree] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = DigitalObjectTree.from_dict(children_item_data)

                children.append(children_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

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

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            id=id,
            record_uri=record_uri,
            uri=uri,
            title=title,
            suppressed=suppressed,
            publish=publish,
            has_children=has_children,
            node_type=node_type,
            level=level,
            digital_object_type=digital_object_type,
            file_versions=file_versions,
            children=children,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            create_time=create_time,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
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
