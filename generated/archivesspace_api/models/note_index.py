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
    from ..models.note_index_item import NoteIndexItem
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_index_item import NoteIndexItem  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "NoteIndexItem": NoteIndexItem,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="NoteIndex")


@_attrs_define
class NoteIndex:
    """An index (optional introductory paragraphs and a list of index entries).

    Attributes:
        jsonmodel_type (Literal['note_index']):  Default: 'note_index'.
        label (str | Unset): A heading shown instead of the default label.
        publish (bool | Unset): Whether the note appears in the public interface and in exports without "include
            unpublished".
        persistent_id (str | Unset): A stable identifier of the note (the EAD `id` attribute).
        ingest_problem (str | Unset): A problem an import met with the note.
        content (list[str] | Unset): Introductory paragraphs.
        type_ (str | Unset): Always `index` (enumeration `note_index_type`).
        items (list[NoteIndexItem] | Unset): The index entries.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["note_index"] = "note_index"
    label: str | Unset = UNSET
    publish: bool | Unset = UNSET
    persistent_id: str | Unset = UNSET
    ingest_problem: str | Unset = UNSET
    content: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    items: list[NoteIndexItem] | Unset = UNSET
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
        jsonmodel_type = self.jsonmodel_type

        label = self.label

        publish = self.publish

        persistent_id = self.persistent_id

        ingest_problem = self.ingest_problem

        content: list[str] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content

        type_ = self.type_

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

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
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if publish is not UNSET:
            field_dict["publish"] = publish
        if persistent_id is not UNSET:
            field_dict["persistent_id"] = persistent_id
        if ingest_problem is not UNSET:
            field_dict["ingest_problem"] = ingest_problem
        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items
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
        jsonmodel_type = cast("Literal['note_index']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "note_index":
            raise ValueError(
                f"jsonmodel_type must match const 'note_index', got '{jsonmodel_type}'"
            )

        label = d.pop("label", UNSET)

        publish = d.pop("publish", UNSET)

        persistent_id = d.pop("persistent_id", UNSET)

        ingest_problem = d.pop("ingest_problem", UNSET)

        content = cast("list[str]", d.pop("content", UNSET))

        type_ = d.pop("type", UNSET)

        _items = d.pop("items", UNSET)
        items: list[NoteIndexItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = NoteIndexItem.from_dict(items_item_data)

                items.append(items_item)

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
            jsonmodel_type=jsonmodel_type,
            label=label,
            publish=publish,
            persistent_id=persistent_id,
            ingest_problem=ingest_problem,
            content=content,
            type_=type_,
            items=items,
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
