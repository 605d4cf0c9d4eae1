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
    from ..models.archival_object_ancestor import ArchivalObjectAncestor
    from ..models.ark_name import ArkName
    from ..models.date import Date
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
    from ..models.rights_statement import RightsStatement

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.archival_object_ancestor import ArchivalObjectAncestor  # noqa: PLC0415
    from ..models.ark_name import ArkName  # noqa: PLC0415
    from ..models.date import Date  # noqa: PLC0415
    from ..models.extent import Extent  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.file_version import FileVersion  # noqa: PLC0415
    from ..models.instance import Instance  # noqa: PLC0415
    from ..models.lang_material import LangMaterial  # noqa: PLC0415
    from ..models.linked_agent import LinkedAgent  # noqa: PLC0415
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
    from ..models.rights_statement import RightsStatement  # noqa: PLC0415

    globals().update(
        {
            "ArchivalObjectAncestor": ArchivalObjectAncestor,
            "ArkName": ArkName,
            "Date": Date,
            "Extent": Extent,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "FileVersion": FileVersion,
            "Instance": Instance,
            "LangMaterial": LangMaterial,
            "LinkedAgent": LinkedAgent,
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
            "RightsStatement": RightsStatement,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ArchivalObject")


@_attrs_define
class ArchivalObject:
    """An archival object: a component (series, file, item...) in a resource's tree. It belongs to a `resource` and, unless
    it is at the top of the tree, has a `parent` archival object; `position` orders it among its siblings. It needs a
    title or a date.

        Attributes:
            level (str): The level of description (enumeration `archival_record_level`; known values `series`, `subseries`,
                `file`, `item`, `fonds`, `subfonds`, `recordgrp`, `subgrp`, `collection`, `class`, `otherlevel`).
            resource (Ref): A link to another record by URI. With `resolve[]` naming the property that holds it, the server
                adds the linked record as `_resolved`.
            jsonmodel_type (Literal['archival_object']):  Default: 'archival_object'.
            uri (str | Unset): The archival object's URI, set by the server.
            external_ids (list[ExternalId] | Unset):
            title (str | Unset): The title (may hold EAD mixed content). Needed unless the object has a date.
            publish (bool | Unset): Whether the public interface shows the archival object.
            subjects (list[Ref] | Unset): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref] | Unset): Events that link this archival object.
            extents (list[Extent] | Unset):
            lang_materials (list[LangMaterial] | Unset):
            dates (list[Date] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            linked_agents (list[LinkedAgent] | Unset): Agents linked as creators, sources or subjects.
            suppressed (bool | Unset): Whether the archival object is suppressed.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            ref_id (str | Unset): An identifier unique within the resource, used in EAD (`<c id>`) and by `find_by_id`. The
                server generates one when it is left out.
            component_id (str | Unset): The component's identifier as assigned by the archivist (empty by default).
            other_level (str | Unset): The level's name when `level` is `otherlevel`.
            external_ark_url (str | Unset): An ARK minted elsewhere, used instead of one minted by ArchivesSpace.
            import_current_ark (str | Unset): On import, the ARK the record already had.
            import_previous_arks (list[str] | Unset): On import, earlier ARKs of the record.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            display_string (str | Unset): The title followed by the dates, as the tree shows it.
            restrictions_apply (bool | Unset): Whether restrictions apply to the material. Default: False.
            repository_processing_note (str | Unset): An internal processing note, never published.
            parent (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
            ancestors (list[ArchivalObjectAncestor] | Unset): The object's ancestors, nearest first, ending with the
                resource; set by the server.
            series (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
            position (int | Unset): The 0-based position among its siblings. On create or update it asks for a place; the
                server shifts the siblings.
            instances (list[Instance] | Unset):
            notes (list[NoteBibliography | NoteBioghist | NoteChronology | NoteCitation | NoteContactNote |
                NoteDigitalObject | NoteGeneralContext | NoteIndex | NoteLangmaterial | NoteLegalStatus | NoteMandate |
                NoteMultipart | NoteRightsStatement | NoteRightsStatementAct | NoteSinglepart | NoteStructureOrGenealogy |
                NoteText] | Unset): The descriptive notes. An archival object takes `note_multipart`, `note_singlepart`,
                `note_bibliography` and `note_index` notes.
            has_unpublished_ancestor (bool | Unset): Whether an ancestor (or the resource) is unpublished, which hides this
                object too.
            ark_name (ArkName | Unset): The ARKs (Archival Resource Keys) of a resource or archival object: the current one
                and the ones it had before. Only present when ARKs are enabled on the server.
            accession_links (list[Ref] | Unset): Accessions whose material this object describes (`{ref}` to
                `/repositories/{repo_id}/accessions/{id}`).
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    level: str
    resource: Ref
    jsonmodel_type: Literal["archival_object"] = "archival_object"
    uri: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    title: str | Unset = UNSET
    publish: bool | Unset = UNSET
    subjects: list[Ref] | Unset = UNSET
    linked_events: list[Ref] | Unset = UNSET
    extents: list[Extent] | Unset = UNSET
    lang_materials: list[LangMaterial] | Unset = UNSET
    dates: list[Date] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    rights_statements: list[RightsStatement] | Unset = UNSET
    linked_agents: list[LinkedAgent] | Unset = UNSET
    suppressed: bool | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    ref_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    other_level: str | Unset = UNSET
    external_ark_url: str | Unset = UNSET
    import_current_ark: str | Unset = UNSET
    import_previous_arks: list[str] | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    display_string: str | Unset = UNSET
    restrictions_apply: bool | Unset = False
    repository_processing_note: str | Unset = UNSET
    parent: Ref | Unset = UNSET
    ancestors: list[ArchivalObjectAncestor] | Unset = UNSET
    series: Ref | Unset = UNSET
    position: int | Unset = UNSET
    instances: list[Instance] | Unset = UNSET
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
    has_unpublished_ancestor: bool | Unset = UNSET
    ark_name: ArkName | Unset = UNSET
    accession_links: list[Ref] | Unset = UNSET
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
        level = self.level

        resource = self.resource.to_dict()

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        title = self.title

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

        extents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extents, Unset):
            extents = []
            for extents_item_data in self.extents:
                extents_item = extents_item_data.to_dict()
                extents.append(extents_item)

        lang_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lang_materials, Unset):
            lang_materials = []
            for lang_materials_item_data in self.lang_materials:
                lang_materials_item = lang_materials_item_data.to_dict()
                lang_materials.append(lang_materials_item)

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

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

        ref_id = self.ref_id

        component_id = self.component_id

        other_level = self.other_level

        external_ark_url = self.external_ark_url

        import_current_ark = self.import_current_ark

        import_previous_arks: list[str] | Unset = UNSET
        if not isinstance(self.import_previous_arks, Unset):
            import_previous_arks = self.import_previous_arks

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        display_string = self.display_string

        restrictions_apply = self.restrictions_apply

        repository_processing_note = self.repository_processing_note

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        ancestors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ancestors, Unset):
            ancestors = []
            for ancestors_item_data in self.ancestors:
                ancestors_item = ancestors_item_data.to_dict()
                ancestors.append(ancestors_item)

        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        position = self.position

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

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

        has_unpublished_ancestor = self.has_unpublished_ancestor

        ark_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ark_name, Unset):
            ark_name = self.ark_name.to_dict()

        accession_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accession_links, Unset):
            accession_links = []
            for accession_links_item_data in self.accession_links:
                accession_links_item = accession_links_item_data.to_dict()
                accession_links.append(accession_links_item)

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
                "level": level,
                "resource": resource,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if title is not UNSET:
            field_dict["title"] = title
        if publish is not UNSET:
            field_dict["publish"] = publish
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if linked_events is not UNSET:
            field_dict["linked_events"] = linked_events
        if extents is not UNSET:
            field_dict["extents"] = extents
        if lang_materials is not UNSET:
            field_dict["lang_materials"] = lang_materials
        if dates is not UNSET:
            field_dict["dates"] = dates
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
        if ref_id is not UNSET:
            field_dict["ref_id"] = ref_id
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if other_level is not UNSET:
            field_dict["other_level"] = other_level
        if external_ark_url is not UNSET:
            field_dict["external_ark_url"] = external_ark_url
        if import_current_ark is not UNSET:
            field_dict["import_current_ark"] = import_current_ark
        if import_previous_arks is not UNSET:
            field_dict["import_previous_arks"] = import_previous_arks
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if restrictions_apply is not UNSET:
            field_dict["restrictions_apply"] = restrictions_apply
        if repository_processing_note is not UNSET:
            field_dict["repository_processing_note"] = repository_processing_note
        if parent is not UNSET:
            field_dict["parent"] = parent
        if ancestors is not UNSET:
            field_dict["ancestors"] = ancestors
        if series is not UNSET:
            field_dict["series"] = series
        if position is not UNSET:
            field_dict["position"] = position
        if instances is not UNSET:
            field_dict["instances"] = instances
        if notes is not UNSET:
            field_dict["notes"] = notes
        if has_unpublished_ancestor is not UNSET:
            field_dict["has_unpublished_ancestor"] = has_unpublished_ancestor
        if ark_name is not UNSET:
            field_dict["ark_name"] = ark_name
        if accession_links is not UNSET:
            field_dict["accession_links"] = accession_links
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
        level = d.pop("level")

        resource = Ref.from_dict(d.pop("resource"))

        jsonmodel_type = cast("Literal['archival_object']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "archival_object":
            raise ValueError(
                f"jsonmodel_type must match const 'archival_object', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        title = d.pop("title", UNSET)

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

        _extents = d.pop("extents", UNSET)
        extents: list[Extent] | Unset = UNSET
        if _extents is not UNSET:
            extents = []
            for extents_item_data in _extents:
                extents_item = Extent.from_dict(extents_item_data)

                extents.append(extents_item)

        _lang_materials = d.pop("lang_materials", UNSET)
        lang_materials: list[LangMaterial] | Unset = UNSET
        if _lang_materials is not UNSET:
            lang_materials = []
            for lang_materials_item_data in _lang_materials:
                lang_materials_item = LangMaterial.from_dict(lang_materials_item_data)

                lang_materials.append(lang_materials_item)

        _dates = d.pop("dates", UNSET)
        dates: list[Date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = Date.from_dict(dates_item_data)

                dates.append(dates_item)

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

        ref_id = d.pop("ref_id", UNSET)

        component_id = d.pop("component_id", UNSET)

        other_level = d.pop("other_level", UNSET)

        external_ark_url = d.pop("external_ark_url", UNSET)

        import_current_ark = d.pop("import_current_ark", UNSET)

        import_previous_arks = cast("list[str]", d.pop("import_previous_arks", UNSET))

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        display_string = d.pop("display_string", UNSET)

        restrictions_apply = d.pop("restrictions_apply", UNSET)

        repository_processing_note = d.pop("repository_processing_note", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: Ref | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = Ref.from_dict(_parent)

        _ancestors = d.pop("ancestors", UNSET)
        ancestors: list[ArchivalObjectAncestor] | Unset = UNSET
        if _ancestors is not UNSET:
            ancestors = []
            for ancestors_item_data in _ancestors:
                ancestors_item = ArchivalObjectAncestor.from_dict(ancestors_item_data)

                ancestors.append(ancestors_item)

        _series = d.pop("series", UNSET)
        series: Ref | Unset
        if isinstance(_series, Unset):
            series = UNSET
        else:
            series = Ref.from_dict(_series)

        position = d.pop("position", UNSET)

        _instances = d.pop("instances", UNSET)
        instances: list[Instance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = Instance.from_dict(instances_item_data)

                instances.append(instances_item)

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

        has_unpublished_ancestor = d.pop("has_unpublished_ancestor", UNSET)

        _ark_name = d.pop("ark_name", UNSET)
        ark_name: ArkName | Unset
        if isinstance(_ark_name, Unset):
            ark_name = UNSET
        else:
            ark_name = ArkName.from_dict(_ark_name)

        _accession_links = d.pop("accession_links", UNSET)
        accession_links: list[Ref] | Unset = UNSET
        if _accession_links is not UNSET:
            accession_links = []
            for accession_links_item_data in _accession_links:
                accession_links_item = Ref.from_dict(accession_links_item_data)

                accession_links.append(accession_links_item)

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
            level=level,
            resource=resource,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            external_ids=external_ids,
            title=title,
            publish=publish,
            subjects=subjects,
            linked_events=linked_events,
            extents=extents,
            lang_materials=lang_materials,
            dates=dates,
            external_documents=external_documents,
            rights_statements=rights_statements,
            linked_agents=linked_agents,
            suppressed=suppressed,
            representative_file_version=representative_file_version,
            ref_id=ref_id,
            component_id=component_id,
            other_level=other_level,
            external_ark_url=external_ark_url,
            import_current_ark=import_current_ark,
            import_previous_arks=import_previous_arks,
            slug=slug,
            is_slug_auto=is_slug_auto,
            display_string=display_string,
            restrictions_apply=restrictions_apply,
            repository_processing_note=repository_processing_note,
            parent=parent,
            ancestors=ancestors,
            series=series,
            position=position,
            instances=instances,
            notes=notes,
            has_unpublished_ancestor=has_unpublished_ancestor,
            ark_name=ark_name,
            accession_links=accession_links,
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
