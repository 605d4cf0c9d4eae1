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
    from ..models.subject import Subject


@_attrs_define(slots=False, repr=False)
class AgentOccupation(_r.Record):
    """An occupation of the agent, as links to occupation subjects, where and when it was practised.

    Attributes:
        jsonmodel_type (Literal['agent_occupation']):  Default: 'agent_occupation'.
        subjects (list[Ref[Subject]]): The occupation, as links to subjects.
        places (list[Ref[Subject]]): Where, as links to geographic subjects.
        dates (list[StructuredDateLabel]):
        notes (list[NoteCitation | NoteText]):
        publish (bool | Unset):
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["agent_occupation"] = "agent_occupation"
    subjects: list[Ref[Subject]] = _attrs_field(factory=list)
    places: list[Ref[Subject]] = _attrs_field(factory=list)
    dates: list[StructuredDateLabel] = _attrs_field(factory=list)
    notes: list[NoteCitation | NoteText] = _attrs_field(factory=list)
    publish: bool | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentOccupation,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_occupation"), True),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field("places", "places", _r.ListOf(_r.model("ref", "Ref")), empty=True),
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
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
