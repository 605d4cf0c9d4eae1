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

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="NoteIndexItem")


@_attrs_define
class NoteIndexItem:
    """One entry of an index note, optionally pointing at another part of the finding aid.

    Attributes:
        value (str): The indexed term.
        type_ (str): What the term is (enumeration `note_index_item_type`; known values `name`, `person`, `family`,
            `corporate_entity`, `subject`, `function`, `occupation`, `title`, `geographic_name`, `genre_form`).
        jsonmodel_type (Literal['note_index_item']):  Default: 'note_index_item'.
        reference (str | Unset): The `persistent_id` or ref_id the entry points at.
        reference_text (str | Unset): The text of the pointer.
        reference_ref (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds
            it, the server adds the linked record as `_resolved`.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    value: str
    type_: str
    jsonmodel_type: Literal["note_index_item"] = "note_index_item"
    reference: str | Unset = UNSET
    reference_text: str | Unset = UNSET
    reference_ref: Ref | Unset = UNSET
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
        value = self.value

        type_ = self.type_

        jsonmodel_type = self.jsonmodel_type

        reference = self.reference

        reference_text = self.reference_text

        reference_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_ref, Unset):
            reference_ref = self.reference_ref.to_dict()

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
                "value": value,
                "type": type_,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if reference_text is not UNSET:
            field_dict["reference_text"] = reference_text
        if reference_ref is not UNSET:
            field_dict["reference_ref"] = reference_ref
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
        value = d.pop("value")

        type_ = d.pop("type")

        jsonmodel_type = cast("Literal['note_index_item']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "note_index_item":
            raise ValueError(
                f"jsonmodel_type must match const 'note_index_item', got '{jsonmodel_type}'"
            )

        reference = d.pop("reference", UNSET)

        reference_text = d.pop("reference_text", UNSET)

        _reference_ref = d.pop("reference_ref", UNSET)
        reference_ref: Ref | Unset
        if isinstance(_reference_ref, Unset):
            reference_ref = UNSET
        else:
            reference_ref = Ref.from_dict(_reference_ref)

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
            value=value,
            type_=type_,
            jsonmodel_type=jsonmodel_type,
            reference=reference,
            reference_text=reference_text,
            reference_ref=reference_ref,
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
