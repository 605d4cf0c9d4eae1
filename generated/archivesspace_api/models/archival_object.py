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
    from ..models.accession import Accession
    from ..models.archival_object_ancestor import ArchivalObjectAncestor
    from ..models.ark_name import ArkName
    from ..models.date import Date
    from ..models.event import Event
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.instance import Instance
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.note_bibliography import NoteBibliography
    from ..models.note_bioghist import NoteBioghist
    from ..models.note_chronology import NoteChronology
    from ..models.note_citation import NoteCitation
    from ..models.note_contact_note import NoteContactNote
    from ..models.note_digital_object import NoteDigitalObject
    from ..models.note_general_context import NoteGeneralContext
    from ..models.note_index import NoteIndex
    from ..models.note_langmaterial import NoteLangmaterial
    from ..models.note_legal_status import NoteLegalStatus
    from ..models.note_mandate import NoteMandate
    from ..models.note_multipart import NoteMultipart
    from ..models.note_rights_statement import NoteRightsStatement
    from ..models.note_rights_statement_act import NoteRightsStatementAct
    from ..models.note_singlepart import NoteSinglepart
    from ..models.note_structure_or_genealogy import NoteStructureOrGenealogy
    from ..models.note_text import NoteText
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject


@_attrs_define(slots=False, repr=False)
class ArchivalObject(_r.Record):
    """An archival object: a component (series, file, item...) in a resource's tree. It belongs to a `resource` and, unless
    it is at the top of the tree, has a `parent` archival object; `position` orders it among its siblings. It needs a
    title or a date.

        Attributes:
            level (str): The level of description (enumeration `archival_record_level`; known values `series`, `subseries`,
                `file`, `item`, `fonds`, `subfonds`, `recordgrp`, `subgrp`, `collection`, `class`, `otherlevel`).
            resource (Ref[Resource]): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
            jsonmodel_type (Literal['archival_object']):  Default: 'archival_object'.
            uri (str): The archival object's URI, set by the server.
            external_ids (list[ExternalId]):
            title (str | Unset): The title (may hold EAD mixed content). Needed unless the object has a date.
            publish (bool | Unset): Whether the public interface shows the archival object.
            subjects (list[Ref[Subject]]): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref[Event]]): Events that link this archival object.
            extents (list[Extent]):
            lang_materials (list[LangMaterial]):
            dates (list[Date]):
            external_documents (list[ExternalDocument]):
            rights_statements (list[RightsStatement]):
            linked_agents (list[LinkedAgent]): Agents linked as creators, sources or subjects.
            suppressed (bool | Unset): Whether the archival object is suppressed.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            ref_id (str | Unset): An identifier unique within the resource, used in EAD (`<c id>`) and by `find_by_id`. The
                server generates one when it is left out.
            component_id (str | Unset): The component's identifier as assigned by the archivist (empty by default).
            other_level (str | Unset): The level's name when `level` is `otherlevel`.
            external_ark_url (str | Unset): An ARK minted elsewhere, used instead of one minted by ArchivesSpace.
            import_current_ark (str | Unset): On import, the ARK the record already had.
            import_previous_arks (list[str]): On import, earlier ARKs of the record.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            display_string (str | Unset): The title followed by the dates, as the tree shows it.
            restrictions_apply (bool | Unset): Whether restrictions apply to the material. Default: False.
            repository_processing_note (str | Unset): An internal processing note, never published.
            parent (Ref[ArchivalObject] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            ancestors (list[ArchivalObjectAncestor]): The object's ancestors, nearest first, ending with the resource; set
                by the server.
            series (Ref[ArchivalObject] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            position (int | Unset): The 0-based position among its siblings. On create or update it asks for a place; the
                server shifts the siblings.
            instances (list[Instance]):
            notes (list[NoteBibliography | NoteBioghist | NoteChronology | NoteCitation | NoteContactNote |
                NoteDigitalObject | NoteGeneralContext | NoteIndex | NoteLangmaterial | NoteLegalStatus | NoteMandate |
                NoteMultipart | NoteRightsStatement | NoteRightsStatementAct | NoteSinglepart | NoteStructureOrGenealogy |
                NoteText]): The descriptive notes. An archival object takes `note_multipart`, `note_singlepart`,
                `note_bibliography` and `note_index` notes.
            has_unpublished_ancestor (bool | Unset): Whether an ancestor (or the resource) is unpublished, which hides this
                object too.
            ark_name (ArkName | Unset): The ARKs (Archival Resource Keys) of a resource or archival object: the current one
                and the ones it had before. Only present when ARKs are enabled on the server.
            accession_links (list[Ref[Accession]]): Accessions whose material this object describes (`{ref}` to
                `/repositories/{repo_id}/accessions/{id}`).
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    level: str
    resource: Ref[Resource]
    jsonmodel_type: Literal["archival_object"] = "archival_object"
    uri: str = _r.NOT_YET_SENT
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    title: str | Unset = UNSET
    publish: bool | Unset = UNSET
    subjects: list[Ref[Subject]] = _attrs_field(factory=list)
    linked_events: list[Ref[Event]] = _attrs_field(factory=list)
    extents: list[Extent] = _attrs_field(factory=list)
    lang_materials: list[LangMaterial] = _attrs_field(factory=list)
    dates: list[Date] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    rights_statements: list[RightsStatement] = _attrs_field(factory=list)
    linked_agents: list[LinkedAgent] = _attrs_field(factory=list)
    suppressed: bool | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    ref_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    other_level: str | Unset = UNSET
    external_ark_url: str | Unset = UNSET
    import_current_ark: str | Unset = UNSET
    import_previous_arks: list[str] = _attrs_field(factory=list)
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    display_string: str | Unset = UNSET
    restrictions_apply: bool | Unset = False
    repository_processing_note: str | Unset = UNSET
    parent: Ref[ArchivalObject] | Unset = UNSET
    ancestors: list[ArchivalObjectAncestor] = _attrs_field(factory=list)
    series: Ref[ArchivalObject] | Unset = UNSET
    position: int | Unset = UNSET
    instances: list[Instance] = _attrs_field(factory=list)
    notes: list[
        NoteBibliography
        | NoteBioghist
        | NoteChronology
        | NoteCitation
        | NoteContactNote
        | NoteDigitalObject
        | NoteGeneralContext
        | NoteIndex
        | NoteLangmaterial
        | NoteLegalStatus
        | NoteMandate
        | NoteMultipart
        | NoteRightsStatement
        | NoteRightsStatementAct
        | NoteSinglepart
        | NoteStructureOrGenealogy
        | NoteText
    ] = _attrs_field(factory=list)
    has_unpublished_ancestor: bool | Unset = UNSET
    ark_name: ArkName | Unset = UNSET
    accession_links: list[Ref[Accession]] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    ArchivalObject,
    _r.Field("level", "level", _r.STR, True),
    _r.Field("resource", "resource", _r.model("ref", "Ref"), True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("archival_object"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field("title", "title", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field(
        "linked_events", "linked_events", _r.ListOf(_r.model("ref", "Ref")), empty=True
    ),
    _r.Field("extents", "extents", _r.ListOf(_r.model("extent", "Extent")), empty=True),
    _r.Field(
        "lang_materials",
        "lang_materials",
        _r.ListOf(_r.model("lang_material", "LangMaterial")),
        empty=True,
    ),
    _r.Field("dates", "dates", _r.ListOf(_r.model("date", "Date")), empty=True),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field(
        "rights_statements",
        "rights_statements",
        _r.ListOf(_r.model("rights_statement", "RightsStatement")),
        empty=True,
    ),
    _r.Field(
        "linked_agents",
        "linked_agents",
        _r.ListOf(_r.model("linked_agent", "LinkedAgent")),
        empty=True,
    ),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field(
        "representative_file_version",
        "representative_file_version",
        _r.model("file_version", "FileVersion"),
    ),
    _r.Field("ref_id", "ref_id", _r.STR),
    _r.Field("component_id", "component_id", _r.STR),
    _r.Field("other_level", "other_level", _r.STR),
    _r.Field("external_ark_url", "external_ark_url", _r.STR),
    _r.Field("import_current_ark", "import_current_ark", _r.STR),
    _r.Field(
        "import_previous_arks", "import_previous_arks", _r.ListOf(_r.STR), empty=True
    ),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("restrictions_apply", "restrictions_apply", _r.BOOL),
    _r.Field("repository_processing_note", "repository_processing_note", _r.STR),
    _r.Field("parent", "parent", _r.model("ref", "Ref")),
    _r.Field(
        "ancestors",
        "ancestors",
        _r.ListOf(_r.model("archival_object_ancestor", "ArchivalObjectAncestor")),
        empty=True,
    ),
    _r.Field("series", "series", _r.model("ref", "Ref")),
    _r.Field("position", "position", _r.INT),
    _r.Field(
        "instances",
        "instances",
        _r.ListOf(_r.model("instance", "Instance")),
        empty=True,
    ),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_multipart", "NoteMultipart"),
                _r.model("note_singlepart", "NoteSinglepart"),
                _r.model("note_bibliography", "NoteBibliography"),
                _r.model("note_index", "NoteIndex"),
                _r.model("note_digital_object", "NoteDigitalObject"),
                _r.model("note_bioghist", "NoteBioghist"),
                _r.model("note_general_context", "NoteGeneralContext"),
                _r.model("note_mandate", "NoteMandate"),
                _r.model("note_legal_status", "NoteLegalStatus"),
                _r.model("note_structure_or_genealogy", "NoteStructureOrGenealogy"),
                _r.model("note_contact_note", "NoteContactNote"),
                _r.model("note_chronology", "NoteChronology"),
                _r.model("note_text", "NoteText"),
                _r.model("note_citation", "NoteCitation"),
                _r.model("note_langmaterial", "NoteLangmaterial"),
                _r.model("note_rights_statement", "NoteRightsStatement"),
                _r.model("note_rights_statement_act", "NoteRightsStatementAct"),
                tag="jsonmodel_type",
                tags=(
                    "note_multipart",
                    "note_singlepart",
                    "note_bibliography",
                    "note_index",
                    "note_digital_object",
                    "note_bioghist",
                    "note_general_context",
                    "note_mandate",
                    "note_legal_status",
                    "note_structure_or_genealogy",
                    "note_contact_note",
                    "note_chronology",
                    "note_text",
                    "note_citation",
                    "note_langmaterial",
                    "note_rights_statement",
                    "note_rights_statement_act",
                ),
            )
        ),
        empty=True,
    ),
    _r.Field("has_unpublished_ancestor", "has_unpublished_ancestor", _r.BOOL),
    _r.Field("ark_name", "ark_name", _r.model("ark_name", "ArkName")),
    _r.Field(
        "accession_links",
        "accession_links",
        _r.ListOf(_r.model("ref", "Ref")),
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
