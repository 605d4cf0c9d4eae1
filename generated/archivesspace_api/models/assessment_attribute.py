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


T = TypeVar("T", bound="AssessmentAttribute")


@_attrs_define
class AssessmentAttribute:
    """One rating, format or conservation issue recorded in an assessment, pointing at its definition by id.

    Attributes:
        jsonmodel_type (Literal['assessment_attribute']):  Default: 'assessment_attribute'.
        definition_id (int): The id of the attribute's definition (see the repository's assessment attribute
            definitions).
        label (str | Unset): The definition's label.
        global_ (bool | Unset): Whether the definition is global rather than the repository's own.
        value (None | str | Unset): The recorded value: a rating's score, or `true` for a format or conservation issue
            that applies. The server lists every defined attribute in a fetched assessment, with `null` for those not
            recorded.
        note (str | Unset):
        readonly (bool | Unset): Whether the definition is read-only. Default: False.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        create_time (datetime.datetime | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    definition_id: int
    jsonmodel_type: Literal["assessment_attribute"] = "assessment_attribute"
    label: str | Unset = UNSET
    global_: bool | Unset = UNSET
    value: None | str | Unset = UNSET
    note: str | Unset = UNSET
    readonly: bool | Unset = False
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

        definition_id = self.definition_id

        label = self.label

        global_ = self.global_

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        note = self.note

        readonly = self.readonly

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
                "definition_id": definition_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if global_ is not UNSET:
            field_dict["global"] = global_
        if value is not UNSET:
            field_dict["value"] = value
        if note is not UNSET:
            field_dict["note"] = note
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
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
        jsonmodel_type = cast(
            "Literal['assessment_attribute']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "assessment_attribute":
            raise ValueError(
                f"jsonmodel_type must match const 'assessment_attribute', got '{jsonmodel_type}'"
            )

        definition_id = d.pop("definition_id")

        label = d.pop("label", UNSET)

        global_ = d.pop("global", UNSET)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        value = _parse_value(d.pop("value", UNSET))

        note = d.pop("note", UNSET)

        readonly = d.pop("readonly", UNSET)

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
            definition_id=definition_id,
            label=label,
            global_=global_,
            value=value,
            note=note,
            readonly=readonly,
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
