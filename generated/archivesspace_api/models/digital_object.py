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
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.note_bibliography import NoteBibliography
    from ..models.note_digital_object import NoteDigitalObject
    from ..models.ref import Ref
    from ..models.rights_statement import RightsStatement
    from ..models.user_defined import UserDefined

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.collection_management import CollectionManagement  # noqa: PLC0415
    from ..models.date import Date  # noqa: PLC0415
    from ..models.extent import Extent  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.file_version import FileVersion  # noqa: PLC0415
    from ..models.lang_material import LangMaterial  # noqa: PLC0415
    from ..models.linked_agent import LinkedAgent  # noqa: PLC0415
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration  # noqa: PLC0415
    from ..models.note_bibliography import NoteBibliography  # noqa: PLC0415
    from ..models.note_digital_object import NoteDigitalObject  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.rights_statement import RightsStatement  # noqa: PLC0415
    from ..models.user_defined import UserDefined  # noqa: PLC0415

    globals().update(
        {
            "CollectionManagement": CollectionManagement,
            "Date": Date,
            "Extent": Extent,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "FileVersion": FileVersion,
            "LangMaterial": LangMaterial,
            "LinkedAgent": LinkedAgent,
            "MetadataRightsDeclaration": MetadataRightsDeclaration,
            "NoteBibliography": NoteBibliography,
            "NoteDigitalObject": NoteDigitalObject,
            "Ref": Ref,
            "RightsStatement": RightsStatement,
            "UserDefined": UserDefined,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="DigitalObject")


@_attrs_define
class DigitalObject:
    """A digital object: a description of born-digital or digitized content, with the file versions that point at it. Its
    components (DigitalObjectComponent) form a tree below it. Archival records link to it through an instance of type
    `digital_object`.

        Attributes:
            jsonmodel_type (Literal['digital_object']):  Default: 'digital_object'.
            digital_object_id (str): The digital object's identifier, unique within the repository.
            title (str): The title; may hold mixed content markup.
            uri (str | Unset): The record's URI, set by the server.
            level (str | Unset): The level of description (enumeration `digital_object_level`; known values `collection`,
                `image`, `work`).
            digital_object_type (str | Unset): The kind of content (enumeration `digital_object_digital_object_type`; known
                values `cartographic`, `mixed_materials`, `moving_image`, `notated_music`, `software_multimedia`,
                `sound_recording`, `sound_recording_musical`, `sound_recording_nonmusical`, `still_image`, `text`).
            publish (bool | Unset): Whether the record shows in the public interface.
            restrictions (bool | Unset): Whether access to the content is restricted. Default: False.
            suppressed (bool | Unset): Whether the record is suppressed (hidden from users without suppression rights).
            slug (str | Unset): The public interface's URL slug.
            is_slug_auto (bool | Unset): Whether the server generates the slug from the title or identifier. Default: True.
            file_versions (list[FileVersion] | Unset): The files or URLs that deliver the content.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            external_ids (list[ExternalId] | Unset):
            subjects (list[Ref] | Unset): Links to subjects.
            linked_agents (list[LinkedAgent] | Unset): Links to agents, with their role (creator, source, subject) and
                relator.
            linked_events (list[Ref] | Unset): Links to the events that name this record.
            extents (list[Extent] | Unset):
            lang_materials (list[LangMaterial] | Unset): Languages and scripts of the material, and notes about them.
            dates (list[Date] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset):
            notes (list[NoteBibliography | NoteDigitalObject] | Unset): Notes; a digital object takes bibliographies and
                digital object notes.
            classifications (list[Ref] | Unset): Links to the classifications or classification terms the record is filed
                under.
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            tree (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
            collection (list[Ref] | Unset): Links to the resources and accessions whose instances point at this digital
                object.
            linked_instances (list[Ref] | Unset): Links to the resources and archival objects whose instances point at this
                digital object.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    digital_object_id: str
    title: str
    jsonmodel_type: Literal["digital_object"] = "digital_object"
    uri: str | Unset = UNSET
    level: str | Unset = UNSET
    digital_object_type: str | Unset = UNSET
    publish: bool | Unset = UNSET
    restrictions: bool | Unset = False
    suppressed: bool | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    file_versions: list[FileVersion] | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    subjects: list[Ref] | Unset = UNSET
    linked_agents: list[LinkedAgent] | Unset = UNSET
    linked_events: list[Ref] | Unset = UNSET
    extents: list[Extent] | Unset = UNSET
    lang_materials: list[LangMaterial] | Unset = UNSET
    dates: list[Date] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    rights_statements: list[RightsStatement] | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
    notes: list[NoteBibliography | NoteDigitalObject] | Unset = UNSET
    classifications: list[Ref] | Unset = UNSET
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    tree: Ref | Unset = UNSET
    collection: list[Ref] | Unset = UNSET
    linked_instances: list[Ref] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        digital_object_id = self.digital_object_id

        title = self.title

        uri = self.uri

        level = self.level

        digital_object_type = self.digital_object_type

        publish = self.publish

        restrictions = self.restrictions

        suppressed = self.suppressed

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        file_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_versions, Unset):
            file_versions = []
            for file_versions_item_data in self.file_versions:
                file_versions_item = file_versions_item_data.to_dict()
                file_versions.append(file_versions_item)

        representative_file_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.representative_file_version, Unset):
            representative_file_version = self.representative_file_version.to_dict()

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        linked_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_agents, Unset):
            linked_agents = []
            for linked_agents_item_data in self.linked_agents:
                linked_agents_item = linked_agents_item_data.to_dict()
                linked_agents.append(linked_agents_item)

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

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item: dict[str, Any]
                if isinstance(notes_item_data, NoteBibliography):
                    notes_item = notes_item_data.to_dict()
                else:
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        collection_management: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_management, Unset):
            collection_management = self.collection_management.to_dict()

        user_defined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_defined, Unset):
            user_defined = self.user_defined.to_dict()

        tree: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tree, Unset):
            tree = self.tree.to_dict()

        collection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = []
            for collection_item_data in self.collection:
                collection_item = collection_item_data.to_dict()
                collection.append(collection_item)

        linked_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_instances, Unset):
            linked_instances = []
            for linked_instances_item_data in self.linked_instances:
                linked_instances_item = linked_instances_item_data.to_dict()
                linked_instances.append(linked_instances_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "digital_object_id": digital_object_id,
                "title": title,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if level is not UNSET:
            field_dict["level"] = level
        if digital_object_type is not UNSET:
            field_dict["digital_object_type"] = digital_object_type
        if publish is not UNSET:
            field_dict["publish"] = publish
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if file_versions is not UNSET:
            field_dict["file_versions"] = file_versions
        if representative_file_version is not UNSET:
            field_dict["representative_file_version"] = representative_file_version
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if linked_agents is not UNSET:
            field_dict["linked_agents"] = linked_agents
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
        if metadata_rights_declarations is not UNSET:
            field_dict["metadata_rights_declarations"] = metadata_rights_declarations
        if notes is not UNSET:
            field_dict["notes"] = notes
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if collection_management is not UNSET:
            field_dict["collection_management"] = collection_management
        if user_defined is not UNSET:
            field_dict["user_defined"] = user_defined
        if tree is not UNSET:
            field_dict["tree"] = tree
        if collection is not UNSET:
            field_dict["collection"] = collection
        if linked_instances is not UNSET:
            field_dict["linked_instances"] = linked_instances
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['digital_object']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "digital_object":
            raise ValueError(
                f"jsonmodel_type must match const 'digital_object', got '{jsonmodel_type}'"
            )

        digital_object_id = d.pop("digital_object_id")

        title = d.pop("title")

        uri = d.pop("uri", UNSET)

        level = d.pop("level", UNSET)

        digital_object_type = d.pop("digital_object_type", UNSET)

        publish = d.pop("publish", UNSET)

        restrictions = d.pop("restrictions", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        _file_versions = d.pop("file_versions", UNSET)
        file_versions: list[FileVersion] | Unset = UNSET
        if _file_versions is not UNSET:
            file_versions = []
            for file_versions_item_data in _file_versions:
                file_versions_item = FileVersion.from_dict(file_versions_item_data)

                file_versions.append(file_versions_item)

        _representative_file_version = d.pop("representative_file_version", UNSET)
        representative_file_version: FileVersion | Unset
        if isinstance(_representative_file_version, Unset):
            representative_file_version = UNSET
        else:
            representative_file_version = FileVersion.from_dict(
                _representative_file_version
            )

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[Ref] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = Ref.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _linked_agents = d.pop("linked_agents", UNSET)
        linked_agents: list[LinkedAgent] | Unset = UNSET
        if _linked_agents is not UNSET:
            linked_agents = []
            for linked_agents_item_data in _linked_agents:
                linked_agents_item = LinkedAgent.from_dict(linked_agents_item_data)

                linked_agents.append(linked_agents_item)

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

        _metadata_rights_declarations = d.pop("metadata_rights_declarations", UNSET)
        metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
        if _metadata_rights_declarations is not UNSET:
            metadata_rights_declarations = []
            for metadata_rights_declarations_item_data in _metadata_rights_declarations:
                metadata_rights_declarations_item = MetadataRightsDeclaration.from_dict(
                    metadata_rights_declarations_item_data
                )

                metadata_rights_declarations.append(metadata_rights_declarations_item)

        _notes = d.pop("notes", UNSET)
        notes: list[NoteBibliography | NoteDigitalObject] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:

                def _parse_notes_item(
                    data: object,
                ) -> NoteBibliography | NoteDigitalObject:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_0 = NoteBibliography.from_dict(data)

                        return notes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    notes_item_type_1 = NoteDigitalObject.from_dict(data)

                    return notes_item_type_1

                notes_item = _parse_notes_item(notes_item_data)

                notes.append(notes_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[Ref] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = Ref.from_dict(classifications_item_data)

                classifications.append(classifications_item)

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

        _tree = d.pop("tree", UNSET)
        tree: Ref | Unset
        if isinstance(_tree, Unset):
            tree = UNSET
        else:
            tree = Ref.from_dict(_tree)

        _collection = d.pop("collection", UNSET)
        collection: list[Ref] | Unset = UNSET
        if _collection is not UNSET:
            collection = []
            for collection_item_data in _collection:
                collection_item = Ref.from_dict(collection_item_data)

                collection.append(collection_item)

        _linked_instances = d.pop("linked_instances", UNSET)
        linked_instances: list[Ref] | Unset = UNSET
        if _linked_instances is not UNSET:
            linked_instances = []
            for linked_instances_item_data in _linked_instances:
                linked_instances_item = Ref.from_dict(linked_instances_item_data)

                linked_instances.append(linked_instances_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

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

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            digital_object_id=digital_object_id,
            title=title,
            uri=uri,
            level=level,
            digital_object_type=digital_object_type,
            publish=publish,
            restrictions=restrictions,
            suppressed=suppressed,
            slug=slug,
            is_slug_auto=is_slug_auto,
            file_versions=file_versions,
            representative_file_version=representative_file_version,
            external_ids=external_ids,
            subjects=subjects,
            linked_agents=linked_agents,
            linked_events=linked_events,
            extents=extents,
            lang_materials=lang_materials,
            dates=dates,
            external_documents=external_documents,
            rights_statements=rights_statements,
            metadata_rights_declarations=metadata_rights_declarations,
            notes=notes,
            classifications=classifications,
            collection_management=collection_management,
            user_defined=user_defined,
            tree=tree,
            collection=collection,
            linked_instances=linked_instances,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            create_time=create_time,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
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
