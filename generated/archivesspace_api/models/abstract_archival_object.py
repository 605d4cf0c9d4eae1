from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date import Date
    from ..models.event import Event
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject


@_attrs_define(slots=False, repr=False)
class AbstractArchivalObject(_r.Record):
    """The properties that resources, archival objects, digital objects and digital object components share (an abstract
    model: the server never sends one as such).

        Attributes:
            title (str): The record's title (may hold EAD mixed content).
            jsonmodel_type (str): The concrete record type.
            uri (str | Unset): The record's URI, set by the server.
            external_ids (list[ExternalId] | Unset):
            publish (bool | Unset): Whether the public interface shows the record.
            subjects (list[Ref[Subject]] | Unset):
            linked_events (list[Ref[Event]] | Unset):
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
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    title: str
    jsonmodel_type: str
    uri: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    publish: bool | Unset = UNSET
    subjects: list[Ref[Subject]] | Unset = UNSET
    linked_events: list[Ref[Event]] | Unset = UNSET
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
    AbstractArchivalObject,
    _r.Field("title", "title", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "external_ids", "external_ids", _r.ListOf(_r.model("external_id", "ExternalId"))
    ),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref"))),
    _r.Field("linked_events", "linked_events", _r.ListOf(_r.model("ref", "Ref"))),
    _r.Field("extents", "extents", _r.ListOf(_r.model("extent", "Extent"))),
    _r.Field(
        "lang_materials",
        "lang_materials",
        _r.ListOf(_r.model("lang_material", "LangMaterial")),
    ),
    _r.Field("dates", "dates", _r.ListOf(_r.model("date", "Date"))),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
    ),
    _r.Field(
        "rights_statements",
        "rights_statements",
        _r.ListOf(_r.model("rights_statement", "RightsStatement")),
    ),
    _r.Field(
        "linked_agents",
        "linked_agents",
        _r.ListOf(_r.model("linked_agent", "LinkedAgent")),
    ),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field(
        "representative_file_version",
        "representative_file_version",
        _r.model("file_version", "FileVersion"),
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
