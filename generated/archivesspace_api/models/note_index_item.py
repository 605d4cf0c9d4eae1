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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class NoteIndexItem(_r.Record):
    """One entry of an index note, optionally pointing at another part of the finding aid.

    Attributes:
        value (str): The indexed term.
        type (str): What the term is (enumeration `note_index_item_type`; known values `name`, `person`, `family`,
            `corporate_entity`, `subject`, `function`, `occupation`, `title`, `geographic_name`, `genre_form`).
        jsonmodel_type (Literal['note_index_item']):  Default: 'note_index_item'.
        reference (str | Unset): The `persistent_id` or ref_id the entry points at.
        reference_text (str | Unset): The text of the pointer.
        reference_ref (Ref[_r.Record] | Unset): A link to another record by URI. With `resolve[]` naming the property
            that holds it, the server adds the linked record as `_resolved`.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    value: str
    type: str
    jsonmodel_type: Literal["note_index_item"] = "note_index_item"
    reference: str | Unset = UNSET
    reference_text: str | Unset = UNSET
    reference_ref: Ref[_r.Record] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def text(self) -> str:
        """The note's text: its content and its parts' (sub-notes, items, events), paragraphs joined by blank
        lines. Example: ``"\\n\\n".join(note.text() for note in resource.notes)``."""
        return _r.note_text(self)


_r.bind(
    NoteIndexItem,
    _r.Field("value", "value", _r.STR, True),
    _r.Field("type", "type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("note_index_item"), True),
    _r.Field("reference", "reference", _r.STR),
    _r.Field("reference_text", "reference_text", _r.STR),
    _r.Field("reference_ref", "reference_ref", _r.model("ref", "Ref")),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
