from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
            "Ref": Ref,
            "RightsStatement": RightsStatement,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AbstractArchivalObject")


@_attrs_define
class AbstractArchivalObject:
    """The properties that resources, archival objects, digital objects and digital object components share (an abstract
    model: the server never sends one as such).

        Attributes:
            title (str): The record's title (may hold EAD mixed content).
            jsonmodel_type (str): The concrete record type.
            uri (str | Unset): The record's URI, set by the server.
            external_ids (list[ExternalId] | Unset):
            publish (bool | Unset): Whether the public interface shows the record.
            subjects (list[Ref] | Unset):
            linked_events (list[Ref] | Unset):
            extents (list[Extent] | Unset):
            lang_materials (list[LangMaterial] | Unset):
            dates (list[Date] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            linked_agents (list[LinkedAgent] | Unset):
            suppressed (bool | Unset):
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
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
    jsonmodel_type: str
    uri: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
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

        jsonmodel_type = d.pop("jsonmodel_type")

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
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            external_ids=external_ids,
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
