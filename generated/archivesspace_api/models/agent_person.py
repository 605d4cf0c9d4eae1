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
from ..models.agent_person_agent_type import (
    AgentPersonAgentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_alternate_set import AgentAlternateSet
    from ..models.agent_contact import AgentContact
    from ..models.agent_conventions_declaration import AgentConventionsDeclaration
    from ..models.agent_function import AgentFunction
    from ..models.agent_gender import AgentGender
    from ..models.agent_identifier import AgentIdentifier
    from ..models.agent_maintenance_history import AgentMaintenanceHistory
    from ..models.agent_occupation import AgentOccupation
    from ..models.agent_other_agency_codes import AgentOtherAgencyCodes
    from ..models.agent_place import AgentPlace
    from ..models.agent_record_control import AgentRecordControl
    from ..models.agent_record_identifier import AgentRecordIdentifier
    from ..models.agent_relationship_associative import AgentRelationshipAssociative
    from ..models.agent_relationship_earlierlater import AgentRelationshipEarlierlater
    from ..models.agent_relationship_family import AgentRelationshipFamily
    from ..models.agent_relationship_hierarchical import AgentRelationshipHierarchical
    from ..models.agent_relationship_identity import AgentRelationshipIdentity
    from ..models.agent_relationship_parentchild import AgentRelationshipParentchild
    from ..models.agent_relationship_temporal import AgentRelationshipTemporal
    from ..models.agent_resource import AgentResource
    from ..models.agent_sources import AgentSources
    from ..models.agent_topic import AgentTopic
    from ..models.external_document import ExternalDocument
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.name_person import NamePerson
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
class AgentPerson(_r.Record):
    """A person: a creator, a subject or a source of archival records, or the agent of a user. Global (not in a
    repository), at `/agents/people/{id}`. Only `names` is required; everything else describes the person in the depth
    EAC-CPF and MARC authority records allow.

        Attributes:
            jsonmodel_type (Literal['agent_person']):  Default: 'agent_person'.
            names (list[NamePerson]): The person's names. At most one is `authorized` and at most one `is_display_name` (the
                first name otherwise).
            uri (str): The agent's URI, set by the server.
            title (str | Unset): The agent's title, the sort name of its display name.
            display_name (NamePerson | Unset): A name of a person, in parts: `primary_name` (usually the surname),
                `rest_of_name` (forenames), and the optional title, prefix, suffix, numeration and fuller form. `name_order`
                says how the parts are put together in `sort_name`.
            slug (str | Unset): The agent's URL slug in the public interface.
            is_slug_auto (bool | Unset): When true the server derives `slug` from the name. Default: True.
            publish (bool | Unset): Whether the agent appears in the public interface.
            agent_type (AgentPersonAgentType | Unset): The kind of agent (the server sets it to match `jsonmodel_type`).
            dates_of_existence (list[StructuredDateLabel]): When the person lived (labelled `existence`), as structured
                dates.
            agent_genders (list[AgentGender]): The person's genders, optionally dated.
            related_agents (list[AgentRelationshipAssociative | AgentRelationshipEarlierlater | AgentRelationshipFamily |
                AgentRelationshipHierarchical | AgentRelationshipIdentity | AgentRelationshipParentchild |
                AgentRelationshipTemporal]): Relationships to other agents. Each is sent from this agent's side; the server
                stores the reverse on the other agent.
            agent_contacts (list[AgentContact]): Contact details (postal address, telephones, e-mail). Left out of the
                answer for sessions without the `view_agent_contact_record` permission.
            agent_record_controls (list[AgentRecordControl]): Control information of the authority record (EAC-CPF
                `<control>`, MARC leader and 008): status, level of detail, cataloguing language. At most one.
            agent_alternate_sets (list[AgentAlternateSet]): Other authority records of the same entity (EAC-CPF
                `<alternativeSet>`).
            agent_conventions_declarations (list[AgentConventionsDeclaration]): Rules and conventions followed in describing
                the agent (EAC-CPF `<conventionDeclaration>`).
            agent_other_agency_codes (list[AgentOtherAgencyCodes]): Codes of other agencies responsible for the record (EAC-
                CPF `<otherAgencyCodes>`).
            agent_maintenance_histories (list[AgentMaintenanceHistory]): The history of the authority record (EAC-CPF
                `<maintenanceHistory>`).
            agent_record_identifiers (list[AgentRecordIdentifier]): Identifiers of this authority record in ArchivesSpace or
                elsewhere (EAC-CPF `<recordId>`); at most one is primary.
            agent_identifiers (list[AgentIdentifier]): Identifiers of the person (EAC-CPF `<entityId>`), such as an ISNI.
            agent_sources (list[AgentSources]): Sources consulted in describing the agent (EAC-CPF `<source>`).
            agent_places (list[AgentPlace]): Places tied to the person (birth, death, residence...), as geographic subjects.
            agent_occupations (list[AgentOccupation]): The person's occupations, as subjects.
            agent_functions (list[AgentFunction]): Functions the agent performed, as subjects.
            agent_topics (list[AgentTopic]): Topics the agent is associated with, as subjects.
            agent_resources (list[AgentResource]): Resources outside ArchivesSpace related to the agent (EAC-CPF
                `<resourceRelation>`), such as a book the person wrote.
            used_languages (list[UsedLanguage]): Languages and scripts the person used.
            notes (list[NoteBioghist | NoteGeneralContext | NoteLegalStatus | NoteMandate | NoteStructureOrGenealogy]):
                Biographical/historical and other notes about the agent.
            external_documents (list[ExternalDocument]): Links to documents about the agent held elsewhere.
            metadata_rights_declarations (list[MetadataRightsDeclaration]): Licences or rights statements that govern reuse
                of this description.
            linked_agent_roles (list[str]): The roles (`creator`, `source`, `subject`) in which archival records link to the
                agent.
            is_linked_to_published_record (bool | Unset): Whether a published record links to the agent.
            used_within_repositories (list[str]): URIs of the repositories whose records link to the agent (only computed
                for sessions that may index the system).
            used_within_published_repositories (list[str]): The published ones among `used_within_repositories`.
            system_generated (bool | Unset): True for agents the system made itself, such as the agents of users.
            is_user (str | Unset): Set when the agent is the agent of a user account.
            lock_version (int | str | Unset): The record's version; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    names: list[NamePerson]
    jsonmodel_type: Literal["agent_person"] = "agent_person"
    uri: str = _r.NOT_YET_SENT
    title: str | Unset = UNSET
    display_name: NamePerson | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    publish: bool | Unset = UNSET
    agent_type: AgentPersonAgentType | Unset = UNSET
    dates_of_existence: list[StructuredDateLabel] = _attrs_field(factory=list)
    agent_genders: list[AgentGender] = _attrs_field(factory=list)
    related_agents: list[
        AgentRelationshipAssociative
        | AgentRelationshipEarlierlater
        | AgentRelationshipFamily
        | AgentRelationshipHierarchical
        | AgentRelationshipIdentity
        | AgentRelationshipParentchild
        | AgentRelationshipTemporal
    ] = _attrs_field(factory=list)
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
    AgentPerson,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_person"), True),
    _r.Field("names", "names", _r.ListOf(_r.model("name_person", "NamePerson")), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("display_name", "display_name", _r.model("name_person", "NamePerson")),
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
        "agent_genders",
        "agent_genders",
        _r.ListOf(_r.model("agent_gender", "AgentGender")),
        empty=True,
    ),
    _r.Field(
        "related_agents",
        "related_agents",
        _r.ListOf(
            _r.one_of(
                _r.model(
                    "agent_relationship_parentchild", "AgentRelationshipParentchild"
                ),
                _r.model(
                    "agent_relationship_earlierlater", "AgentRelationshipEarlierlater"
                ),
                _r.model("agent_relationship_identity", "AgentRelationshipIdentity"),
                _r.model(
                    "agent_relationship_hierarchical", "AgentRelationshipHierarchical"
                ),
                _r.model("agent_relationship_temporal", "AgentRelationshipTemporal"),
                _r.model("agent_relationship_family", "AgentRelationshipFamily"),
                _r.model(
                    "agent_relationship_associative", "AgentRelationshipAssociative"
                ),
                tag="jsonmodel_type",
                tags=(
                    "agent_relationship_parentchild",
                    "agent_relationship_earlierlater",
                    "agent_relationship_identity",
                    "agent_relationship_hierarchical",
                    "agent_relationship_temporal",
                    "agent_relationship_family",
                    "agent_relationship_associative",
                ),
            )
        ),
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
