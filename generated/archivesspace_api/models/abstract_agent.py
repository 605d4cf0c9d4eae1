from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.abstract_agent_agent_type import (
    AbstractAgentAgentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_alternate_set import AgentAlternateSet
    from ..models.agent_contact import AgentContact
    from ..models.agent_conventions_declaration import AgentConventionsDeclaration
    from ..models.agent_function import AgentFunction
    from ..models.agent_identifier import AgentIdentifier
    from ..models.agent_maintenance_history import AgentMaintenanceHistory
    from ..models.agent_occupation import AgentOccupation
    from ..models.agent_other_agency_codes import AgentOtherAgencyCodes
    from ..models.agent_place import AgentPlace
    from ..models.agent_record_control import AgentRecordControl
    from ..models.agent_record_identifier import AgentRecordIdentifier
    from ..models.agent_resource import AgentResource
    from ..models.agent_sources import AgentSources
    from ..models.agent_topic import AgentTopic
    from ..models.external_document import ExternalDocument
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.note_bioghist import NoteBioghist
    from ..models.note_general_context import NoteGeneralContext
    from ..models.note_legal_status import NoteLegalStatus
    from ..models.note_mandate import NoteMandate
    from ..models.note_structure_or_genealogy import NoteStructureOrGenealogy
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel
    from ..models.used_language import UsedLanguage


@_attrs_define(slots=False, repr=False)
class AbstractAgent(_r.Record):
    """The properties every kind of agent shares (abstract: the server never sends it as such; see AgentPerson,
    AgentCorporateEntity, AgentFamily and AgentSoftware, which add their names and relationships).

        Attributes:
            jsonmodel_type (str): The kind of agent.
            uri (str | Unset): The agent's URI.
            title (str | Unset): The sort name of the display name.
            is_linked_to_published_record (bool | Unset):
            agent_type (AbstractAgentAgentType | Unset):
            agent_contacts (list[AgentContact] | Unset):
            agent_record_controls (list[AgentRecordControl] | Unset):
            agent_alternate_sets (list[AgentAlternateSet] | Unset):
            agent_conventions_declarations (list[AgentConventionsDeclaration] | Unset):
            agent_other_agency_codes (list[AgentOtherAgencyCodes] | Unset):
            agent_maintenance_histories (list[AgentMaintenanceHistory] | Unset):
            agent_record_identifiers (list[AgentRecordIdentifier] | Unset):
            agent_identifiers (list[AgentIdentifier] | Unset):
            agent_sources (list[AgentSources] | Unset):
            agent_places (list[AgentPlace] | Unset):
            agent_occupations (list[AgentOccupation] | Unset):
            agent_functions (list[AgentFunction] | Unset):
            agent_topics (list[AgentTopic] | Unset):
            agent_resources (list[AgentResource] | Unset):
            linked_agent_roles (list[str] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            system_generated (bool | Unset):
            notes (list[NoteBioghist | NoteGeneralContext | NoteLegalStatus | NoteMandate | NoteStructureOrGenealogy] |
                Unset):
            used_within_repositories (list[str] | Unset):
            used_within_published_repositories (list[str] | Unset):
            dates_of_existence (list[StructuredDateLabel] | Unset):
            used_languages (list[UsedLanguage] | Unset):
            publish (bool | Unset):
            is_user (str | Unset):
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: str
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    is_linked_to_published_record: bool | Unset = UNSET
    agent_type: AbstractAgentAgentType | Unset = UNSET
    agent_contacts: list[AgentContact] | Unset = UNSET
    agent_record_controls: list[AgentRecordControl] | Unset = UNSET
    agent_alternate_sets: list[AgentAlternateSet] | Unset = UNSET
    agent_conventions_declarations: list[AgentConventionsDeclaration] | Unset = UNSET
    agent_other_agency_codes: list[AgentOtherAgencyCodes] | Unset = UNSET
    agent_maintenance_histories: list[AgentMaintenanceHistory] | Unset = UNSET
    agent_record_identifiers: list[AgentRecordIdentifier] | Unset = UNSET
    agent_identifiers: list[AgentIdentifier] | Unset = UNSET
    agent_sources: list[AgentSources] | Unset = UNSET
    agent_places: list[AgentPlace] | Unset = UNSET
    agent_occupations: list[AgentOccupation] | Unset = UNSET
    agent_functions: list[AgentFunction] | Unset = UNSET
    agent_topics: list[AgentTopic] | Unset = UNSET
    agent_resources: list[AgentResource] | Unset = UNSET
    linked_agent_roles: list[str] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    system_generated: bool | Unset = UNSET
    notes: (
        list[
            NoteBioghist
            | NoteGeneralContext
            | NoteLegalStatus
            | NoteMandate
            | NoteStructureOrGenealogy
        ]
        | Unset
    ) = UNSET
    used_within_repositories: list[str] | Unset = UNSET
    used_within_published_repositories: list[str] | Unset = UNSET
    dates_of_existence: list[StructuredDateLabel] | Unset = UNSET
    used_languages: list[UsedLanguage] | Unset = UNSET
    publish: bool | Unset = UNSET
    is_user: str | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
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
    AbstractAgent,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("is_linked_to_published_record", "is_linked_to_published_record", _r.BOOL),
    _r.Field(
        "agent_type",
        "agent_type",
        _r.choice(
            "agent_corporate_entity",
            "agent_family",
            "agent_person",
            "agent_software",
            "user",
        ),
    ),
    _r.Field(
        "agent_contacts",
        "agent_contacts",
        _r.ListOf(_r.model("agent_contact", "AgentContact")),
    ),
    _r.Field(
        "agent_record_controls",
        "agent_record_controls",
        _r.ListOf(_r.model("agent_record_control", "AgentRecordControl")),
    ),
    _r.Field(
        "agent_alternate_sets",
        "agent_alternate_sets",
        _r.ListOf(_r.model("agent_alternate_set", "AgentAlternateSet")),
    ),
    _r.Field(
        "agent_conventions_declarations",
        "agent_conventions_declarations",
        _r.ListOf(
            _r.model("agent_conventions_declaration", "AgentConventionsDeclaration")
        ),
    ),
    _r.Field(
        "agent_other_agency_codes",
        "agent_other_agency_codes",
        _r.ListOf(_r.model("agent_other_agency_codes", "AgentOtherAgencyCodes")),
    ),
    _r.Field(
        "agent_maintenance_histories",
        "agent_maintenance_histories",
        _r.ListOf(_r.model("agent_maintenance_history", "AgentMaintenanceHistory")),
    ),
    _r.Field(
        "agent_record_identifiers",
        "agent_record_identifiers",
        _r.ListOf(_r.model("agent_record_identifier", "AgentRecordIdentifier")),
    ),
    _r.Field(
        "agent_identifiers",
        "agent_identifiers",
        _r.ListOf(_r.model("agent_identifier", "AgentIdentifier")),
    ),
    _r.Field(
        "agent_sources",
        "agent_sources",
        _r.ListOf(_r.model("agent_sources", "AgentSources")),
    ),
    _r.Field(
        "agent_places", "agent_places", _r.ListOf(_r.model("agent_place", "AgentPlace"))
    ),
    _r.Field(
        "agent_occupations",
        "agent_occupations",
        _r.ListOf(_r.model("agent_occupation", "AgentOccupation")),
    ),
    _r.Field(
        "agent_functions",
        "agent_functions",
        _r.ListOf(_r.model("agent_function", "AgentFunction")),
    ),
    _r.Field(
        "agent_topics", "agent_topics", _r.ListOf(_r.model("agent_topic", "AgentTopic"))
    ),
    _r.Field(
        "agent_resources",
        "agent_resources",
        _r.ListOf(_r.model("agent_resource", "AgentResource")),
    ),
    _r.Field("linked_agent_roles", "linked_agent_roles", _r.ListOf(_r.STR)),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
    ),
    _r.Field("system_generated", "system_generated", _r.BOOL),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_bioghist", "NoteBioghist"),
                _r.model("note_mandate", "NoteMandate"),
                _r.model("note_legal_status", "NoteLegalStatus"),
                _r.model("note_structure_or_genealogy", "NoteStructureOrGenealogy"),
                _r.model("note_general_context", "NoteGeneralContext"),
                tag="jsonmodel_type",
                tags=(
                    "note_bioghist",
                    "note_mandate",
                    "note_legal_status",
                    "note_structure_or_genealogy",
                    "note_general_context",
                ),
            )
        ),
    ),
    _r.Field("used_within_repositories", "used_within_repositories", _r.ListOf(_r.STR)),
    _r.Field(
        "used_within_published_repositories",
        "used_within_published_repositories",
        _r.ListOf(_r.STR),
    ),
    _r.Field(
        "dates_of_existence",
        "dates_of_existence",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
    ),
    _r.Field(
        "used_languages",
        "used_languages",
        _r.ListOf(_r.model("used_language", "UsedLanguage")),
    ),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("is_user", "is_user", _r.STR),
    _r.Field(
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
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
