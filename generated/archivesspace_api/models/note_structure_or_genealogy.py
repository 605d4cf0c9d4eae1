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
    from ..models.note_definedlist import NoteDefinedlist
    from ..models.note_orderedlist import NoteOrderedlist
    from ..models.note_outline import NoteOutline
    from ..models.note_text import NoteText
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_definedlist import NoteDefinedlist  # noqa: PLC0415
    from ..models.note_orderedlist import NoteOrderedlist  # noqa: PLC0415
    from ..models.note_outline import NoteOutline  # noqa: PLC0415
    from ..models.note_text import NoteText  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "NoteDefinedlist": NoteDefinedlist,
            "NoteOrderedlist": NoteOrderedlist,
            "NoteOutline": NoteOutline,
            "NoteText": NoteText,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="NoteStructureOrGenealogy")


@_attrs_define
class NoteStructureOrGenealogy:
    """The internal structure (of a body) or genealogy (of a family) note of an agent, in parts (`subnotes`).

    Attributes:
        jsonmodel_type (Literal['note_structure_or_genealogy']):  Default: 'note_structure_or_genealogy'.
        label (str | Unset): A heading shown instead of the default label.
        publish (bool | Unset): Whether the note is public.
        persistent_id (str | Unset): A stable identifier of the note.
        ingest_problem (str | Unset): A problem an import met with the note.
        subnotes (list[NoteDefinedlist | NoteOrderedlist | NoteOutline | NoteText] | Unset): The parts of the note, in
            order.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["note_structure_or_genealogy"] = (
        "note_structure_or_genealogy"
    )
    label: str | Unset = UNSET
    publish: bool | Unset = UNSET
    persistent_id: str | Unset = UNSET
    ingest_problem: str | Unset = UNSET
    subnotes: (
        list[NoteDefinedlist | NoteOrderedlist | NoteOutline | NoteText] | Unset
    ) = UNSET
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

        subnotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subnotes, Unset):
            subnotes = []
            for subnotes_item_data in self.subnotes:
                subnotes_item: dict[str, Any]
                if isinstance(subnotes_item_data, NoteText):
                    subnotes_item = subnotes_item_data.to_dict()
                elif isinstance(subnotes_item_data, NoteDefinedlist):
                    subnotes_item = subnotes_item_data.to_dict()
                elif isinstance(subnotes_item_data, NoteOrderedlist):
                    subnotes_item = subnotes_item_data.to_dict()
                else:
                    subnotes_item = subnotes_item_data.to_dict()

                subnotes.append(subnotes_item)

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
        if subnotes is not UNSET:
            field_dict["subnotes"] = subnotes
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
        jsonmodel_type = cast(
            "Literal['note_structure_or_genealogy']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "note_structure_or_genealogy":
            raise ValueError(
                f"jsonmodel_type must match const 'note_structure_or_genealogy', got '{jsonmodel_type}'"
            )

        label = d.pop("label", UNSET)

        publish = d.pop("publish", UNSET)

        persistent_id = d.pop("persistent_id", UNSET)

        ingest_problem = d.pop("ingest_problem", UNSET)

        _subnotes = d.pop("subnotes", UNSET)
        subnotes: (
            list[NoteDefinedlist | NoteOrderedlist | NoteOutline | NoteText] | Unset
        ) = UNSET
        if _subnotes is not UNSET:
            subnotes = []
            for subnotes_item_data in _subnotes:

                def _parse_subnotes_item(
                    data: object,
                ) -> NoteDefinedlist | NoteOrderedlist | NoteOutline | NoteText:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        subnotes_item_type_0 = NoteText.from_dict(data)

                        return subnotes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        subnotes_item_type_1 = NoteDefinedlist.from_dict(data)

                        return subnotes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        subnotes_item_type_2 = NoteOrderedlist.from_dict(data)

                        return subnotes_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    subnotes_item_type_3 = NoteOutline.from_dict(data)

                    return subnotes_item_type_3

                subnotes_item = _parse_subnotes_item(subnotes_item_data)

                subnotes.append(subnotes_item)

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
            subnotes=subnotes,
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
