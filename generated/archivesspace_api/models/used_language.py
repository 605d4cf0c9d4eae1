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


@_attrs_define(slots=False, repr=False)
class UsedLanguage(_r.Record):
    """A language (and script) the agent used.

    Attributes:
        jsonmodel_type (Literal['used_language']):  Default: 'used_language'.
        language (str | Unset): An ISO 639-2 code (enumeration `language_iso639_2`).
        script (str | Unset): An ISO 15924 code (enumeration `script_iso15924`).
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

    jsonmodel_type: Literal["used_language"] = "used_language"
    language: str | Unset = UNSET
    script: str | Unset = UNSET
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
    UsedLanguage,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("used_language"), True),
    _r.Field("language", "language", _r.STR),
    _r.Field("script", "script", _r.STR),
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
