from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note_citation import NoteCitation
    from ..models.note_text import NoteText
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel


@_attrs_define(slots=False, repr=False)
class AgentGender(_r.Record):
    """A gender of a person, optionally dated.

    Attributes:
        jsonmodel_type (Literal['agent_gender']):  Default: 'agent_gender'.
        gender (str | Unset): The gender (editable enumeration `gender`; seeded with `not_specified`, sites add their
            own values).
        dates (list[StructuredDateLabel]):
        notes (list[NoteCitation | NoteText]):
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["agent_gender"] = "agent_gender"
    gender: str | Unset = UNSET
    dates: list[StructuredDateLabel] = _attrs_field(factory=list)
    notes: list[NoteCitation | NoteText] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentGender,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_gender"), True),
    _r.Field("gender", "gender", _r.STR),
    _r.Field(
        "dates",
        "dates",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
        empty=True,
    ),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_text", "NoteText"),
                _r.model("note_citation", "NoteCitation"),
                tag="jsonmodel_type",
                tags=(
                    "note_text",
                    "note_citation",
                ),
            )
        ),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
