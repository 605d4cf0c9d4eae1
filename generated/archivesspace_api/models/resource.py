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
    from ..models.ark_name import ArkName
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.deaccession import Deaccession
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
    from ..models.revision_statement import RevisionStatement
    from ..models.rights_statement import RightsStatement
    from ..models.user_defined import UserDefined

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ark_name import ArkName  # noqa: PLC0415
    from ..models.collection_management import CollectionManagement  # noqa: PLC0415
    from ..models.date import Date  # noqa: PLC0415
    from ..models.deaccession import Deaccession  # noqa: PLC0415
    from ..models.extent import Extent  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.file_version import FileVersion  # noqa: PLC0415
    from ..models.instance import Instance  # noqa: PLC0415
    from ..models.lang_material import LangMaterial  # noqa: PLC0415
    from ..models.linked_agent import LinkedAgent  # noqa: PLC0415
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration  # noqa: PLC0415
    from ..models.note_bibliography import NoteBibliography  # noqa: PLC0415
    from ..models.note_bioghist import NoteBioghist  # noqa: PLC0415
    from ..models.note_chronology import NoteChronology  # noqa: PLC0415
    from ..models.note_citation import NoteCitation  # noqa: PLC0415
    from ..models.note_contact_note import NoteContactNote  # noqa: PLC0415
    from ..models.note_digital_object import NoteDigitalObject  # noqa: PLC0415
    from ..models.note_general_context import NoteGeneralContext  # noqa: PLC0415
    from ..models.note_index import NoteIndex  # noqa: PLC0415
    from ..models.note_langmaterial import NoteLangmaterial  # noqa: PLC0415
    from ..models.note_legal_status import NoteLegalStatus  # noqa: PLC0415
    from ..models.note_mandate import NoteMandate  # noqa: PLC0415
    from ..models.note_multipart import NoteMultipart  # noqa: PLC0415
    from ..models.note_rights_statement import NoteRightsStatement  # noqa: PLC0415
    from ..models.note_rights_statement_act import NoteRightsStatementAct  # noqa: PLC0415
    from ..models.note_singlepart import NoteSinglepart  # noqa: PLC0415
    from ..models.note_structure_or_genealogy import NoteStructureOrGenealogy  # noqa: PLC0415
    from ..models.note_text import NoteText  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.revision_statement import RevisionStatement  # noqa: PLC0415
    from ..models.rights_statement import RightsStatement  # noqa: PLC0415
    from ..models.user_defined import UserDefined  # noqa: PLC0415

    globals().update(
        {
            "ArkName": ArkName,
            "CollectionManagement": CollectionManagement,
            "Date": Date,
            "Deaccession": Deaccession,
            "Extent": Extent,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "FileVersion": FileVersion,
            "Instance": Instance,
            "LangMaterial": LangMaterial,
            "LinkedAgent": LinkedAgent,
            "MetadataRightsDeclaration": MetadataRightsDeclaration,
            "NoteBibliography": NoteBibliography,
            "NoteBioghist": NoteBioghist,
            "NoteChronology": NoteChronology,
            "NoteCitation": NoteCitation,
            "NoteContactNote": NoteContactNote,
            "NoteDigitalObject": NoteDigitalObject,
            "NoteGeneralContext": NoteGeneralContext,
            "NoteIndex": NoteIndex,
            "NoteLangmaterial": NoteLangmaterial,
            "NoteLegalStatus": NoteLegalStatus,
            "NoteMandate": NoteMandate,
            "NoteMultipart": NoteMultipart,
            "NoteRightsStatement": NoteRightsStatement,
            "NoteRightsStatementAct": NoteRightsStatementAct,
            "NoteSinglepart": NoteSinglepart,
            "NoteStructureOrGenealogy": NoteStructureOrGenealogy,
            "NoteText": NoteText,
            "Ref": Ref,
            "RevisionStatement": RevisionStatement,
            "RightsStatement": RightsStatement,
            "UserDefined": UserDefined,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """A resource: a collection (or other unit of description) and its finding aid. Its components are archival objects
    arranged in a tree below it. A resource needs a title, a four-part identifier (at least `id_0`, unique in the
    repository), a level, at least one extent, one date and one language of materials, and the language and script of
    its finding aid.

        Attributes:
            title (str): The title (may hold EAD mixed content).
            extents (list[Extent]):
            lang_materials (list[LangMaterial]): The languages of the material (at least one).
            dates (list[Date]):
            id_0 (str): The first part of the identifier.
            level (str): The level of description (enumeration `archival_record_level`; known values `collection`, `fonds`,
                `subfonds`, `recordgrp`, `subgrp`, `series`, `subseries`, `file`, `item`, `class`, `otherlevel`).
            finding_aid_language (str): The language of the finding aid, an ISO 639-2 code (enumeration
                `language_iso639_2`).
            finding_aid_script (str): The script of the finding aid, an ISO 15924 code (enumeration `script_iso15924`).
            jsonmodel_type (Literal['resource']):  Default: 'resource'.
            uri (str | Unset): The resource's URI, set by the server.
            external_ids (list[ExternalId] | Unset):
            publish (bool | Unset): Whether the public interface shows the resource.
            subjects (list[Ref] | Unset): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref] | Unset): Events that link this resource.
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            linked_agents (list[LinkedAgent] | Unset): Agents linked as creators, sources or subjects.
            suppressed (bool | Unset): Whether the resource is suppressed.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            id_1 (str | Unset): The second part of the identifier.
            id_2 (str | Unset): The third part of the identifier.
            id_3 (str | Unset): The fourth part of the identifier.
            external_ark_url (str | Unset): An ARK minted elsewhere, used instead of one minted by ArchivesSpace.
            import_current_ark (str | Unset): On import, the ARK the record already had (write-only in practice).
            import_previous_arks (list[str] | Unset): On import, earlier ARKs of the record.
            other_level (str | Unset): The level's name when `level` is `otherlevel`.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            resource_type (str | Unset): What kind of material it is (enumeration `resource_resource_type`; known values
                `collection`, `papers`, `publications`, `records`).
            tree (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
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
            finding_aid_language_note (str | Unset): A note about the languages of the finding aid.
            finding_aid_sponsor (str | Unset):
            finding_aid_edition_statement (str | Unset):
            finding_aid_series_statement (str | Unset):
            finding_aid_status (str | Unset): The finding aid's status (enumeration `resource_finding_aid_status`; known
                values `completed`, `in_progress`, `under_revision`, `unprocessed`).
            is_finding_aid_status_published (bool | Unset): Whether the public interface shows `finding_aid_status`.
                Default: True.
            finding_aid_note (str | Unset):
            revision_statements (list[RevisionStatement] | Unset): The finding aid's revision history.
            instances (list[Instance] | Unset):
            deaccessions (list[Deaccession] | Unset):
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            related_accessions (list[Ref] | Unset): The accessions whose material the resource describes (`{ref}` to
                `/repositories/{repo_id}/accessions/{id}`).
            classifications (list[Ref] | Unset): Links to classifications or classification terms.
            notes (list[NoteBibliography | NoteBioghist | NoteChronology | NoteCitation | NoteContactNote |
                NoteDigitalObject | NoteGeneralContext | NoteIndex | NoteLangmaterial | NoteLegalStatus | NoteMandate |
                NoteMultipart | NoteRightsStatement | NoteRightsStatementAct | NoteSinglepart | NoteStructureOrGenealogy |
                NoteText] | Unset): The descriptive notes. A resource takes `note_multipart`, `note_singlepart`,
                `note_bibliography` and `note_index` notes.
            ark_name (ArkName | Unset): The ARKs (Archival Resource Keys) of a resource or archival object: the current one
                and the ones it had before. Only present when ARKs are enabled on the server.
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset):
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    title: str
    extents: list[Extent]
    lang_materials: list[LangMaterial]
    dates: list[Date]
    id_0: str
    level: str
    finding_aid_language: str
    finding_aid_script: str
    jsonmodel_type: Literal["resource"] = "resource"
    uri: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    publish: bool | Unset = UNSET
    subjects: list[Ref] | Unset = UNSET
    linked_events: list[Ref] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    rights_statements: list[RightsStatement] | Unset = UNSET
    linked_agents: list[LinkedAgent] | Unset = UNSET
    suppressed: bool | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    id_1: str | Unset = UNSET
    id_2: str | Unset = UNSET
    id_3: str | Unset = UNSET
    external_ark_url: str | Unset = UNSET
    import_current_ark: str | Unset = UNSET
    import_previous_arks: list[str] | Unset = UNSET
    other_level: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    resource_type: str | Unset = UNSET
    tree: Ref | Unset = UNSET
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
    finding_aid_language_note: str | Unset = UNSET
    finding_aid_sponsor: str | Unset = UNSET
    finding_aid_edition_statement: str | Unset = UNSET
    finding_aid_series_statement: str | Unset = UNSET
    finding_aid_status: str | Unset = UNSET
    is_finding_aid_status_published: bool | Unset = True
    finding_aid_note: str | Unset = UNSET
    revision_statements: list[RevisionStatement] | Unset = UNSET
    instances: list[Instance] | Unset = UNSET
    deaccessions: list[Deaccession] | Unset = UNSET
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    related_accessions: list[Ref] | Unset = UNSET
    classifications: list[Ref] | Unset = UNSET
    notes: (
        list[
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
        ]
        | Unset
    ) = UNSET
    ark_name: ArkName | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
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
        title = self.title

        extents = []
        for extents_item_data in self.extents:
            extents_item = extents_item_data.to_dict()
            extents.append(extents_item)

        lang_materials = []
        for lang_materials_item_data in self.lang_materials:
            lang_materials_item = lang_materials_item_data.to_dict()
            lang_materials.append(lang_materials_item)

        dates = []
        for dates_item_data in self.dates:
            dates_item = dates_item_data.to_dict()
            dates.append(dates_item)

        id_0 = self.id_0

        level = self.level

        finding_aid_language = self.finding_aid_language

        finding_aid_script = self.finding_aid_script

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        publish = self.publish

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        linked_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_events, Unset):
            linked_events = []
            for linked_events_item_data in self.linked_events:
                linked_events_item = linked_events_item_data.to_dict()
                linked_events.append(linked_events_item)

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        rights_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rights_statements, Unset):
            rights_statements = []
            for rights_statements_item_data in self.rights_statements:
                rights_statements_item = rights_statements_item_data.to_dict()
                rights_statements.append(rights_statements_item)

        linked_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_agents, Unset):
            linked_agents = []
            for linked_agents_item_data in self.linked_agents:
                linked_agents_item = linked_agents_item_data.to_dict()
                linked_agents.append(linked_agents_item)

        suppressed = self.suppressed

        representative_file_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.representative_file_version, Unset):
            representative_file_version = self.representative_file_version.to_dict()

        id_1 = self.id_1

        id_2 = self.id_2

        id_3 = self.id_3

        external_ark_url = self.external_ark_url

        import_current_ark = self.import_current_ark

        import_previous_arks: list[str] | Unset = UNSET
        if not isinstance(self.import_previous_arks, Unset):
            import_previous_arks = self.import_previous_arks

        other_level = self.other_level

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        resource_type = self.resource_type

        tree: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tree, Unset):
            tree = self.tree.to_dict()

        restrictions = self.restrictions

        repository_processing_note = self.repository_processing_note

        ead_id = self.ead_id

        ead_location = self.ead_location

        finding_aid_title = self.finding_aid_title

        finding_aid_subtitle = self.finding_aid_subtitle

        finding_aid_filing_title = self.finding_aid_filing_title

        finding_aid_date = self.finding_aid_date

        finding_aid_author = self.finding_aid_author

        finding_aid_description_rules = self.finding_aid_description_rules

        finding_aid_language_note = self.finding_aid_language_note

        finding_aid_sponsor = self.finding_aid_sponsor

        finding_aid_edition_statement = self.finding_aid_edition_statement

        finding_aid_series_statement = self.finding_aid_series_statement

        finding_aid_status = self.finding_aid_status

        is_finding_aid_status_published = self.is_finding_aid_status_published

        finding_aid_note = self.finding_aid_note

        revision_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revision_statements, Unset):
            revision_statements = []
            for revision_statements_item_data in self.revision_statements:
                revision_statements_item = revision_statements_item_data.to_dict()
                revision_statements.append(revision_statements_item)

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        deaccessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deaccessions, Unset):
            deaccessions = []
            for deaccessions_item_data in self.deaccessions:
                deaccessions_item = deaccessions_item_data.to_dict()
                deaccessions.append(deaccessions_item)

        collection_management: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_management, Unset):
            collection_management = self.collection_management.to_dict()

        user_defined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_defined, Unset):
            user_defined = self.user_defined.to_dict()

        related_accessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_accessions, Unset):
            related_accessions = []
            for related_accessions_item_data in self.related_accessions:
                related_accessions_item = related_accessions_item_data.to_dict()
                related_accessions.append(related_accessions_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item: dict[str, Any]
                if isinstance(notes_item_data, NoteMultipart):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteSinglepart):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteBibliography):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteIndex):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteDigitalObject):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteBioghist):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteGeneralContext):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteMandate):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteLegalStatus):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteStructureOrGenealogy):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteContactNote):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteChronology):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteText):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteCitation):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteLangmaterial):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteRightsStatement):
                    notes_item = notes_item_data.to_dict()
                else:
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        ark_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ark_name, Unset):
            ark_name = self.ark_name.to_dict()

        metadata_rights_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata_rights_declarations, Unset):
            metadata_rights_declarations = []
            for (
                metadata_rights_declarations_item_data
            ) in self.metadata_rights_declarations:
                metadata_rights_declarations_item = (
                    metadata_rights_declarations_item_data.to_dict()
                )
                metadata_rights_declarations.append(metadata_rights_declarations_item)

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
                "title": title,
                "extents": extents,
                "lang_materials": lang_materials,
                "dates": dates,
                "id_0": id_0,
                "level": level,
                "finding_aid_language": finding_aid_language,
                "finding_aid_script": finding_aid_script,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if publish is not UNSET:
            field_dict["publish"] = publish
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if linked_events is not UNSET:
            field_dict["linked_events"] = linked_events
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if rights_statements is not UNSET:
            field_dict["rights_statements"] = rights_statements
        if linked_agents is not UNSET:
            field_dict["linked_agents"] = linked_agents
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if representative_file_version is not UNSET:
            field_dict["representative_file_version"] = representative_file_version
        if id_1 is not UNSET:
            field_dict["id_1"] = id_1
        if id_2 is not UNSET:
            field_dict["id_2"] = id_2
        if id_3 is not UNSET:
            field_dict["id_3"] = id_3
        if external_ark_url is not UNSET:
            field_dict["external_ark_url"] = external_ark_url
        if import_current_ark is not UNSET:
            field_dict["import_current_ark"] = import_current_ark
        if import_previous_arks is not UNSET:
            field_dict["import_previous_arks"] = import_previous_arks
        if other_level is not UNSET:
            field_dict["other_level"] = other_level
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if tree is not UNSET:
            field_dict["tree"] = tree
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if repository_processing_note is not UNSET:
            field_dict["repository_processing_note"] = repository_processing_note
        if ead_id is not UNSET:
            field_dict["ead_id"] = ead_id
        if ead_location is not UNSET:
            field_dict["ead_location"] = ead_location
        if finding_aid_title is not UNSET:
            field_dict["finding_aid_title"] = finding_aid_title
        if finding_aid_subtitle is not UNSET:
            field_dict["finding_aid_subtitle"] = finding_aid_subtitle
        if finding_aid_filing_title is not UNSET:
            field_dict["finding_aid_filing_title"] = finding_aid_filing_title
        if finding_aid_date is not UNSET:
            field_dict["finding_aid_date"] = finding_aid_date
        if finding_aid_author is not UNSET:
            field_dict["finding_aid_author"] = finding_aid_author
        if finding_aid_description_rules is not UNSET:
            field_dict["finding_aid_description_rules"] = finding_aid_description_rules
        if finding_aid_language_note is not UNSET:
            field_dict["finding_aid_language_note"] = finding_aid_language_note
        if finding_aid_sponsor is not UNSET:
            field_dict["finding_aid_sponsor"] = finding_aid_sponsor
        if finding_aid_edition_statement is not UNSET:
            field_dict["finding_aid_edition_statement"] = finding_aid_edition_statement
        if finding_aid_series_statement is not UNSET:
            field_dict["finding_aid_series_statement"] = finding_aid_series_statement
        if finding_aid_status is not UNSET:
            field_dict["finding_aid_status"] = finding_aid_status
        if is_finding_aid_status_published is not UNSET:
            field_dict["is_finding_aid_status_published"] = (
                is_finding_aid_status_published
            )
        if finding_aid_note is not UNSET:
            field_dict["finding_aid_note"] = finding_aid_note
        if revision_statements is not UNSET:
            field_dict["revision_statements"] = revision_statements
        if instances is not UNSET:
            field_dict["instances"] = instances
        if deaccessions is not UNSET:
            field_dict["deaccessions"] = deaccessions
        if collection_management is not UNSET:
            field_dict["collection_management"] = collection_management
        if user_defined is not UNSET:
            field_dict["user_defined"] = user_defined
        if related_accessions is not UNSET:
            field_dict["related_accessions"] = related_accessions
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ark_name is not UNSET:
            field_dict["ark_name"] = ark_name
        if metadata_rights_declarations is not UNSET:
            field_dict["metadata_rights_declarations"] = metadata_rights_declarations
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
        title = d.pop("title")

        extents = []
        _extents = d.pop("extents")
        for extents_item_data in _extents:
            extents_item = Extent.from_dict(extents_item_data)

            extents.append(extents_item)

        lang_materials = []
        _lang_materials = d.pop("lang_materials")
        for lang_materials_item_data in _lang_materials:
            lang_materials_item = LangMaterial.from_dict(lang_materials_item_data)

            lang_materials.append(lang_materials_item)

        dates = []
        _dates = d.pop("dates")
        for dates_item_data in _dates:
            dates_item = Date.from_dict(dates_item_data)

            dates.append(dates_item)

        id_0 = d.pop("id_0")

        level = d.pop("level")

        finding_aid_language = d.pop("finding_aid_language")

        finding_aid_script = d.pop("finding_aid_script")

        jsonmodel_type = cast("Literal['resource']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "resource":
            raise ValueError(
                f"jsonmodel_type must match const 'resource', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        publish = d.pop("publish", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[Ref] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = Ref.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _linked_events = d.pop("linked_events", UNSET)
        linked_events: list[Ref] | Unset = UNSET
        if _linked_events is not UNSET:
            linked_events = []
            for linked_events_item_data in _linked_events:
                linked_events_item = Ref.from_dict(linked_events_item_data)

                linked_events.append(linked_events_item)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        _rights_statements = d.pop("rights_statements", UNSET)
        rights_statements: list[RightsStatement] | Unset = UNSET
        if _rights_statements is not UNSET:
            rights_statements = []
            for rights_statements_item_data in _rights_statements:
                rights_statements_item = RightsStatement.from_dict(
                    rights_statements_item_data
                )

                rights_statements.append(rights_statements_item)

        _linked_agents = d.pop("linked_agents", UNSET)
        linked_agents: list[LinkedAgent] | Unset = UNSET
        if _linked_agents is not UNSET:
            linked_agents = []
            for linked_agents_item_data in _linked_agents:
                linked_agents_item = LinkedAgent.from_dict(linked_agents_item_data)

                linked_agents.append(linked_agents_item)

        suppressed = d.pop("suppressed", UNSET)

        _representative_file_version = d.pop("representative_file_version", UNSET)
        representative_file_version: FileVersion | Unset
        if isinstance(_representative_file_version, Unset):
            representative_file_version = UNSET
        else:
            representative_file_version = FileVersion.from_dict(
                _representative_file_version
            )

        id_1 = d.pop("id_1", UNSET)

        id_2 = d.pop("id_2", UNSET)

        id_3 = d.pop("id_3", UNSET)

        external_ark_url = d.pop("external_ark_url", UNSET)

        import_current_ark = d.pop("import_current_ark", UNSET)

        import_previous_arks = cast("list[str]", d.pop("import_previous_arks", UNSET))

        other_level = d.pop("other_level", UNSET)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        _tree = d.pop("tree", UNSET)
        tree: Ref | Unset
        if isinstance(_tree, Unset):
            tree = UNSET
        else:
            tree = Ref.from_dict(_tree)

        restrictions = d.pop("restrictions", UNSET)

        repository_processing_note = d.pop("repository_processing_note", UNSET)

        ead_id = d.pop("ead_id", UNSET)

        ead_location = d.pop("ead_location", UNSET)

        finding_aid_title = d.pop("finding_aid_title", UNSET)

        finding_aid_subtitle = d.pop("finding_aid_subtitle", UNSET)

        finding_aid_filing_title = d.pop("finding_aid_filing_title", UNSET)

        finding_aid_date = d.pop("finding_aid_date", UNSET)

        finding_aid_author = d.pop("finding_aid_author", UNSET)

        finding_aid_description_rules = d.pop("finding_aid_description_rules", UNSET)

        finding_aid_language_note = d.pop("finding_aid_language_note", UNSET)

        finding_aid_sponsor = d.pop("finding_aid_sponsor", UNSET)

        finding_aid_edition_statement = d.pop("finding_aid_edition_statement", UNSET)

        finding_aid_series_statement = d.pop("finding_aid_series_statement", UNSET)

        finding_aid_status = d.pop("finding_aid_status", UNSET)

        is_finding_aid_status_published = d.pop(
            "is_finding_aid_status_published", UNSET
        )

        finding_aid_note = d.pop("finding_aid_note", UNSET)

        _revision_statements = d.pop("revision_statements", UNSET)
        revision_statements: list[RevisionStatement] | Unset = UNSET
        if _revision_statements is not UNSET:
            revision_statements = []
            for revision_statements_item_data in _revision_statements:
                revision_statements_item = RevisionStatement.from_dict(
                    revision_statements_item_data
                )

                revision_statements.append(revision_statements_item)

        _instances = d.pop("instances", UNSET)
        instances: list[Instance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = Instance.from_dict(instances_item_data)

                instances.append(instances_item)

        _deaccessions = d.pop("deaccessions", UNSET)
        deaccessions: list[Deaccession] | Unset = UNSET
        if _deaccessions is not UNSET:
            deaccessions = []
            for deaccessions_item_data in _deaccessions:
                deaccessions_item = Deaccession.from_dict(deaccessions_item_data)

                deaccessions.append(deaccessions_item)

        _collection_management = d.pop("collection_management", UNSET)
        collection_management: CollectionManagement | Unset
        if isinstance(_collection_management, Unset):
            collection_management = UNSET
        else:
            collection_management = CollectionManagement.from_dict(
                _collection_management
            )

        _user_defined = d.pop("user_defined", UNSET)
        user_defined: UserDefined | Unset
        if isinstance(_user_defined, Unset):
            user_defined = UNSET
        else:
            user_defined = UserDefined.from_dict(_user_defined)

        _related_accessions = d.pop("related_accessions", UNSET)
        related_accessions: list[Ref] | Unset = UNSET
        if _related_accessions is not UNSET:
            related_accessions = []
            for related_accessions_item_data in _related_accessions:
                related_accessions_item = Ref.from_dict(related_accessions_item_data)

                related_accessions.append(related_accessions_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[Ref] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = Ref.from_dict(classifications_item_data)

                classifications.append(classifications_item)

        _notes = d.pop("notes", UNSET)
        notes: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:

                def _parse_notes_item(
                    data: object,
                ) -> (
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
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_0 = NoteMultipart.from_dict(data)

                        return componentsschemas_note_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_1 = NoteSinglepart.from_dict(data)

                        return componentsschemas_note_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_2 = NoteBibliography.from_dict(data)

                        return componentsschemas_note_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_3 = NoteIndex.from_dict(data)

                        return componentsschemas_note_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_4 = NoteDigitalObject.from_dict(
                            data
                        )

                        return componentsschemas_note_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_5 = NoteBioghist.from_dict(data)

                        return componentsschemas_note_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_6 = NoteGeneralContext.from_dict(
                            data
                        )

                        return componentsschemas_note_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_7 = NoteMandate.from_dict(data)

                        return componentsschemas_note_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_8 = NoteLegalStatus.from_dict(data)

                        return componentsschemas_note_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_9 = (
                            NoteStructureOrGenealogy.from_dict(data)
                        )

                        return componentsschemas_note_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_10 = NoteContactNote.from_dict(data)

                        return componentsschemas_note_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_11 = NoteChronology.from_dict(data)

                        return componentsschemas_note_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_12 = NoteText.from_dict(data)

                        return componentsschemas_note_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_13 = NoteCitation.from_dict(data)

                        return componentsschemas_note_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_14 = NoteLangmaterial.from_dict(
                            data
                        )

                        return componentsschemas_note_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_note_type_15 = NoteRightsStatement.from_dict(
                            data
                        )

                        return componentsschemas_note_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_note_type_16 = NoteRightsStatementAct.from_dict(
                        data
                    )

                    return componentsschemas_note_type_16

                notes_item = _parse_notes_item(notes_item_data)

                notes.append(notes_item)

        _ark_name = d.pop("ark_name", UNSET)
        ark_name: ArkName | Unset
        if isinstance(_ark_name, Unset):
            ark_name = UNSET
        else:
            ark_name = ArkName.from_dict(_ark_name)

        _metadata_rights_declarations = d.pop("metadata_rights_declarations", UNSET)
        metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
        if _metadata_rights_declarations is not UNSET:
            metadata_rights_declarations = []
            for metadata_rights_declarations_item_data in _metadata_rights_declarations:
                metadata_rights_declarations_item = MetadataRightsDeclaration.from_dict(
                    metadata_rights_declarations_item_data
                )

                metadata_rights_declarations.append(metadata_rights_declarations_item)

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
            title=title,
            extents=extents,
            lang_materials=lang_materials,
            dates=dates,
            id_0=id_0,
            level=level,
            finding_aid_language=finding_aid_language,
            finding_aid_script=finding_aid_script,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            external_ids=external_ids,
            publish=publish,
            subjects=subjects,
            linked_events=linked_events,
            external_documents=external_documents,
            rights_statements=rights_statements,
            linked_agents=linked_agents,
            suppressed=suppressed,
            representative_file_version=representative_file_version,
            id_1=id_1,
            id_2=id_2,
            id_3=id_3,
            external_ark_url=external_ark_url,
            import_current_ark=import_current_ark,
            import_previous_arks=import_previous_arks,
            other_level=other_level,
            slug=slug,
            is_slug_auto=is_slug_auto,
            resource_type=resource_type,
            tree=tree,
            restrictions=restrictions,
            repository_processing_note=repository_processing_note,
            ead_id=ead_id,
            ead_location=ead_location,
            finding_aid_title=finding_aid_title,
            finding_aid_subtitle=finding_aid_subtitle,
            finding_aid_filing_title=finding_aid_filing_title,
            finding_aid_date=finding_aid_date,
            finding_aid_author=finding_aid_author,
            finding_aid_description_rules=finding_aid_description_rules,
            finding_aid_language_note=finding_aid_language_note,
            finding_aid_sponsor=finding_aid_sponsor,
            finding_aid_edition_statement=finding_aid_edition_statement,
            finding_aid_series_statement=finding_aid_series_statement,
            finding_aid_status=finding_aid_status,
            is_finding_aid_status_published=is_finding_aid_status_published,
            finding_aid_note=finding_aid_note,
            revision_statements=revision_statements,
            instances=instances,
            deaccessions=deaccessions,
            collection_management=collection_management,
            user_defined=user_defined,
            related_accessions=related_accessions,
            classifications=classifications,
            notes=notes,
            ark_name=ark_name,
            metadata_rights_declarations=metadata_rights_declarations,
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
