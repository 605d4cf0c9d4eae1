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
    from ..models.ark_name import ArkName
    from ..models.classification import Classification
    from ..models.classification_term import ClassificationTerm
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.deaccession import Deaccession
    from ..models.event import Event
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.instance import Instance
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
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
    from ..models.resource_tree import ResourceTree
    from ..models.revision_statement import RevisionStatement
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject
    from ..models.user_defined import UserDefined


@_attrs_define(slots=False, repr=False)
class Resource(_r.Record):
    """A resource: a collection (or other unit of description) and its finding aid. Its components are archival objects
    arranged in a tree below it. A resource needs a title, a four-part identifier (at least `id_0`, unique in the
    repository), a level, at least one extent, one date and one language of materials, and the language and script of
    its finding aid. Servers before 2.7 have no `lang_materials`, `finding_aid_language` or `finding_aid_script` (their
    records lack them), so the spec leaves those optional; from 2.7 on the server refuses a new resource without them.

        Attributes:
            title (str): The title (may hold EAD mixed content).
            extents (list[Extent]):
            dates (list[Date]):
            id_0 (str): The first part of the identifier.
            level (str): The level of description (enumeration `archival_record_level`; known values `collection`, `fonds`,
                `subfonds`, `recordgrp`, `subgrp`, `series`, `subseries`, `file`, `item`, `class`, `otherlevel`).
            jsonmodel_type (Literal['resource']):  Default: 'resource'.
            uri (str): The resource's URI, set by the server.
            external_ids (list[ExternalId]):
            publish (bool | Unset): Whether the public interface shows the resource.
            subjects (list[Ref[Subject]]): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref[Event]]): Events that link this resource.
            lang_materials (list[LangMaterial]): The languages of the material (at least one).
            external_documents (list[ExternalDocument]):
            rights_statements (list[RightsStatement]):
            linked_agents (list[LinkedAgent]): Agents linked as creators, sources or subjects.
            suppressed (bool | Unset): Whether the resource is suppressed.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            id_1 (str | Unset): The second part of the identifier.
            id_2 (str | Unset): The third part of the identifier.
            id_3 (str | Unset): The fourth part of the identifier.
            external_ark_url (str | Unset): An ARK minted elsewhere, used instead of one minted by ArchivesSpace.
            import_current_ark (str | Unset): On import, the ARK the record already had (write-only in practice).
            import_previous_arks (list[str]): On import, earlier ARKs of the record.
            other_level (str | Unset): The level's name when `level` is `otherlevel`.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            resource_type (str | Unset): What kind of material it is (enumeration `resource_resource_type`; known values
                `collection`, `papers`, `publications`, `records`).
            tree (Ref[ResourceTree] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            restrictions (bool | Unset): Whether restrictions apply to the material. Default: False.
            repository_processing_note (str | Unset): An internal processing note, never published.
            ead_id (str | Unset): The EAD identifier of the finding aid (`<eadid>`).
            ead_location (str | Unset): Where the EAD finding aid is published (the `url` of `<eadid>`).
            finding_aid_title (str | Unset): The finding aid's title.
            finding_aid_subtitle (str | Unset):
            finding_aid_filing_title (str | Unset): The title to file the finding aid under.
            finding_aid_date (str | Unset): When the finding aid was written, as free text.
            finding_aid_author (str | Unset): Who wrote the finding aid.
            finding_aid_description_rules (str | Unset): The descriptive standard followed (enumeration
                `resource_finding_aid_description_rules`; known values `dacs`, `aacr`, `cco`, `isadg`, `rad`).
            finding_aid_language (str | Unset): The language of the finding aid, an ISO 639-2 code (enumeration
                `language_iso639_2`).
            finding_aid_script (str | Unset): The script of the finding aid, an ISO 15924 code (enumeration
                `script_iso15924`).
            finding_aid_language_note (str | Unset): A note about the languages of the finding aid.
            finding_aid_sponsor (str | Unset):
            finding_aid_edition_statement (str | Unset):
            finding_aid_series_statement (str | Unset):
            finding_aid_status (str | Unset): The finding aid's status (enumeration `resource_finding_aid_status`; known
                values `completed`, `in_progress`, `under_revision`, `unprocessed`).
            is_finding_aid_status_published (bool | Unset): Whether the public interface shows `finding_aid_status`.
                Default: True.
            finding_aid_note (str | Unset):
            revision_statements (list[RevisionStatement]): The finding aid's revision history.
            instances (list[Instance]):
            deaccessions (list[Deaccession]):
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            related_accessions (list[Ref[Accession]]): The accessions whose material the resource describes (`{ref}` to
                `/repositories/{repo_id}/accessions/{id}`).
            classifications (list[Ref[Classification | ClassificationTerm]]): Links to classifications or classification
                terms.
            notes (list[NoteBibliography | NoteBioghist | NoteChronology | NoteCitation | NoteContactNote |
                NoteDigitalObject | NoteGeneralContext | NoteIndex | NoteLangmaterial | NoteLegalStatus | NoteMandate |
                NoteMultipart | NoteRightsStatement | NoteRightsStatementAct | NoteSinglepart | NoteStructureOrGenealogy |
                NoteText]): The descriptive notes. A resource takes `note_multipart`, `note_singlepart`, `note_bibliography` and
                `note_index` notes.
            ark_name (ArkName | Unset): The ARKs (Archival Resource Keys) of a resource or archival object: the current one
                and the ones it had before. Only present when ARKs are enabled on the server.
            metadata_rights_declarations (list[MetadataRightsDeclaration]):
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    title: str
    extents: list[Extent]
    dates: list[Date]
    id_0: str
    level: str
    jsonmodel_type: Literal["resource"] = "resource"
    uri: str = _r.NOT_YET_SENT
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    publish: bool | Unset = UNSET
    subjects: list[Ref[Subject]] = _attrs_field(factory=list)
    linked_events: list[Ref[Event]] = _attrs_field(factory=list)
    lang_materials: list[LangMaterial] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    rights_statements: list[RightsStatement] = _attrs_field(factory=list)
    linked_agents: list[LinkedAgent] = _attrs_field(factory=list)
    suppressed: bool | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    id_1: str | Unset = UNSET
    id_2: str | Unset = UNSET
    id_3: str | Unset = UNSET
    external_ark_url: str | Unset = UNSET
    import_current_ark: str | Unset = UNSET
    import_previous_arks: list[str] = _attrs_field(factory=list)
    other_level: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    resource_type: str | Unset = UNSET
    tree: Ref[ResourceTree] | Unset = UNSET
    restrictions: bool | Unset = False
    repository_processing_note: str | Unset = UNSET
    ead_id: str | Unset = UNSET
    ead_location: str | Unset = UNSET
    finding_aid_title: str | Unset = UNSET
    finding_aid_subtitle: str | Unset = UNSET
    finding_aid_filing_title: str | Unset = UNSET
    finding_aid_date: str | Unset = UNSET
    finding_aid_author: str | Unset = UNSET
    finding_aid_description_rules: str | Unset = UNSET
    finding_aid_language: str | Unset = UNSET
    finding_aid_script: str | Unset = UNSET
    finding_aid_language_note: str | Unset = UNSET
    finding_aid_sponsor: str | Unset = UNSET
    finding_aid_edition_statement: str | Unset = UNSET
    finding_aid_series_statement: str | Unset = UNSET
    finding_aid_status: str | Unset = UNSET
    is_finding_aid_status_published: bool | Unset = True
    finding_aid_note: str | Unset = UNSET
    revision_statements: list[RevisionStatement] = _attrs_field(factory=list)
    instances: list[Instance] = _attrs_field(factory=list)
    deaccessions: list[Deaccession] = _attrs_field(factory=list)
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    related_accessions: list[Ref[Accession]] = _attrs_field(factory=list)
    classifications: list[Ref[Classification | ClassificationTerm]] = _attrs_field(
        factory=list
    )
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
    ark_name: ArkName | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] = _attrs_field(
        factory=list
    )
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
    Resource,
    _r.Field("title", "title", _r.STR, True),
    _r.Field("extents", "extents", _r.ListOf(_r.model("extent", "Extent")), True),
    _r.Field("dates", "dates", _r.ListOf(_r.model("date", "Date")), True),
    _r.Field("id_0", "id_0", _r.STR, True),
    _r.Field("level", "level", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("resource"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field(
        "linked_events", "linked_events", _r.ListOf(_r.model("ref", "Ref")), empty=True
    ),
    _r.Field(
        "lang_materials",
        "lang_materials",
        _r.ListOf(_r.model("lang_material", "LangMaterial")),
        empty=True,
    ),
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
    _r.Field("id_1", "id_1", _r.STR),
    _r.Field("id_2", "id_2", _r.STR),
    _r.Field("id_3", "id_3", _r.STR),
    _r.Field("external_ark_url", "external_ark_url", _r.STR),
    _r.Field("import_current_ark", "import_current_ark", _r.STR),
    _r.Field(
        "import_previous_arks", "import_previous_arks", _r.ListOf(_r.STR), empty=True
    ),
    _r.Field("other_level", "other_level", _r.STR),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("resource_type", "resource_type", _r.STR),
    _r.Field("tree", "tree", _r.model("ref", "Ref")),
    _r.Field("restrictions", "restrictions", _r.BOOL),
    _r.Field("repository_processing_note", "repository_processing_note", _r.STR),
    _r.Field("ead_id", "ead_id", _r.STR),
    _r.Field("ead_location", "ead_location", _r.STR),
    _r.Field("finding_aid_title", "finding_aid_title", _r.STR),
    _r.Field("finding_aid_subtitle", "finding_aid_subtitle", _r.STR),
    _r.Field("finding_aid_filing_title", "finding_aid_filing_title", _r.STR),
    _r.Field("finding_aid_date", "finding_aid_date", _r.STR),
    _r.Field("finding_aid_author", "finding_aid_author", _r.STR),
    _r.Field("finding_aid_description_rules", "finding_aid_description_rules", _r.STR),
    _r.Field("finding_aid_language", "finding_aid_language", _r.STR),
    _r.Field("finding_aid_script", "finding_aid_script", _r.STR),
    _r.Field("finding_aid_language_note", "finding_aid_language_note", _r.STR),
    _r.Field("finding_aid_sponsor", "finding_aid_sponsor", _r.STR),
    _r.Field("finding_aid_edition_statement", "finding_aid_edition_statement", _r.STR),
    _r.Field("finding_aid_series_statement", "finding_aid_series_statement", _r.STR),
    _r.Field("finding_aid_status", "finding_aid_status", _r.STR),
    _r.Field(
        "is_finding_aid_status_published", "is_finding_aid_status_published", _r.BOOL
    ),
    _r.Field("finding_aid_note", "finding_aid_note", _r.STR),
    _r.Field(
        "revision_statements",
        "revision_statements",
        _r.ListOf(_r.model("revision_statement", "RevisionStatement")),
        empty=True,
    ),
    _r.Field(
        "instances",
        "instances",
        _r.ListOf(_r.model("instance", "Instance")),
        empty=True,
    ),
    _r.Field(
        "deaccessions",
        "deaccessions",
        _r.ListOf(_r.model("deaccession", "Deaccession")),
        empty=True,
    ),
    _r.Field(
        "collection_management",
        "collection_management",
        _r.model("collection_management", "CollectionManagement"),
    ),
    _r.Field("user_defined", "user_defined", _r.model("user_defined", "UserDefined")),
    _r.Field(
        "related_accessions",
        "related_accessions",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field(
        "classifications",
        "classifications",
        _r.ListOf(_r.model("ref", "Ref")),
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
    _r.Field("ark_name", "ark_name", _r.model("ark_name", "ArkName")),
    _r.Field(
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
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
