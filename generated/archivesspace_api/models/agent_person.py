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

from ..models.agent_person_agent_type import (
    AgentPersonAgentType,
    check_agent_person_agent_type,
)
from ..types import UNSET, Unset, parse_datetime

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
    from ..models.structured_date_label import StructuredDateLabel
    from ..models.used_language import UsedLanguage

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.agent_alternate_set import AgentAlternateSet  # noqa: PLC0415
    from ..models.agent_contact import AgentContact  # noqa: PLC0415
    from ..models.agent_conventions_declaration import AgentConventionsDeclaration  # noqa: PLC0415
    from ..models.agent_function import AgentFunction  # noqa: PLC0415
    from ..models.agent_gender import AgentGender  # noqa: PLC0415
    from ..models.agent_identifier import AgentIdentifier  # noqa: PLC0415
    from ..models.agent_maintenance_history import AgentMaintenanceHistory  # noqa: PLC0415
    from ..models.agent_occupation import AgentOccupation  # noqa: PLC0415
    from ..models.agent_other_agency_codes import AgentOtherAgencyCodes  # noqa: PLC0415
    from ..models.agent_place import AgentPlace  # noqa: PLC0415
    from ..models.agent_record_control import AgentRecordControl  # noqa: PLC0415
    from ..models.agent_record_identifier import AgentRecordIdentifier  # noqa: PLC0415
    from ..models.agent_relationship_associative import AgentRelationshipAssociative  # noqa: PLC0415
    from ..models.agent_relationship_earlierlater import AgentRelationshipEarlierlater  # noqa: PLC0415
    from ..models.agent_relationship_family import AgentRelationshipFamily  # noqa: PLC0415
    from ..models.agent_relationship_hierarchical import AgentRelationshipHierarchical  # noqa: PLC0415
    from ..models.agent_relationship_identity import AgentRelationshipIdentity  # noqa: PLC0415
    from ..models.agent_relationship_parentchild import AgentRelationshipParentchild  # noqa: PLC0415
    from ..models.agent_relationship_temporal import AgentRelationshipTemporal  # noqa: PLC0415
    from ..models.agent_resource import AgentResource  # noqa: PLC0415
    from ..models.agent_sources import AgentSources  # noqa: PLC0415
    from ..models.agent_topic import AgentTopic  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration  # noqa: PLC0415
    from ..models.name_person import NamePerson  # noqa: PLC0415
    from ..models.note_bioghist import NoteBioghist  # noqa: PLC0415
    from ..models.note_general_context import NoteGeneralContext  # noqa: PLC0415
    from ..models.note_legal_status import NoteLegalStatus  # noqa: PLC0415
    from ..models.note_mandate import NoteMandate  # noqa: PLC0415
    from ..models.note_structure_or_genealogy import NoteStructureOrGenealogy  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.structured_date_label import StructuredDateLabel  # noqa: PLC0415
    from ..models.used_language import UsedLanguage  # noqa: PLC0415

    globals().update(
        {
            "AgentAlternateSet": AgentAlternateSet,
            "AgentContact": AgentContact,
            "AgentConventionsDeclaration": AgentConventionsDeclaration,
            "AgentFunction": AgentFunction,
            "AgentGender": AgentGender,
            "AgentIdentifier": AgentIdentifier,
            "AgentMaintenanceHistory": AgentMaintenanceHistory,
            "AgentOccupation": AgentOccupation,
            "AgentOtherAgencyCodes": AgentOtherAgencyCodes,
            "AgentPlace": AgentPlace,
            "AgentRecordControl": AgentRecordControl,
            "AgentRecordIdentifier": AgentRecordIdentifier,
            "AgentRelationshipAssociative": AgentRelationshipAssociative,
            "AgentRelationshipEarlierlater": AgentRelationshipEarlierlater,
            "AgentRelationshipFamily": AgentRelationshipFamily,
            "AgentRelationshipHierarchical": AgentRelationshipHierarchical,
            "AgentRelationshipIdentity": AgentRelationshipIdentity,
            "AgentRelationshipParentchild": AgentRelationshipParentchild,
            "AgentRelationshipTemporal": AgentRelationshipTemporal,
            "AgentResource": AgentResource,
            "AgentSources": AgentSources,
            "AgentTopic": AgentTopic,
            "ExternalDocument": ExternalDocument,
            "MetadataRightsDeclaration": MetadataRightsDeclaration,
            "NamePerson": NamePerson,
            "NoteBioghist": NoteBioghist,
            "NoteGeneralContext": NoteGeneralContext,
            "NoteLegalStatus": NoteLegalStatus,
            "NoteMandate": NoteMandate,
            "NoteStructureOrGenealogy": NoteStructureOrGenealogy,
            "Ref": Ref,
            "StructuredDateLabel": StructuredDateLabel,
            "UsedLanguage": UsedLanguage,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentPerson")


@_attrs_define
class AgentPerson:
    """A person: a creator, a subject or a source of archival records, or the agent of a user. Global (not in a
    repository), at `/agents/people/{id}`. Only `names` is required; everything else describes the person in the depth
    EAC-CPF and MARC authority records allow.

        Attributes:
            jsonmodel_type (Literal['agent_person']):  Default: 'agent_person'.
            names (list[NamePerson]): The person's names. At most one is `authorized` and at most one `is_display_name` (the
                first name otherwise).
            uri (str | Unset): The agent's URI, set by the server.
            title (str | Unset): The agent's title, the sort name of its display name.
            display_name (NamePerson | Unset): A name of a person, in parts: `primary_name` (usually the surname),
                `rest_of_name` (forenames), and the optional title, prefix, suffix, numeration and fuller form. `name_order`
                says how the parts are put together in `sort_name`.
            slug (str | Unset): The agent's URL slug in the public interface.
            is_slug_auto (bool | Unset): When true the server derives `slug` from the name. Default: True.
            publish (bool | Unset): Whether the agent appears in the public interface.
            agent_type (AgentPersonAgentType | Unset): The kind of agent (the server sets it to match `jsonmodel_type`).
            dates_of_existence (list[StructuredDateLabel] | Unset): When the person lived (labelled `existence`), as
                structured dates.
            agent_genders (list[AgentGender] | Unset): The person's genders, optionally dated.
            related_agents (list[AgentRelationshipAssociative | AgentRelationshipEarlierlater | AgentRelationshipFamily |
                AgentRelationshipHierarchical | AgentRelationshipIdentity | AgentRelationshipParentchild |
                AgentRelationshipTemporal] | Unset): Relationships to other agents. Each is sent from this agent's side; the
                server stores the reverse on the other agent.
            agent_contacts (list[AgentContact] | Unset): Contact details (postal address, telephones, e-mail). Left out of
                the answer for sessions without the `view_agent_contact_record` permission.
            agent_record_controls (list[AgentRecordControl] | Unset): Control information of the authority record (EAC-CPF
                `<control>`, MARC leader and 008): status, level of detail, cataloguing language. At most one.
            agent_alternate_sets (list[AgentAlternateSet] | Unset): Other authority records of the same entity (EAC-CPF
                `<alternativeSet>`).
            agent_conventions_declarations (list[AgentConventionsDeclaration] | Unset): Rules and conventions followed in
                describing the agent (EAC-CPF `<conventionDeclaration>`).
            agent_other_agency_codes (list[AgentOtherAgencyCodes] | Unset): Codes of other agencies responsible for the
                record (EAC-CPF `<otherAgencyCodes>`).
            agent_maintenance_histories (list[AgentMaintenanceHistory] | Unset): The history of the authority record (EAC-
                CPF `<maintenanceHistory>`).
            agent_record_identifiers (list[AgentRecordIdentifier] | Unset): Identifiers of this authority record in
                ArchivesSpace or elsewhere (EAC-CPF `<recordId>`); at most one is primary.
            agent_identifiers (list[AgentIdentifier] | Unset): Identifiers of the person (EAC-CPF `<entityId>`), such as an
                ISNI.
            agent_sources (list[AgentSources] | Unset): Sources consulted in describing the agent (EAC-CPF `<source>`).
            agent_places (list[AgentPlace] | Unset): Places tied to the person (birth, death, residence...), as geographic
                subjects.
            agent_occupations (list[AgentOccupation] | Unset): The person's occupations, as subjects.
            agent_functions (list[AgentFunction] | Unset): Functions the agent performed, as subjects.
            agent_topics (list[AgentTopic] | Unset): Topics the agent is associated with, as subjects.
            agent_resources (list[AgentResource] | Unset): Resources outside ArchivesSpace related to the agent (EAC-CPF
                `<resourceRelation>`), such as a book the person wrote.
            used_languages (list[UsedLanguage] | Unset): Languages and scripts the person used.
            notes (list[NoteBioghist | NoteGeneralContext | NoteLegalStatus | NoteMandate | NoteStructureOrGenealogy] |
                Unset): Biographical/historical and other notes about the agent.
            external_documents (list[ExternalDocument] | Unset): Links to documents about the agent held elsewhere.
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset): Licences or rights statements that
                govern reuse of this description.
            linked_agent_roles (list[str] | Unset): The roles (`creator`, `source`, `subject`) in which archival records
                link to the agent.
            is_linked_to_published_record (bool | Unset): Whether a published record links to the agent.
            used_within_repositories (list[str] | Unset): URIs of the repositories whose records link to the agent (only
                computed for sessions that may index the system).
            used_within_published_repositories (list[str] | Unset): The published ones among `used_within_repositories`.
            system_generated (bool | Unset): True for agents the system made itself, such as the agents of users.
            is_user (str | Unset): Set when the agent is the agent of a user account.
            lock_version (int | str | Unset): The record's version; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    names: list[NamePerson]
    jsonmodel_type: Literal["agent_person"] = "agent_person"
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    display_name: NamePerson | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    publish: bool | Unset = UNSET
    agent_type: AgentPersonAgentType | Unset = UNSET
    dates_of_existence: list[StructuredDateLabel] | Unset = UNSET
    agent_genders: list[AgentGender] | Unset = UNSET
    related_agents: (
        list[
            AgentRelationshipAssociative
            | AgentRelationshipEarlierlater
            | AgentRelationshipFamily
            | AgentRelationshipHierarchical
            | AgentRelationshipIdentity
            | AgentRelationshipParentchild
            | AgentRelationshipTemporal
        ]
        | Unset
    ) = UNSET
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
    used_languages: list[UsedLanguage] | Unset = UNSET
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
    external_documents: list[ExternalDocument] | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
    linked_agent_roles: list[str] | Unset = UNSET
    is_linked_to_published_record: bool | Unset = UNSET
    used_within_repositories: list[str] | Unset = UNSET
    used_within_published_repositories: list[str] | Unset = UNSET
    system_generated: bool | Unset = UNSET
    is_user: str | Unset = UNSET
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
        jsonmodel_type = self.jsonmodel_type

        names = []
        for names_item_data in self.names:
            names_item = names_item_data.to_dict()
            names.append(names_item)

        uri = self.uri

        title = self.title

        display_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_name, Unset):
            display_name = self.display_name.to_dict()

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        publish = self.publish

        agent_type: str | Unset = UNSET
        if not isinstance(self.agent_type, Unset):
            agent_type = self.agent_type

        dates_of_existence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates_of_existence, Unset):
            dates_of_existence = []
            for dates_of_existence_item_data in self.dates_of_existence:
                dates_of_existence_item = dates_of_existence_item_data.to_dict()
                dates_of_existence.append(dates_of_existence_item)

        agent_genders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_genders, Unset):
            agent_genders = []
            for agent_genders_item_data in self.agent_genders:
                agent_genders_item = agent_genders_item_data.to_dict()
                agent_genders.append(agent_genders_item)

        related_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_agents, Unset):
            related_agents = []
            for related_agents_item_data in self.related_agents:
                related_agents_item: dict[str, Any]
                if isinstance(related_agents_item_data, AgentRelationshipParentchild):
                    related_agents_item = related_agents_item_data.to_dict()
                elif isinstance(
                    related_agents_item_data, AgentRelationshipEarlierlater
                ):
                    related_agents_item = related_agents_item_data.to_dict()
                elif isinstance(related_agents_item_data, AgentRelationshipIdentity):
                    related_agents_item = related_agents_item_data.to_dict()
                elif isinstance(
                    related_agents_item_data, AgentRelationshipHierarchical
                ):
                    related_agents_item = related_agents_item_data.to_dict()
                elif isinstance(related_agents_item_data, AgentRelationshipTemporal):
                    related_agents_item = related_agents_item_data.to_dict()
                elif isinstance(related_agents_item_data, AgentRelationshipFamily):
                    related_agents_item = related_agents_item_data.to_dict()
                else:
                    related_agents_item = related_agents_item_data.to_dict()

                related_agents.append(related_agents_item)

        agent_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_contacts, Unset):
            agent_contacts = []
            for agent_contacts_item_data in self.agent_contacts:
                agent_contacts_item = agent_contacts_item_data.to_dict()
                agent_contacts.append(agent_contacts_item)

        agent_record_controls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_record_controls, Unset):
            agent_record_controls = []
            for agent_record_controls_item_data in self.agent_record_controls:
                agent_record_controls_item = agent_record_controls_item_data.to_dict()
                agent_record_controls.append(agent_record_controls_item)

        agent_alternate_sets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_alternate_sets, Unset):
            agent_alternate_sets = []
            for agent_alternate_sets_item_data in self.agent_alternate_sets:
                agent_alternate_sets_item = agent_alternate_sets_item_data.to_dict()
                agent_alternate_sets.append(agent_alternate_sets_item)

        agent_conventions_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_conventions_declarations, Unset):
            agent_conventions_declarations = []
            for (
                agent_conventions_declarations_item_data
            ) in self.agent_conventions_declarations:
                agent_conventions_declarations_item = (
                    agent_conventions_declarations_item_data.to_dict()
                )
                agent_conventions_declarations.append(
                    agent_conventions_declarations_item
                )

        agent_other_agency_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_other_agency_codes, Unset):
            agent_other_agency_codes = []
            for agent_other_agency_codes_item_data in self.agent_other_agency_codes:
                agent_other_agency_codes_item = (
                    agent_other_agency_codes_item_data.to_dict()
                )
                agent_other_agency_codes.append(agent_other_agency_codes_item)

        agent_maintenance_histories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_maintenance_histories, Unset):
            agent_maintenance_histories = []
            for (
                agent_maintenance_histories_item_data
            ) in self.agent_maintenance_histories:
                agent_maintenance_histories_item = (
                    agent_maintenance_histories_item_data.to_dict()
                )
                agent_maintenance_histories.append(agent_maintenance_histories_item)

        agent_record_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_record_identifiers, Unset):
            agent_record_identifiers = []
            for agent_record_identifiers_item_data in self.agent_record_identifiers:
                agent_record_identifiers_item = (
                    agent_record_identifiers_item_data.to_dict()
                )
                agent_record_identifiers.append(agent_record_identifiers_item)

        agent_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_identifiers, Unset):
            agent_identifiers = []
            for agent_identifiers_item_data in self.agent_identifiers:
                agent_identifiers_item = agent_identifiers_item_data.to_dict()
                agent_identifiers.append(agent_identifiers_item)

        agent_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_sources, Unset):
            agent_sources = []
            for agent_sources_item_data in self.agent_sources:
                agent_sources_item = agent_sources_item_data.to_dict()
                agent_sources.append(agent_sources_item)

        agent_places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_places, Unset):
            agent_places = []
            for agent_places_item_data in self.agent_places:
                agent_places_item = agent_places_item_data.to_dict()
                agent_places.append(agent_places_item)

        agent_occupations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_occupations, Unset):
            agent_occupations = []
            for agent_occupations_item_data in self.agent_occupations:
                agent_occupations_item = agent_occupations_item_data.to_dict()
                agent_occupations.append(agent_occupations_item)

        agent_functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_functions, Unset):
            agent_functions = []
            for agent_functions_item_data in self.agent_functions:
                agent_functions_item = agent_functions_item_data.to_dict()
                agent_functions.append(agent_functions_item)

        agent_topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_topics, Unset):
            agent_topics = []
            for agent_topics_item_data in self.agent_topics:
                agent_topics_item = agent_topics_item_data.to_dict()
                agent_topics.append(agent_topics_item)

        agent_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_resources, Unset):
            agent_resources = []
            for agent_resources_item_data in self.agent_resources:
                agent_resources_item = agent_resources_item_data.to_dict()
                agent_resources.append(agent_resources_item)

        used_languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_languages, Unset):
            used_languages = []
            for used_languages_item_data in self.used_languages:
                used_languages_item = used_languages_item_data.to_dict()
                used_languages.append(used_languages_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item: dict[str, Any]
                if isinstance(notes_item_data, NoteBioghist):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteMandate):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteLegalStatus):
                    notes_item = notes_item_data.to_dict()
                elif isinstance(notes_item_data, NoteStructureOrGenealogy):
                    notes_item = notes_item_data.to_dict()
                else:
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

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

        linked_agent_roles: list[str] | Unset = UNSET
        if not isinstance(self.linked_agent_roles, Unset):
            linked_agent_roles = self.linked_agent_roles

        is_linked_to_published_record = self.is_linked_to_published_record

        used_within_repositories: list[str] | Unset = UNSET
        if not isinstance(self.used_within_repositories, Unset):
            used_within_repositories = self.used_within_repositories

        used_within_published_repositories: list[str] | Unset = UNSET
        if not isinstance(self.used_within_published_repositories, Unset):
            used_within_published_repositories = self.used_within_published_repositories

        system_generated = self.system_generated

        is_user = self.is_user

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
                "jsonmodel_type": jsonmodel_type,
                "names": names,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if title is not UNSET:
            field_dict["title"] = title
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if publish is not UNSET:
            field_dict["publish"] = publish
        if agent_type is not UNSET:
            field_dict["agent_type"] = agent_type
        if dates_of_existence is not UNSET:
            field_dict["dates_of_existence"] = dates_of_existence
        if agent_genders is not UNSET:
            field_dict["agent_genders"] = agent_genders
        if related_agents is not UNSET:
            field_dict["related_agents"] = related_agents
        if agent_contacts is not UNSET:
            field_dict["agent_contacts"] = agent_contacts
        if agent_record_controls is not UNSET:
            field_dict["agent_record_controls"] = agent_record_controls
        if agent_alternate_sets is not UNSET:
            field_dict["agent_alternate_sets"] = agent_alternate_sets
        if agent_conventions_declarations is not UNSET:
            field_dict["agent_conventions_declarations"] = (
                agent_conventions_declarations
            )
        if agent_other_agency_codes is not UNSET:
            field_dict["agent_other_agency_codes"] = agent_other_agency_codes
        if agent_maintenance_histories is not UNSET:
            field_dict["agent_maintenance_histories"] = agent_maintenance_histories
        if agent_record_identifiers is not UNSET:
            field_dict["agent_record_identifiers"] = agent_record_identifiers
        if agent_identifiers is not UNSET:
            field_dict["agent_identifiers"] = agent_identifiers
        if agent_sources is not UNSET:
            field_dict["agent_sources"] = agent_sources
        if agent_places is not UNSET:
            field_dict["agent_places"] = agent_places
        if agent_occupations is not UNSET:
            field_dict["agent_occupations"] = agent_occupations
        if agent_functions is not UNSET:
            field_dict["agent_functions"] = agent_functions
        if agent_topics is not UNSET:
            field_dict["agent_topics"] = agent_topics
        if agent_resources is not UNSET:
            field_dict["agent_resources"] = agent_resources
        if used_languages is not UNSET:
            field_dict["used_languages"] = used_languages
        if notes is not UNSET:
            field_dict["notes"] = notes
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if metadata_rights_declarations is not UNSET:
            field_dict["metadata_rights_declarations"] = metadata_rights_declarations
        if linked_agent_roles is not UNSET:
            field_dict["linked_agent_roles"] = linked_agent_roles
        if is_linked_to_published_record is not UNSET:
            field_dict["is_linked_to_published_record"] = is_linked_to_published_record
        if used_within_repositories is not UNSET:
            field_dict["used_within_repositories"] = used_within_repositories
        if used_within_published_repositories is not UNSET:
            field_dict["used_within_published_repositories"] = (
                used_within_published_repositories
            )
        if system_generated is not UNSET:
            field_dict["system_generated"] = system_generated
        if is_user is not UNSET:
            field_dict["is_user"] = is_user
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
        jsonmodel_type = cast("Literal['agent_person']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "agent_person":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_person', got '{jsonmodel_type}'"
            )

        names = []
        _names = d.pop("names")
        for names_item_data in _names:
            names_item = NamePerson.from_dict(names_item_data)

            names.append(names_item)

        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        _display_name = d.pop("display_name", UNSET)
        display_name: NamePerson | Unset
        if isinstance(_display_name, Unset):
            display_name = UNSET
        else:
            display_name = NamePerson.from_dict(_display_name)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        publish = d.pop("publish", UNSET)

        _agent_type = d.pop("agent_type", UNSET)
        agent_type: AgentPersonAgentType | Unset
        if isinstance(_agent_type, Unset):
            agent_type = UNSET
        else:
            agent_type = check_agent_person_agent_type(_agent_type)

        _dates_of_existence = d.pop("dates_of_existence", UNSET)
        dates_of_existence: list[StructuredDateLabel] | Unset = UNSET
        if _dates_of_existence is not UNSET:
            dates_of_existence = []
            for dates_of_existence_item_data in _dates_of_existence:
                dates_of_existence_item = StructuredDateLabel.from_dict(
                    dates_of_existence_item_data
                )

                dates_of_existence.append(dates_of_existence_item)

        _agent_genders = d.pop("agent_genders", UNSET)
        agent_genders: list[AgentGender] | Unset = UNSET
        if _agent_genders is not UNSET:
            agent_genders = []
            for agent_genders_item_data in _agent_genders:
                agent_genders_item = AgentGender.from_dict(agent_genders_item_data)

                agent_genders.append(agent_genders_item)

        _related_agents = d.pop("related_agents", UNSET)
        related_agents: (
            list[
                AgentRelationshipAssociative
                | AgentRelationshipEarlierlater
                | AgentRelationshipFamily
                | AgentRelationshipHierarchical
                | AgentRelationshipIdentity
                | AgentRelationshipParentchild
                | AgentRelationshipTemporal
            ]
            | Unset
        ) = UNSET
        if _related_agents is not UNSET:
            related_agents = []
            for related_agents_item_data in _related_agents:

                def _parse_related_agents_item(
                    data: object,
                ) -> (
                    AgentRelationshipAssociative
                    | AgentRelationshipEarlierlater
                    | AgentRelationshipFamily
                    | AgentRelationshipHierarchical
                    | AgentRelationshipIdentity
                    | AgentRelationshipParentchild
                    | AgentRelationshipTemporal
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_0 = (
                            AgentRelationshipParentchild.from_dict(data)
                        )

                        return related_agents_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_1 = (
                            AgentRelationshipEarlierlater.from_dict(data)
                        )

                        return related_agents_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_2 = (
                            AgentRelationshipIdentity.from_dict(data)
                        )

                        return related_agents_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_3 = (
                            AgentRelationshipHierarchical.from_dict(data)
                        )

                        return related_agents_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_4 = (
                            AgentRelationshipTemporal.from_dict(data)
                        )

                        return related_agents_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_agents_item_type_5 = AgentRelationshipFamily.from_dict(
                            data
                        )

                        return related_agents_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    related_agents_item_type_6 = AgentRelationshipAssociative.from_dict(
                        data
                    )

                    return related_agents_item_type_6

                related_agents_item = _parse_related_agents_item(
                    related_agents_item_data
                )

                related_agents.append(related_agents_item)

        _agent_contacts = d.pop("agent_contacts", UNSET)
        agent_contacts: list[AgentContact] | Unset = UNSET
        if _agent_contacts is not UNSET:
            agent_contacts = []
            for agent_contacts_item_data in _agent_contacts:
                agent_contacts_item = AgentContact.from_dict(agent_contacts_item_data)

                agent_contacts.append(agent_contacts_item)

        _agent_record_controls = d.pop("agent_record_controls", UNSET)
        agent_record_controls: list[AgentRecordControl] | Unset = UNSET
        if _agent_record_controls is not UNSET:
            agent_record_controls = []
            for agent_record_controls_item_data in _agent_record_controls:
                agent_record_controls_item = AgentRecordControl.from_dict(
                    agent_record_controls_item_data
                )

                agent_record_controls.append(agent_record_controls_item)

        _agent_alternate_sets = d.pop("agent_alternate_sets", UNSET)
        agent_alternate_sets: list[AgentAlternateSet] | Unset = UNSET
        if _agent_alternate_sets is not UNSET:
            agent_alternate_sets = []
            for agent_alternate_sets_item_data in _agent_alternate_sets:
                agent_alternate_sets_item = AgentAlternateSet.from_dict(
                    agent_alternate_sets_item_data
                )

                agent_alternate_sets.append(agent_alternate_sets_item)

        _agent_conventions_declarations = d.pop("agent_conventions_declarations", UNSET)
        agent_conventions_declarations: list[AgentConventionsDeclaration] | Unset = (
            UNSET
        )
        if _agent_conventions_declarations is not UNSET:
            agent_conventions_declarations = []
            for (
                agent_conventions_declarations_item_data
            ) in _agent_conventions_declarations:
                agent_conventions_declarations_item = (
                    AgentConventionsDeclaration.from_dict(
                        agent_conventions_declarations_item_data
                    )
                )

                agent_conventions_declarations.append(
                    agent_conventions_declarations_item
                )

        _agent_other_agency_codes = d.pop("agent_other_agency_codes", UNSET)
        agent_other_agency_codes: list[AgentOtherAgencyCodes] | Unset = UNSET
        if _agent_other_agency_codes is not UNSET:
            agent_other_agency_codes = []
            for agent_other_agency_codes_item_data in _agent_other_agency_codes:
                agent_other_agency_codes_item = AgentOtherAgencyCodes.from_dict(
                    agent_other_agency_codes_item_data
                )

                agent_other_agency_codes.append(agent_other_agency_codes_item)

        _agent_maintenance_histories = d.pop("agent_maintenance_histories", UNSET)
        agent_maintenance_histories: list[AgentMaintenanceHistory] | Unset = UNSET
        if _agent_maintenance_histories is not UNSET:
            agent_maintenance_histories = []
            for agent_maintenance_histories_item_data in _agent_maintenance_histories:
                agent_maintenance_histories_item = AgentMaintenanceHistory.from_dict(
                    agent_maintenance_histories_item_data
                )

                agent_maintenance_histories.append(agent_maintenance_histories_item)

        _agent_record_identifiers = d.pop("agent_record_identifiers", UNSET)
        agent_record_identifiers: list[AgentRecordIdentifier] | Unset = UNSET
        if _agent_record_identifiers is not UNSET:
            agent_record_identifiers = []
            for agent_record_identifiers_item_data in _agent_record_identifiers:
                agent_record_identifiers_item = AgentRecordIdentifier.from_dict(
                    agent_record_identifiers_item_data
                )

                agent_record_identifiers.append(agent_record_identifiers_item)

        _agent_identifiers = d.pop("agent_identifiers", UNSET)
        agent_identifiers: list[AgentIdentifier] | Unset = UNSET
        if _agent_identifiers is not UNSET:
            agent_identifiers = []
            for agent_identifiers_item_data in _agent_identifiers:
                agent_identifiers_item = AgentIdentifier.from_dict(
                    agent_identifiers_item_data
                )

                agent_identifiers.append(agent_identifiers_item)

        _agent_sources = d.pop("agent_sources", UNSET)
        agent_sources: list[AgentSources] | Unset = UNSET
        if _agent_sources is not UNSET:
            agent_sources = []
            for agent_sources_item_data in _agent_sources:
                agent_sources_item = AgentSources.from_dict(agent_sources_item_data)

                agent_sources.append(agent_sources_item)

        _agent_places = d.pop("agent_places", UNSET)
        agent_places: list[AgentPlace] | Unset = UNSET
        if _agent_places is not UNSET:
            agent_places = []
            for agent_places_item_data in _agent_places:
                agent_places_item = AgentPlace.from_dict(agent_places_item_data)

                agent_places.append(agent_places_item)

        _agent_occupations = d.pop("agent_occupations", UNSET)
        agent_occupations: list[AgentOccupation] | Unset = UNSET
        if _agent_occupations is not UNSET:
            agent_occupations = []
            for agent_occupations_item_data in _agent_occupations:
                agent_occupations_item = AgentOccupation.from_dict(
                    agent_occupations_item_data
                )

                agent_occupations.append(agent_occupations_item)

        _agent_functions = d.pop("agent_functions", UNSET)
        agent_functions: list[AgentFunction] | Unset = UNSET
        if _agent_functions is not UNSET:
            agent_functions = []
            for agent_functions_item_data in _agent_functions:
                agent_functions_item = AgentFunction.from_dict(
                    agent_functions_item_data
                )

                agent_functions.append(agent_functions_item)

        _agent_topics = d.pop("agent_topics", UNSET)
        agent_topics: list[AgentTopic] | Unset = UNSET
        if _agent_topics is not UNSET:
            agent_topics = []
            for agent_topics_item_data in _agent_topics:
                agent_topics_item = AgentTopic.from_dict(agent_topics_item_data)

                agent_topics.append(agent_topics_item)

        _agent_resources = d.pop("agent_resources", UNSET)
        agent_resources: list[AgentResource] | Unset = UNSET
        if _agent_resources is not UNSET:
            agent_resources = []
            for agent_resources_item_data in _agent_resources:
                agent_resources_item = AgentResource.from_dict(
                    agent_resources_item_data
                )

                agent_resources.append(agent_resources_item)

        _used_languages = d.pop("used_languages", UNSET)
        used_languages: list[UsedLanguage] | Unset = UNSET
        if _used_languages is not UNSET:
            used_languages = []
            for used_languages_item_data in _used_languages:
                used_languages_item = UsedLanguage.from_dict(used_languages_item_data)

                used_languages.append(used_languages_item)

        _notes = d.pop("notes", UNSET)
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
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:

                def _parse_notes_item(
                    data: object,
                ) -> (
                    NoteBioghist
                    | NoteGeneralContext
                    | NoteLegalStatus
                    | NoteMandate
                    | NoteStructureOrGenealogy
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_0 = NoteBioghist.from_dict(data)

                        return notes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_1 = NoteMandate.from_dict(data)

                        return notes_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_2 = NoteLegalStatus.from_dict(data)

                        return notes_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_3 = NoteStructureOrGenealogy.from_dict(data)

                        return notes_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    notes_item_type_4 = NoteGeneralContext.from_dict(data)

                    return notes_item_type_4

                notes_item = _parse_notes_item(notes_item_data)

                notes.append(notes_item)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        _metadata_rights_declarations = d.pop("metadata_rights_declarations", UNSET)
        metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
        if _metadata_rights_declarations is not UNSET:
            metadata_rights_declarations = []
            for metadata_rights_declarations_item_data in _metadata_rights_declarations:
                metadata_rights_declarations_item = MetadataRightsDeclaration.from_dict(
                    metadata_rights_declarations_item_data
                )

                metadata_rights_declarations.append(metadata_rights_declarations_item)

        linked_agent_roles = cast("list[str]", d.pop("linked_agent_roles", UNSET))

        is_linked_to_published_record = d.pop("is_linked_to_published_record", UNSET)

        used_within_repositories = cast(
            "list[str]", d.pop("used_within_repositories", UNSET)
        )

        used_within_published_repositories = cast(
            "list[str]", d.pop("used_within_published_repositories", UNSET)
        )

        system_generated = d.pop("system_generated", UNSET)

        is_user = d.pop("is_user", UNSET)

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
            jsonmodel_type=jsonmodel_type,
            names=names,
            uri=uri,
            title=title,
            display_name=display_name,
            slug=slug,
            is_slug_auto=is_slug_auto,
            publish=publish,
            agent_type=agent_type,
            dates_of_existence=dates_of_existence,
            agent_genders=agent_genders,
            related_agents=related_agents,
            agent_contacts=agent_contacts,
            agent_record_controls=agent_record_controls,
            agent_alternate_sets=agent_alternate_sets,
            agent_conventions_declarations=agent_conventions_declarations,
            agent_other_agency_codes=agent_other_agency_codes,
            agent_maintenance_histories=agent_maintenance_histories,
            agent_record_identifiers=agent_record_identifiers,
            agent_identifiers=agent_identifiers,
            agent_sources=agent_sources,
            agent_places=agent_places,
            agent_occupations=agent_occupations,
            agent_functions=agent_functions,
            agent_topics=agent_topics,
            agent_resources=agent_resources,
            used_languages=used_languages,
            notes=notes,
            external_documents=external_documents,
            metadata_rights_declarations=metadata_rights_declarations,
            linked_agent_roles=linked_agent_roles,
            is_linked_to_published_record=is_linked_to_published_record,
            used_within_repositories=used_within_repositories,
            used_within_published_repositories=used_within_published_repositories,
            system_generated=system_generated,
            is_user=is_user,
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
