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
    from ..models.note_rights_statement_act import NoteRightsStatementAct
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_rights_statement_act import NoteRightsStatementAct  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "NoteRightsStatementAct": NoteRightsStatementAct,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RightsStatementAct")


@_attrs_define
class RightsStatementAct:
    """One act (use, publish, copy...) and whether a rights statement allows it.

    Attributes:
        act_type (str): The act (enumeration `rights_statement_act_type`; known values `delete`, `disseminate`,
            `migrate`, `modify`, `replicate`, `use`).
        restriction (str): Whether it is allowed (enumeration `rights_statement_act_restriction`; known values `allow`,
            `disallow`, `conditional`).
        start_date (str): From when, as `YYYY-MM-DD`.
        jsonmodel_type (Literal['rights_statement_act']):  Default: 'rights_statement_act'.
        end_date (str | Unset): Until when, as `YYYY-MM-DD`.
        notes (list[NoteRightsStatementAct] | Unset):
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    act_type: str
    restriction: str
    start_date: str
    jsonmodel_type: Literal["rights_statement_act"] = "rights_statement_act"
    end_date: str | Unset = UNSET
    notes: list[NoteRightsStatementAct] | Unset = UNSET
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
        act_type = self.act_type

        restriction = self.restriction

        start_date = self.start_date

        jsonmodel_type = self.jsonmodel_type

        end_date = self.end_date

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

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
                "act_type": act_type,
                "restriction": restriction,
                "start_date": start_date,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        act_type = d.pop("act_type")

        restriction = d.pop("restriction")

        start_date = d.pop("start_date")

        jsonmodel_type = cast(
            "Literal['rights_statement_act']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "rights_statement_act":
            raise ValueError(
                f"jsonmodel_type must match const 'rights_statement_act', got '{jsonmodel_type}'"
            )

        end_date = d.pop("end_date", UNSET)

        _notes = d.pop("notes", UNSET)
        notes: list[NoteRightsStatementAct] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = NoteRightsStatementAct.from_dict(notes_item_data)

                notes.append(notes_item)

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
            act_type=act_type,
            restriction=restriction,
            start_date=start_date,
            jsonmodel_type=jsonmodel_type,
            end_date=end_date,
            notes=notes,
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
