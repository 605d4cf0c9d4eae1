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
    from ..models.date import Date
    from ..models.digital_object import DigitalObject
    from ..models.event import Event
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.note_bibliography import NoteBibliography
    from ..models.note_digital_object import NoteDigitalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject


@_attrs_define(slots=False, repr=False)
class DigitalObjectComponent(_r.Record):
    """A part of a digital object (a page, a track, a file), placed in the digital object's tree under the digital object
    itself or under another component.

        Attributes:
            jsonmodel_type (Literal['digital_object_component']):  Default: 'digital_object_component'.
            digital_object (Ref[DigitalObject]): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            uri (str): The record's URI, set by the server.
            parent (Ref[DigitalObjectComponent] | Unset): A link to another record by URI. With `resolve[]` naming the
                property that holds it, the server adds the linked record as `_resolved`.
            position (int | Unset): The 0-based position among its siblings.
            ancestors (list[Ref[DigitalObject | DigitalObjectComponent]]): Links to the parent components and the digital
                object, nearest first.
            component_id (str | Unset): The component's identifier.
            title (str | Unset): The title. A component needs a title, a label, or a date.
            label (str | Unset): A label, used when the component has no title.
            display_string (str | Unset): The title as displayed, built by the server from the title, label and dates.
            publish (bool | Unset): Whether the record shows in the public interface.
            suppressed (bool | Unset): Whether the record is suppressed.
            has_unpublished_ancestor (bool | Unset): Whether a component or the digital object above it is unpublished.
            slug (str | Unset): The public interface's URL slug.
            is_slug_auto (bool | Unset): Whether the server generates the slug. Default: True.
            file_versions (list[FileVersion]):
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            external_ids (list[ExternalId]):
            subjects (list[Ref[Subject]]): Links to subjects.
            linked_agents (list[LinkedAgent]):
            linked_events (list[Ref[Event]]): Links to the events that name this record.
            extents (list[Extent]):
            lang_materials (list[LangMaterial]):
            dates (list[Date]):
            external_documents (list[ExternalDocument]):
            rights_statements (list[RightsStatement]):
            notes (list[NoteBibliography | NoteDigitalObject]): Notes; a component takes bibliographies and digital object
                notes.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    digital_object: Ref[DigitalObject]
    jsonmodel_type: Literal["digital_object_component"] = "digital_object_component"
    uri: str = _r.NOT_YET_SENT
    parent: Ref[DigitalObjectComponent] | Unset = UNSET
    position: int | Unset = UNSET
    ancestors: list[Ref[DigitalObject | DigitalObjectComponent]] = _attrs_field(
        factory=list
    )
    component_id: str | Unset = UNSET
    title: str | Unset = UNSET
    label: str | Unset = UNSET
    display_string: str | Unset = UNSET
    publish: bool | Unset = UNSET
    suppressed: bool | Unset = UNSET
    has_unpublished_ancestor: bool | Unset = UNSET
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
    notes: list[NoteBibliography | NoteDigitalObject] = _attrs_field(factory=list)
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
    DigitalObjectComponent,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("digital_object_component"), True
    ),
    _r.Field("digital_object", "digital_object", _r.model("ref", "Ref"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("parent", "parent", _r.model("ref", "Ref")),
    _r.Field("position", "position", _r.INT),
    _r.Field("ancestors", "ancestors", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field("component_id", "component_id", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("label", "label", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("has_unpublished_ancestor", "has_unpublished_ancestor", _r.BOOL),
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
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
