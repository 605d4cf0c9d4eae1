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
    from ..models.classification_path_entry import ClassificationPathEntry
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.classification_path_entry import ClassificationPathEntry  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "ClassificationPathEntry": ClassificationPathEntry,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Classification")


@_attrs_define
class Classification:
    """The top of a classification scheme; its classification terms form a tree below it.

    Attributes:
        jsonmodel_type (Literal['classification']):  Default: 'classification'.
        identifier (str): The classification's identifier.
        title (str):
        uri (str | Unset): The record's URI, set by the server.
        description (str | Unset):
        publish (bool | Unset): Set by the server, which publishes classifications by default. Default: True.
        has_classification_terms (bool | Unset): Whether any classification terms hang below it.
        path_from_root (list[ClassificationPathEntry] | Unset): The identifier and title of this classification (a path
            of one step).
        linked_records (list[Ref] | Unset): Links to the accessions, resources and digital objects filed under this
            classification.
        creator (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
            server adds the linked record as `_resolved`.
        slug (str | Unset): The public interface's URL slug.
        is_slug_auto (bool | Unset): Whether the server generates the slug. Default: True.
        lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
        created_by (str | Unset): The user who created the record.
        last_modified_by (str | Unset): The user who last changed the record.
        create_time (datetime.datetime | Unset): When the record was created.
        user_mtime (datetime.datetime | Unset): When a user last changed the record.
        system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    identifier: str
    title: str
    jsonmodel_type: Literal["classification"] = "classification"
    uri: str | Unset = UNSET
    description: str | Unset = UNSET
    publish: bool | Unset = True
    has_classification_terms: bool | Unset = UNSET
    path_from_root: list[ClassificationPathEntry] | Unset = UNSET
    linked_records: list[Ref] | Unset = UNSET
    creator: Ref | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
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

        identifier = self.identifier

        title = self.title

        uri = self.uri

        description = self.description

        publish = self.publish

        has_classification_terms = self.has_classification_terms

        path_from_root: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path_from_root, Unset):
            path_from_root = []
            for path_from_root_item_data in self.path_from_root:
                path_from_root_item = path_from_root_item_data.to_dict()
                path_from_root.append(path_from_root_item)

        linked_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_records, Unset):
            linked_records = []
            for linked_records_item_data in self.linked_records:
                linked_records_item = linked_records_item_data.to_dict()
                linked_records.append(linked_records_item)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        slug = self.slug

        is_slug_auto = self.is_slug_auto

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
                "identifier": identifier,
                "title": title,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if description is not UNSET:
            field_dict["description"] = description
        if publish is not UNSET:
            field_dict["publish"] = publish
        if has_classification_terms is not UNSET:
            field_dict["has_classification_terms"] = has_classification_terms
        if path_from_root is not UNSET:
            field_dict["path_from_root"] = path_from_root
        if linked_records is not UNSET:
            field_dict["linked_records"] = linked_records
        if creator is not UNSET:
            field_dict["creator"] = creator
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
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
        jsonmodel_type = cast("Literal['classification']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "classification":
            raise ValueError(
                f"jsonmodel_type must match const 'classification', got '{jsonmodel_type}'"
            )

        identifier = d.pop("identifier")

        title = d.pop("title")

        uri = d.pop("uri", UNSET)

        description = d.pop("description", UNSET)

        publish = d.pop("publish", UNSET)

        has_classification_terms = d.pop("has_classification_terms", UNSET)

        _path_from_root = d.pop("path_from_root", UNSET)
        path_from_root: list[ClassificationPathEntry] | Unset = UNSET
        if _path_from_root is not UNSET:
            path_from_root = []
            for path_from_root_item_data in _path_from_root:
                path_from_root_item = ClassificationPathEntry.from_dict(
                    path_from_root_item_data
                )

                path_from_root.append(path_from_root_item)

        _linked_records = d.pop("linked_records", UNSET)
        linked_records: list[Ref] | Unset = UNSET
        if _linked_records is not UNSET:
            linked_records = []
            for linked_records_item_data in _linked_records:
                linked_records_item = Ref.from_dict(linked_records_item_data)

                linked_records.append(linked_records_item)

        _creator = d.pop("creator", UNSET)
        creator: Ref | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = Ref.from_dict(_creator)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

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
            identifier=identifier,
            title=title,
            uri=uri,
            description=description,
            publish=publish,
            has_classification_terms=has_classification_terms,
            path_from_root=path_from_root,
            linked_records=linked_records,
            creator=creator,
            slug=slug,
            is_slug_auto=is_slug_auto,
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
