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
class NoteSinglepart(_r.Record):
    """A note made of paragraphs of text only, for the short physical and summary notes (abstract, physical description,
    physical location, language of materials...).

        Attributes:
            content (list[str]): The paragraphs of the note.
            type (str): The kind of note (enumeration `note_singlepart_type`; known values `abstract`, `physdesc`,
                `physloc`, `materialspec`, `physfacet`, `langmaterial`).
            jsonmodel_type (Literal['note_singlepart']):  Default: 'note_singlepart'.
            label (str | Unset): A heading shown instead of the note type's default label.
            publish (bool | Unset): Whether the note appears in the public interface and in exports without "include
                unpublished".
            persistent_id (str | Unset): A stable identifier of the note (the EAD `id` attribute).
            ingest_problem (str | Unset): A problem an import met with the note.
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    content: list[str]
    type: str
    jsonmodel_type: Literal["note_singlepart"] = "note_singlepart"
    label: str | Unset = UNSET
    publish: bool | Unset = UNSET
    persistent_id: str | Unset = UNSET
    ingest_problem: str | Unset = UNSET
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
    NoteSinglepart,
    _r.Field("content", "content", _r.ListOf(_r.STR), True),
    _r.Field("type", "type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("note_singlepart"), True),
    _r.Field("label", "label", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("persistent_id", "persistent_id", _r.STR),
    _r.Field("ingest_problem", "ingest_problem", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
