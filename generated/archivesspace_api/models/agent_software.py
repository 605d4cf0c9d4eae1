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
from ..models.agent_software_agent_type import (
    AgentSoftwareAgentType,
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
    from ..models.name_software import NameSoftware
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
class AgentSoftware(_r.Record):
    """A program that acted on records (migrations, preservation events). ArchivesSpace itself is one. At
    `/agents/software/{id}`; only `names` is required. Software agents have no relationships.

        Attributes:
            jsonmodel_type (Literal['agent_software']):  Default: 'agent_software'.
            names (list[NameSoftware]): The software's names; at most one `authorized` and one `is_display_name`.
            uri (str): The agent's URI, set by the server.
            title (str | Unset): The sort name of the display name.
            display_name (NameSoftware | Unset): A name of a piece of software, with its version and maker.
            slug (str | Unset): The agent's URL slug in the public interface.
            is_slug_auto (bool | Unset): When true the server derives `slug` from the name. Default: True.
            publish (bool | Unset): Whether the agent appears in the public interface.
            agent_type (AgentSoftwareAgentType | Unset): The kind of agent (the server sets it to match `jsonmodel_type`).
            dates_of_existence (list[StructuredDateLabel]):
            agent_contacts (list[AgentContact]): Contact details; hidden from sessions without `view_agent_contact_record`.
            agent_record_controls (list[AgentRecordControl]):
            agent_alternate_sets (list[AgentAlternateSet]):
            agent_conventions_declarations (list[AgentConventionsDeclaration]):
            agent_other_agency_codes (list[AgentOtherAgencyCodes]):
            agent_maintenance_histories (list[AgentMaintenanceHistory]):
            agent_record_identifiers (list[AgentRecordIdentifier]):
            agent_identifiers (list[AgentIdentifier]):
            agent_sources (list[AgentSources]):
            agent_places (list[AgentPlace]):
            agent_occupations (list[AgentOccupation]):
            agent_functions (list[AgentFunction]):
            agent_topics (list[AgentTopic]):
            agent_resources (list[AgentResource]):
            used_languages (list[UsedLanguage]):
            notes (list[NoteBioghist | NoteGeneralContext | NoteLegalStatus | NoteMandate | NoteStructureOrGenealogy]):
            external_documents (list[ExternalDocument]):
            metadata_rights_declarations (list[MetadataRightsDeclaration]):
            linked_agent_roles (list[str]): The roles in which archival records link to the agent.
            is_linked_to_published_record (bool | Unset):
            used_within_repositories (list[str]): URIs of the repositories whose records link to the agent.
            used_within_published_repositories (list[str]):
            system_generated (bool | Unset):
            is_user (str | Unset):
            lock_version (int | str | Unset): Send back the value you fetched when you update.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    names: list[NameSoftware]
    jsonmodel_type: Literal["agent_software"] = "agent_software"
    uri: str = _r.NOT_YET_SENT
    title: str | Unset = UNSET
    display_name: NameSoftware | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    publish: bool | Unset = UNSET
    agent_type: AgentSoftwareAgentType | Unset = UNSET
    dates_of_existence: list[StructuredDateLabel] = _attrs_field(factory=list)
    agent_contacts: list[AgentContact] = _attrs_field(factory=list)
    agent_record_controls: list[AgentRecordControl] = _attrs_field(factory=list)
    agent_alternate_sets: list[AgentAlternateSet] = _attrs_field(factory=list)
    agent_conventions_declarations: list[AgentConventionsDeclaration] = _attrs_field(
        factory=list
    )
    agent_other_agency_codes: list[AgentOtherAgencyCodes] = _attrs_field(factory=list)
    agent_maintenance_histories: list[AgentMaintenanceHistory] = _attrs_field(
        factory=list
    )
    agent_record_identifiers: list[AgentRecordIdentifier] = _attrs_field(factory=list)
    agent_identifiers: list[AgentIdentifier] = _attrs_field(factory=list)
    agent_sources: list[AgentSources] = _attrs_field(factory=list)
    agent_places: list[AgentPlace] = _attrs_field(factory=list)
    agent_occupations: list[AgentOccupation] = _attrs_field(factory=list)
    agent_functions: list[AgentFunction] = _attrs_field(factory=list)
    agent_topics: list[AgentTopic] = _attrs_field(factory=list)
    agent_resources: list[AgentResource] = _attrs_field(factory=list)
    used_languages: list[UsedLanguage] = _attrs_field(factory=list)
    notes: list[
        NoteBioghist
        | NoteGeneralContext
        | NoteLegalStatus
        | NoteMandate
        | NoteStructureOrGenealogy
    ] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    metadata_rights_declarations: list[MetadataRightsDeclaration] = _attrs_field(
        factory=list
    )
    linked_agent_roles: list[str] = _attrs_field(factory=list)
    is_linked_to_published_record: bool | Unset = UNSET
    used_within_repositories: list[str] = _attrs_field(factory=list)
    used_within_published_repositories: list[str] = _attrs_field(factory=list)
    system_generated: bool | Unset = UNSET
    is_user: str | Unset = UNSET
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
    AgentSoftware,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_software"), True),
    _r.Field(
        "names", "names", _r.ListOf(_r.model("name_software", "NameSoftware")), True
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("display_name", "display_name", _r.model("name_software", "NameSoftware")),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("publish", "publish", _r.BOOL),
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
        "dates_of_existence",
        "dates_of_existence",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
        empty=True,
    ),
    _r.Field(
        "agent_contacts",
        "agent_contacts",
        _r.ListOf(_r.model("agent_contact", "AgentContact")),
        empty=True,
    ),
    _r.Field(
        "agent_record_controls",
        "agent_record_controls",
        _r.ListOf(_r.model("agent_record_control", "AgentRecordControl")),
        empty=True,
    ),
    _r.Field(
        "agent_alternate_sets",
        "agent_alternate_sets",
        _r.ListOf(_r.model("agent_alternate_set", "AgentAlternateSet")),
        empty=True,
    ),
    _r.Field(
        "agent_conventions_declarations",
        "agent_conventions_declarations",
        _r.ListOf(
            _r.model("agent_conventions_declaration", "AgentConventionsDeclaration")
        ),
        empty=True,
    ),
    _r.Field(
        "agent_other_agency_codes",
        "agent_other_agency_codes",
        _r.ListOf(_r.model("agent_other_agency_codes", "AgentOtherAgencyCodes")),
        empty=True,
    ),
    _r.Field(
        "agent_maintenance_histories",
        "agent_maintenance_histories",
        _r.ListOf(_r.model("agent_maintenance_history", "AgentMaintenanceHistory")),
        empty=True,
    ),
    _r.Field(
        "agent_record_identifiers",
        "agent_record_identifiers",
        _r.ListOf(_r.model("agent_record_identifier", "AgentRecordIdentifier")),
        empty=True,
    ),
    _r.Field(
        "agent_identifiers",
        "agent_identifiers",
        _r.ListOf(_r.model("agent_identifier", "AgentIdentifier")),
        empty=True,
    ),
    _r.Field(
        "agent_sources",
        "agent_sources",
        _r.ListOf(_r.model("agent_sources", "AgentSources")),
        empty=True,
    ),
    _r.Field(
        "agent_places",
        "agent_places",
        _r.ListOf(_r.model("agent_place", "AgentPlace")),
        empty=True,
    ),
    _r.Field(
        "agent_occupations",
        "agent_occupations",
        _r.ListOf(_r.model("agent_occupation", "AgentOccupation")),
        empty=True,
    ),
    _r.Field(
        "agent_functions",
        "agent_functions",
        _r.ListOf(_r.model("agent_function", "AgentFunction")),
        empty=True,
    ),
    _r.Field(
        "agent_topics",
        "agent_topics",
        _r.ListOf(_r.model("agent_topic", "AgentTopic")),
        empty=True,
    ),
    _r.Field(
        "agent_resources",
        "agent_resources",
        _r.ListOf(_r.model("agent_resource", "AgentResource")),
        empty=True,
    ),
    _r.Field(
        "used_languages",
        "used_languages",
        _r.ListOf(_r.model("used_language", "UsedLanguage")),
        empty=True,
    ),
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
        empty=True,
    ),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field(
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
        empty=True,
    ),
    _r.Field("linked_agent_roles", "linked_agent_roles", _r.ListOf(_r.STR), empty=True),
    _r.Field("is_linked_to_published_record", "is_linked_to_published_record", _r.BOOL),
    _r.Field(
        "used_within_repositories",
        "used_within_repositories",
        _r.ListOf(_r.STR),
        empty=True,
    ),
    _r.Field(
        "used_within_published_repositories",
        "used_within_published_repositories",
        _r.ListOf(_r.STR),
        empty=True,
    ),
    _r.Field("system_generated", "system_generated", _r.BOOL),
    _r.Field("is_user", "is_user", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
