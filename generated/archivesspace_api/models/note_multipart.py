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
    from ..models.note_chronology import NoteChronology
    from ..models.note_definedlist import NoteDefinedlist
    from ..models.note_orderedlist import NoteOrderedlist
    from ..models.note_text import NoteText
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.rights_restriction import RightsRestriction


@_attrs_define(slots=False, repr=False)
class NoteMultipart(_r.Record):
    """A note made of several parts (`subnotes`): text paragraphs, lists and chronologies. Used for most archival
    description notes (scope and contents, arrangement, conditions governing access...). Access and use notes may carry
    a machine-readable `rights_restriction`.

        Attributes:
            type (str): The kind of note, named after its EAD element (enumeration `note_multipart_type`; known values
                `scopecontent`, `arrangement`, `bioghist`, `accessrestrict`, `userestrict`, `acqinfo`, `custodhist`, `accruals`,
                `appraisal`, `processinfo`, `relatedmaterial`, `separatedmaterial`, `altformavail`, `originalsloc`,
                `otherfindaid`, `prefercite`, `phystech`, `fileplan`, `dimensions`, `legalstatus`, `odd`).
            jsonmodel_type (Literal['note_multipart']):  Default: 'note_multipart'.
            label (str | Unset): A heading shown instead of the note type's default label.
            publish (bool | Unset): Whether the note appears in the public interface and in exports without "include
                unpublished".
            persistent_id (str | Unset): A stable identifier of the note (the EAD `id` attribute).
            ingest_problem (str | Unset): A problem an import met with the note.
            rights_restriction (RightsRestriction | Unset): A machine-readable access restriction of a conditions-governing-
                access or use note (`note_multipart` of type `accessrestrict` or `userestrict`): its period and local
                restriction types.
            subnotes (list[NoteChronology | NoteDefinedlist | NoteOrderedlist | NoteText]): The parts of the note, in order.
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    type: str
    jsonmodel_type: Literal["note_multipart"] = "note_multipart"
    label: str | Unset = UNSET
    publish: bool | Unset = UNSET
    persistent_id: str | Unset = UNSET
    ingest_problem: str | Unset = UNSET
    rights_restriction: RightsRestriction | Unset = UNSET
    subnotes: list[NoteChronology | NoteDefinedlist | NoteOrderedlist | NoteText] = (
        _attrs_field(factory=list)
    )
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
    NoteMultipart,
    _r.Field("type", "type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("note_multipart"), True),
    _r.Field("label", "label", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("persistent_id", "persistent_id", _r.STR),
    _r.Field("ingest_problem", "ingest_problem", _r.STR),
    _r.Field(
        "rights_restriction",
        "rights_restriction",
        _r.model("rights_restriction", "RightsRestriction"),
    ),
    _r.Field(
        "subnotes",
        "subnotes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_text", "NoteText"),
                _r.model("note_orderedlist", "NoteOrderedlist"),
                _r.model("note_definedlist", "NoteDefinedlist"),
                _r.model("note_chronology", "NoteChronology"),
                tag="jsonmodel_type",
                tags=(
                    "note_text",
                    "note_orderedlist",
                    "note_definedlist",
                    "note_chronology",
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
