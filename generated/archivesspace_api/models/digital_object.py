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
    from ..models.classification import Classification
    from ..models.classification_term import ClassificationTerm
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.digital_object_tree import DigitalObjectTree
    from ..models.event import Event
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
    from ..models.repository import Repository
    from ..models.resource import Resource
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject
    from ..models.user_defined import UserDefined


@_attrs_define(slots=False, repr=False)
class DigitalObject(_r.Record):
    """A digital object: a description of born-digital or digitized content, with the file versions that point at it. Its
    components (DigitalObjectComponent) form a tree below it. Archival records link to it through an instance of type
    `digital_object`.

        Attributes:
            jsonmodel_type (Literal['digital_object']):  Default: 'digital_object'.
            digital_object_id (str): The digital object's identifier, unique within the repository.
            title (str): The title; may hold mixed content markup.
            uri (str): The record's URI, set by the server.
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
            file_versions (list[FileVersion]): The files or URLs that deliver the content.
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            external_ids (list[ExternalId]):
            subjects (list[Ref[Subject]]): Links to subjects.
            linked_agents (list[LinkedAgent]): Links to agents, with their role (creator, source, subject) and relator.
            linked_events (list[Ref[Event]]): Links to the events that name this record.
            extents (list[Extent]):
            lang_materials (list[LangMaterial]): Languages and scripts of the material, and notes about them.
            dates (list[Date]):
            external_documents (list[ExternalDocument]):
            rights_statements (list[RightsStatement]):
            metadata_rights_declarations (list[MetadataRightsDeclaration]):
            notes (list[NoteBibliography | NoteDigitalObject]): Notes; a digital object takes bibliographies and digital
                object notes.
            classifications (list[Ref[Classification | ClassificationTerm]]): Links to the classifications or classification
                terms the record is filed under.
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            tree (Ref[DigitalObjectTree] | Unset): A link to another record by URI. With `resolve[]` naming the property
                that holds it, the server adds the linked record as `_resolved`.
            collection (list[Ref[Accession | Resource]]): Links to the resources and accessions whose instances point at
                this digital object.
            linked_instances (list[Ref[Resource]]): Links to the resources and archival objects whose instances point at
                this digital object.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    digital_object_id: str
    title: str
    jsonmodel_type: Literal["digital_object"] = "digital_object"
    uri: str = _r.NOT_YET_SENT
    level: str | Unset = UNSET
    digital_object_type: str | Unset = UNSET
    publish: bool | Unset = UNSET
    restrictions: bool | Unset = False
    suppressed: bool | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    file_versions: list[FileVersion] = _attrs_field(factory=list)
    representative_file_version: FileVersion | Unset = UNSET
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    subjects: list[Ref[Subject]] = _attrs_field(factory=list)
    linked_agents: list[LinkedAgent] = _attrs_field(factory=list)
    linked_events: list[Ref[Event]] = _attrs_field(factory=list)
    extents: list[Extent] = _attrs_field(factory=list)
    lang_materials: list[LangMaterial] = _attrs_field(factory=list)
    dates: list[Date] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    rights_statements: list[RightsStatement] = _attrs_field(factory=list)
    metadata_rights_declarations: list[MetadataRightsDeclaration] = _attrs_field(
        factory=list
    )
    notes: list[NoteBibliography | NoteDigitalObject] = _attrs_field(factory=list)
    classifications: list[Ref[Classification | ClassificationTerm]] = _attrs_field(
        factory=list
    )
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    tree: Ref[DigitalObjectTree] | Unset = UNSET
    collection: list[Ref[Accession | Resource]] = _attrs_field(factory=list)
    linked_instances: list[Ref[Resource]] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
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
    DigitalObject,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("digital_object"), True),
    _r.Field("digital_object_id", "digital_object_id", _r.STR, True),
    _r.Field("title", "title", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("level", "level", _r.STR),
    _r.Field("digital_object_type", "digital_object_type", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("restrictions", "restrictions", _r.BOOL),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field(
        "file_versions",
        "file_versions",
        _r.ListOf(_r.model("file_version", "FileVersion")),
        empty=True,
    ),
    _r.Field(
        "representative_file_version",
        "representative_file_version",
        _r.model("file_version", "FileVersion"),
    ),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field(
        "linked_agents",
        "linked_agents",
        _r.ListOf(_r.model("linked_agent", "LinkedAgent")),
        empty=True,
    ),
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
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
        empty=True,
    ),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_bibliography", "NoteBibliography"),
                _r.model("note_digital_object", "NoteDigitalObject"),
                tag="jsonmodel_type",
                tags=(
                    "note_bibliography",
                    "note_digital_object",
                ),
            )
        ),
        empty=True,
    ),
    _r.Field(
        "classifications",
        "classifications",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field(
        "collection_management",
        "collection_management",
        _r.model("collection_management", "CollectionManagement"),
    ),
    _r.Field("user_defined", "user_defined", _r.model("user_defined", "UserDefined")),
    _r.Field("tree", "tree", _r.model("ref", "Ref")),
    _r.Field("collection", "collection", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field(
        "linked_instances",
        "linked_instances",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
