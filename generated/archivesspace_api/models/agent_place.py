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
    from ..models.note_citation import NoteCitation
    from ..models.note_text import NoteText
    from ..models.ref import Ref
    from ..models.structured_date_label import StructuredDateLabel

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_citation import NoteCitation  # noqa: PLC0415
    from ..models.note_text import NoteText  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.structured_date_label import StructuredDateLabel  # noqa: PLC0415

    globals().update(
        {
            "NoteCitation": NoteCitation,
            "NoteText": NoteText,
            "Ref": Ref,
            "StructuredDateLabel": StructuredDateLabel,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentPlace")


@_attrs_define
class AgentPlace:
    """A place tied to the agent, as a link to a geographic subject, with the place's role and dates.

    Attributes:
        jsonmodel_type (Literal['agent_place']):  Default: 'agent_place'.
        place_role (str | Unset): The place's role (enumeration `place_role`; known values `place_of_birth`,
            `place_of_death`, `residence`, `assoc_country`, `other_assoc`).
        subjects (list[Ref] | Unset): The place, as links to geographic subjects.
        dates (list[StructuredDateLabel] | Unset):
        notes (list[NoteCitation | NoteText] | Unset):
        publish (bool | Unset):
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["agent_place"] = "agent_place"
    place_role: str | Unset = UNSET
    subjects: list[Ref] | Unset = UNSET
    dates: list[StructuredDateLabel] | Unset = UNSET
    notes: list[NoteCitation | NoteText] | Unset = UNSET
    publish: bool | Unset = UNSET
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

        place_role = self.place_role

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item: dict[str, Any]
                if isinstance(notes_item_data, NoteText):
                    notes_item = notes_item_data.to_dict()
                else:
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        publish = self.publish

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
        if place_role is not UNSET:
            field_dict["place_role"] = place_role
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if dates is not UNSET:
            field_dict["dates"] = dates
        if notes is not UNSET:
            field_dict["notes"] = notes
        if publish is not UNSET:
            field_dict["publish"] = publish
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
        jsonmodel_type = cast("Literal['agent_place']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "agent_place":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_place', got '{jsonmodel_type}'"
            )

        place_role = d.pop("place_role", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[Ref] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = Ref.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _dates = d.pop("dates", UNSET)
        dates: list[StructuredDateLabel] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = StructuredDateLabel.from_dict(dates_item_data)

                dates.append(dates_item)

        _notes = d.pop("notes", UNSET)
        notes: list[NoteCitation | NoteText] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:

                def _parse_notes_item(data: object) -> NoteCitation | NoteText:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_0 = NoteText.from_dict(data)

                        return notes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    notes_item_type_1 = NoteCitation.from_dict(data)

                    return notes_item_type_1

                notes_item = _parse_notes_item(notes_item_data)

                notes.append(notes_item)

        publish = d.pop("publish", UNSET)

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
            place_role=place_role,
            subjects=subjects,
            dates=dates,
            notes=notes,
            publish=publish,
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
