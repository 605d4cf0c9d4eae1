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
    from ..models.date import Date
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.note_bibliography import NoteBibliography
    from ..models.note_digital_object import NoteDigitalObject
    from ..models.ref import Ref
    from ..models.rights_statement import RightsStatement

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.date import Date  # noqa: PLC0415
    from ..models.extent import Extent  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.file_version import FileVersion  # noqa: PLC0415
    from ..models.lang_material import LangMaterial  # noqa: PLC0415
    from ..models.linked_agent import LinkedAgent  # noqa: PLC0415
    from ..models.note_bibliography import NoteBibliography  # noqa: PLC0415
    from ..models.note_digital_object import NoteDigitalObject  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.rights_statement import RightsStatement  # noqa: PLC0415

    globals().update(
        {
            "Date": Date,
            "Extent": Extent,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "FileVersion": FileVersion,
            "LangMaterial": LangMaterial,
            "LinkedAgent": LinkedAgent,
            "NoteBibliography": NoteBibliography,
            "NoteDigitalObject": NoteDigitalObject,
            "Ref": Ref,
            "RightsStatement": RightsStatement,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="DigitalObjectComponent")


@_attrs_define
class DigitalObjectComponent:
    """A part of a digital object (a page, a track, a file), placed in the digital object's tree under the digital object
    itself or under another component.

        Attributes:
            jsonmodel_type (Literal['digital_object_component']):  Default: 'digital_object_component'.
            digital_object (Ref): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
            uri (str | Unset): The record's URI, set by the server.
            parent (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
                server adds the linked record as `_resolved`.
            position (int | Unset): The 0-based position among its siblings.
            ancestors (list[Ref] | Unset): Links to the parent components and the digital object, nearest first.
            component_id (str | Unset): The component's identifier.
            title (str | Unset): The title. A component needs a title, a label, or a date.
            label (str | Unset): A label, used when the component has no title.
            display_string (str | Unset): The title as displayed, built by the server from the title, label and dates.
            publish (bool | Unset): Whether the record shows in the public interface.
            suppressed (bool | Unset): Whether the record is suppressed.
            has_unpublished_ancestor (bool | Unset): Whether a component or the digital object above it is unpublished.
            slug (str | Unset): The public interface's URL slug.
            is_slug_auto (bool | Unset): Whether the server generates the slug. Default: True.
            file_versions (list[FileVersion] | Unset):
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            external_ids (list[ExternalId] | Unset):
            subjects (list[Ref] | Unset): Links to subjects.
            linked_agents (list[LinkedAgent] | Unset):
            linked_events (list[Ref] | Unset): Links to the events that name this record.
            extents (list[Extent] | Unset):
            lang_materials (list[LangMaterial] | Unset):
            dates (list[Date] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            notes (list[NoteBibliography | NoteDigitalObject] | Unset): Notes; a component takes bibliographies and digital
                object notes.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    digital_object: Ref
    jsonmodel_type: Literal["digital_object_component"] = "digital_object_component"
    uri: str | Unset = UNSET
    parent: Ref | Unset = UNSET
    position: int | Unset = UNSET
    ancestors: list[Ref] | Unset = UNSET
    component_id: str | Unset = UNSET
    title: str | Unset = UNSET
    label: str | Unset = UNSET
    display_string: str | Unset = UNSET
    publish: bool | Unset = UNSET
    suppressed: bool | Unset = UNSET
    has_unpublished_ancestor: bool | Unset = UNSET
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
    notes: list[NoteBibliography | NoteDigitalObject] | Unset = UNSET
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

        digital_object = self.digital_object.to_dict()

        uri = self.uri

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        position = self.position

        ancestors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ancestors, Unset):
            ancestors = []
            for ancestors_item_data in self.ancestors:
                ancestors_item = ancestors_item_data.to_dict()
                ancestors.append(ancestors_item)

        component_id = self.component_id

        title = self.title

        label = self.label

        display_string = self.display_string

        publish = self.publish

        suppressed = self.suppressed

        has_unpublished_ancestor = self.has_unpublished_ancestor

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
                "digital_object": digital_object,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if parent is not UNSET:
            field_dict["parent"] = parent
        if position is not UNSET:
            field_dict["position"] = position
        if ancestors is not UNSET:
            field_dict["ancestors"] = ancestors
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if title is not UNSET:
            field_dict["title"] = title
        if label is not UNSET:
            field_dict["label"] = label
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if publish is not UNSET:
            field_dict["publish"] = publish
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if has_unpublished_ancestor is not UNSET:
            field_dict["has_unpublished_ancestor"] = has_unpublished_ancestor
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
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        jsonmodel_type = cast(
            "Literal['digital_object_component']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "digital_object_component":
            raise ValueError(
                f"jsonmodel_type must match const 'digital_object_component', got '{jsonmodel_type}'"
            )

        digital_object = Ref.from_dict(d.pop("digital_object"))

        uri = d.pop("uri", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: Ref | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = Ref.from_dict(_parent)

        position = d.pop("position", UNSET)

        _ancestors = d.pop("ancestors", UNSET)
        ancestors: list[Ref] | Unset = UNSET
        if _ancestors is not UNSET:
            ancestors = []
            for ancestors_item_data in _ancestors:
                ancestors_item = Ref.from_dict(ancestors_item_data)

                ancestors.append(ancestors_item)

        component_id = d.pop("component_id", UNSET)

        title = d.pop("title", UNSET)

        label = d.pop("label", UNSET)

        display_string = d.pop("display_string", UNSET)

        publish = d.pop("publish", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        has_unpublished_ancestor = d.pop("has_unpublished_ancestor", UNSET)

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
            digital_object=digital_object,
            uri=uri,
            parent=parent,
            position=position,
            ancestors=ancestors,
            component_id=component_id,
            title=title,
            label=label,
            display_string=display_string,
            publish=publish,
            suppressed=suppressed,
            has_unpublished_ancestor=has_unpublished_ancestor,
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
            notes=notes,
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
