"""Every operation of the API, grouped in namespaces (one per tag), for a client class to inherit.

A client mixes in :class:`Namespaces` (or :class:`AsyncNamespaces`) and sets ``_invoker``: the object that sends
a generated operation through its session and turns error answers into exceptions. The namespaces are created on
first use, so a client that touches one tag imports only that tag's code.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from .accessions import AccessionsNamespace, AsyncAccessionsNamespace
    from .agents_corporate_entities import (
        AgentsCorporateEntitiesNamespace,
        AsyncAgentsCorporateEntitiesNamespace,
    )
    from .agents_families import AgentsFamiliesNamespace, AsyncAgentsFamiliesNamespace
    from .agents_people import AgentsPeopleNamespace, AsyncAgentsPeopleNamespace
    from .agents_software import AgentsSoftwareNamespace, AsyncAgentsSoftwareNamespace
    from .archival_contexts import (
        ArchivalContextsNamespace,
        AsyncArchivalContextsNamespace,
    )
    from .archival_objects import (
        ArchivalObjectsNamespace,
        AsyncArchivalObjectsNamespace,
    )
    from .assessment_attribute_definitions import (
        AssessmentAttributeDefinitionsNamespace,
        AsyncAssessmentAttributeDefinitionsNamespace,
    )
    from .assessments import AssessmentsNamespace, AsyncAssessmentsNamespace
    from .batch_delete import AsyncBatchDeleteNamespace, BatchDeleteNamespace
    from .batch_imports import AsyncBatchImportsNamespace, BatchImportsNamespace
    from .bulk_archival_object_updater import (
        AsyncBulkArchivalObjectUpdaterNamespace,
        BulkArchivalObjectUpdaterNamespace,
    )
    from .by_external_id import AsyncByExternalIdNamespace, ByExternalIdNamespace
    from .classification_terms import (
        AsyncClassificationTermsNamespace,
        ClassificationTermsNamespace,
    )
    from .classifications import AsyncClassificationsNamespace, ClassificationsNamespace
    from .collection_management import (
        AsyncCollectionManagementNamespace,
        CollectionManagementNamespace,
    )
    from .component_transfers import (
        AsyncComponentTransfersNamespace,
        ComponentTransfersNamespace,
    )
    from .container_profiles import (
        AsyncContainerProfilesNamespace,
        ContainerProfilesNamespace,
    )
    from .custom_report_templates import (
        AsyncCustomReportTemplatesNamespace,
        CustomReportTemplatesNamespace,
    )
    from .date_calculator import AsyncDateCalculatorNamespace, DateCalculatorNamespace
    from .default_values import AsyncDefaultValuesNamespace, DefaultValuesNamespace
    from .delete_feed import AsyncDeleteFeedNamespace, DeleteFeedNamespace
    from .digital_object_components import (
        AsyncDigitalObjectComponentsNamespace,
        DigitalObjectComponentsNamespace,
    )
    from .digital_objects import AsyncDigitalObjectsNamespace, DigitalObjectsNamespace
    from .enumeration_values import (
        AsyncEnumerationValuesNamespace,
        EnumerationValuesNamespace,
    )
    from .enumerations import AsyncEnumerationsNamespace, EnumerationsNamespace
    from .events import AsyncEventsNamespace, EventsNamespace
    from .extent_calculator import (
        AsyncExtentCalculatorNamespace,
        ExtentCalculatorNamespace,
    )
    from .groups import AsyncGroupsNamespace, GroupsNamespace
    from .jobs import AsyncJobsNamespace, JobsNamespace
    from .location_profiles import (
        AsyncLocationProfilesNamespace,
        LocationProfilesNamespace,
    )
    from .locations import AsyncLocationsNamespace, LocationsNamespace
    from .merge_requests import AsyncMergeRequestsNamespace, MergeRequestsNamespace
    from .notifications import AsyncNotificationsNamespace, NotificationsNamespace
    from .oai import AsyncOaiNamespace, OaiNamespace
    from .oai_config import AsyncOaiConfigNamespace, OaiConfigNamespace
    from .permissions import AsyncPermissionsNamespace, PermissionsNamespace
    from .preferences import AsyncPreferencesNamespace, PreferencesNamespace
    from .rde_templates import AsyncRdeTemplatesNamespace, RdeTemplatesNamespace
    from .reports import AsyncReportsNamespace, ReportsNamespace
    from .repositories import AsyncRepositoriesNamespace, RepositoriesNamespace
    from .required_fields import AsyncRequiredFieldsNamespace, RequiredFieldsNamespace
    from .resource_descriptions import (
        AsyncResourceDescriptionsNamespace,
        ResourceDescriptionsNamespace,
    )
    from .resource_labels import AsyncResourceLabelsNamespace, ResourceLabelsNamespace
    from .resources import AsyncResourcesNamespace, ResourcesNamespace
    from .schemas import AsyncSchemasNamespace, SchemasNamespace
    from .search import AsyncSearchNamespace, SearchNamespace
    from .slug import AsyncSlugNamespace, SlugNamespace
    from .space_calculator import (
        AsyncSpaceCalculatorNamespace,
        SpaceCalculatorNamespace,
    )
    from .subjects import AsyncSubjectsNamespace, SubjectsNamespace
    from .system import AsyncSystemNamespace, SystemNamespace
    from .terms import AsyncTermsNamespace, TermsNamespace
    from .top_containers import AsyncTopContainersNamespace, TopContainersNamespace
    from .update_feed import AsyncUpdateFeedNamespace, UpdateFeedNamespace
    from .update_monitor import AsyncUpdateMonitorNamespace, UpdateMonitorNamespace
    from .users import AsyncUsersNamespace, UsersNamespace
    from .version import AsyncVersionNamespace, VersionNamespace
    from .vocabularies import AsyncVocabulariesNamespace, VocabulariesNamespace

T = TypeVar("T")


class Pager(Protocol[T]):
    """Every record of a paginated listing, fetched page by page as you iterate."""

    def __iter__(self) -> Iterator[T]: ...

    def by_page(self) -> Iterator[list[T]]: ...


class AsyncPager(Protocol[T]):
    """Every record of a paginated listing, fetched page by page as you iterate with ``async for``."""

    def __aiter__(self) -> AsyncIterator[T]: ...

    def by_page(self) -> AsyncIterator[list[T]]: ...


class Invoker(Protocol):
    """What a namespace needs from its client (implemented by the hand-written overlay)."""

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any: ...

    def pages(
        self, style: str, operation: Callable[..., Any], /, **kwargs: Any
    ) -> Any: ...

    def ids(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any: ...

    def get_many(
        self, operation: Callable[..., Any], ids: Any, /, **kwargs: Any
    ) -> Any: ...


class Namespace:
    """Base of the synchronous namespaces."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker


class AsyncNamespace:
    """Base of the asynchronous namespaces; ``call`` answers an awaitable."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker


class Namespaces:
    """One attribute per tag of the spec."""

    _invoker: Invoker

    @cached_property
    def accessions(self) -> AccessionsNamespace:
        """Accessions, the records of material received: create, update, suppress, transfer to another
        repository, and list the boxes they are in."""
        from .accessions import AccessionsNamespace

        return AccessionsNamespace(self._invoker)

    @cached_property
    def agents_corporate_entities(self) -> AgentsCorporateEntitiesNamespace:
        """Corporate entity agents (organisations, bodies, meetings), their publication and MARC 21 authority
        exports."""
        from .agents_corporate_entities import AgentsCorporateEntitiesNamespace

        return AgentsCorporateEntitiesNamespace(self._invoker)

    @cached_property
    def agents_families(self) -> AgentsFamiliesNamespace:
        """Family agents, their publication and MARC 21 authority exports."""
        from .agents_families import AgentsFamiliesNamespace

        return AgentsFamiliesNamespace(self._invoker)

    @cached_property
    def agents_people(self) -> AgentsPeopleNamespace:
        """Person agents (creators, subjects and sources of records), their publication and MARC 21 authority
        exports."""
        from .agents_people import AgentsPeopleNamespace

        return AgentsPeopleNamespace(self._invoker)

    @cached_property
    def agents_software(self) -> AgentsSoftwareNamespace:
        """Software agents, programs that acted on records."""
        from .agents_software import AgentsSoftwareNamespace

        return AgentsSoftwareNamespace(self._invoker)

    @cached_property
    def archival_contexts(self) -> ArchivalContextsNamespace:
        """EAC-CPF exports of person, corporate entity and family agents."""
        from .archival_contexts import ArchivalContextsNamespace

        return ArchivalContextsNamespace(self._invoker)

    @cached_property
    def archival_objects(self) -> ArchivalObjectsNamespace:
        """Archival objects, the components of a resource's tree: create (singly or in batches), move, publish,
        suppress, and find them by ref_id or component id."""
        from .archival_objects import ArchivalObjectsNamespace

        return ArchivalObjectsNamespace(self._invoker)

    @cached_property
    def assessment_attribute_definitions(
        self,
    ) -> AssessmentAttributeDefinitionsNamespace:
        """The ratings, formats and conservation issues that a repository's assessments can record."""
        from .assessment_attribute_definitions import (
            AssessmentAttributeDefinitionsNamespace,
        )

        return AssessmentAttributeDefinitionsNamespace(self._invoker)

    @cached_property
    def assessments(self) -> AssessmentsNamespace:
        """Assessments (surveys) of records."""
        from .assessments import AssessmentsNamespace

        return AssessmentsNamespace(self._invoker)

    @cached_property
    def batch_delete(self) -> BatchDeleteNamespace:
        """Deletes of many records, by URI, in one request."""
        from .batch_delete import BatchDeleteNamespace

        return BatchDeleteNamespace(self._invoker)

    @cached_property
    def batch_imports(self) -> BatchImportsNamespace:
        """Imports of many linked records in one request."""
        from .batch_imports import BatchImportsNamespace

        return BatchImportsNamespace(self._invoker)

    @cached_property
    def bulk_archival_object_updater(self) -> BulkArchivalObjectUpdaterNamespace:
        """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
        workbook here, load it back with a `bulk_archival_object_updater_job`."""
        from .bulk_archival_object_updater import BulkArchivalObjectUpdaterNamespace

        return BulkArchivalObjectUpdaterNamespace(self._invoker)

    @cached_property
    def by_external_id(self) -> ByExternalIdNamespace:
        """Finding records by the external ids they carry."""
        from .by_external_id import ByExternalIdNamespace

        return ByExternalIdNamespace(self._invoker)

    @cached_property
    def classification_terms(self) -> ClassificationTermsNamespace:
        """The terms of classifications, their children and their moves within the tree."""
        from .classification_terms import ClassificationTermsNamespace

        return ClassificationTermsNamespace(self._invoker)

    @cached_property
    def classifications(self) -> ClassificationsNamespace:
        """Classifications (filing schemes) and their trees of terms."""
        from .classifications import ClassificationsNamespace

        return ClassificationsNamespace(self._invoker)

    @cached_property
    def collection_management(self) -> CollectionManagementNamespace:
        """Collection management subrecords, read by id."""
        from .collection_management import CollectionManagementNamespace

        return CollectionManagementNamespace(self._invoker)

    @cached_property
    def component_transfers(self) -> ComponentTransfersNamespace:
        """Moves of archival objects, with everything below them, from one resource to another."""
        from .component_transfers import ComponentTransfersNamespace

        return ComponentTransfersNamespace(self._invoker)

    @cached_property
    def container_profiles(self) -> ContainerProfilesNamespace:
        """Container profiles, the sizes of container models, shared by all repositories."""
        from .container_profiles import ContainerProfilesNamespace

        return ContainerProfilesNamespace(self._invoker)

    @cached_property
    def custom_report_templates(self) -> CustomReportTemplatesNamespace:
        """Saved custom report templates of a repository."""
        from .custom_report_templates import CustomReportTemplatesNamespace

        return CustomReportTemplatesNamespace(self._invoker)

    @cached_property
    def date_calculator(self) -> DateCalculatorNamespace:
        """The date range of a resource or archival object, calculated from its tree's dates."""
        from .date_calculator import DateCalculatorNamespace

        return DateCalculatorNamespace(self._invoker)

    @cached_property
    def default_values(self) -> DefaultValuesNamespace:
        """The values new records of a type start with in a repository."""
        from .default_values import DefaultValuesNamespace

        return DefaultValuesNamespace(self._invoker)

    @cached_property
    def delete_feed(self) -> DeleteFeedNamespace:
        """The feed of deleted records' URIs, for indexers."""
        from .delete_feed import DeleteFeedNamespace

        return DeleteFeedNamespace(self._invoker)

    @cached_property
    def digital_object_components(self) -> DigitalObjectComponentsNamespace:
        """The components of digital objects, their children and their moves within the tree."""
        from .digital_object_components import DigitalObjectComponentsNamespace

        return DigitalObjectComponentsNamespace(self._invoker)

    @cached_property
    def digital_objects(self) -> DigitalObjectsNamespace:
        """Digital objects: create, publish, suppress, transfer, walk their component trees, and export them as
        Dublin Core, METS or MODS."""
        from .digital_objects import DigitalObjectsNamespace

        return DigitalObjectsNamespace(self._invoker)

    @cached_property
    def enumeration_values(self) -> EnumerationValuesNamespace:
        """The single values of the enumerations."""
        from .enumeration_values import EnumerationValuesNamespace

        return EnumerationValuesNamespace(self._invoker)

    @cached_property
    def enumerations(self) -> EnumerationsNamespace:
        """The controlled value lists behind the editable ("dynamic") enumerated properties."""
        from .enumerations import EnumerationsNamespace

        return EnumerationsNamespace(self._invoker)

    @cached_property
    def events(self) -> EventsNamespace:
        """Events that link agents to the records they acted on."""
        from .events import EventsNamespace

        return EventsNamespace(self._invoker)

    @cached_property
    def extent_calculator(self) -> ExtentCalculatorNamespace:
        """The extent of a resource or archival object, calculated from its containers' profiles."""
        from .extent_calculator import ExtentCalculatorNamespace

        return ExtentCalculatorNamespace(self._invoker)

    @cached_property
    def groups(self) -> GroupsNamespace:
        """The user groups of a repository and the permissions they grant."""
        from .groups import GroupsNamespace

        return GroupsNamespace(self._invoker)

    @cached_property
    def jobs(self) -> JobsNamespace:
        """Background jobs of a repository (imports, reports, PDFs, find-and-replace, bulk updates...): queue
        them, follow their status and log, fetch their output files and the records they made."""
        from .jobs import JobsNamespace

        return JobsNamespace(self._invoker)

    @cached_property
    def location_profiles(self) -> LocationProfilesNamespace:
        """Location profiles, the sizes of shelves and other locations."""
        from .location_profiles import LocationProfilesNamespace

        return LocationProfilesNamespace(self._invoker)

    @cached_property
    def locations(self) -> LocationsNamespace:
        """Locations where containers are kept, shared by all repositories, created singly or in batches."""
        from .locations import LocationsNamespace

        return LocationsNamespace(self._invoker)

    @cached_property
    def merge_requests(self) -> MergeRequestsNamespace:
        """Merging subjects, agents, container profiles, top containers, resources and digital objects."""
        from .merge_requests import MergeRequestsNamespace

        return MergeRequestsNamespace(self._invoker)

    @cached_property
    def notifications(self) -> NotificationsNamespace:
        """The long-poll feed of backend notifications."""
        from .notifications import NotificationsNamespace

        return NotificationsNamespace(self._invoker)

    @cached_property
    def oai(self) -> OaiNamespace:
        """The OAI-PMH provider."""
        from .oai import OaiNamespace

        return OaiNamespace(self._invoker)

    @cached_property
    def oai_config(self) -> OaiConfigNamespace:
        """The OAI-PMH provider's configuration."""
        from .oai_config import OaiConfigNamespace

        return OaiConfigNamespace(self._invoker)

    @cached_property
    def permissions(self) -> PermissionsNamespace:
        """The permissions that groups can grant."""
        from .permissions import PermissionsNamespace

        return PermissionsNamespace(self._invoker)

    @cached_property
    def preferences(self) -> PreferencesNamespace:
        """Staff interface settings of the system, a repository, a user, or a user in a repository."""
        from .preferences import PreferencesNamespace

        return PreferencesNamespace(self._invoker)

    @cached_property
    def rde_templates(self) -> RdeTemplatesNamespace:
        """Saved layouts of the Rapid Data Entry form."""
        from .rde_templates import RdeTemplatesNamespace

        return RdeTemplatesNamespace(self._invoker)

    @cached_property
    def reports(self) -> ReportsNamespace:
        """The reports a server can run (as report jobs), the fields custom reports can use, report assets."""
        from .reports import ReportsNamespace

        return ReportsNamespace(self._invoker)

    @cached_property
    def repositories(self) -> RepositoriesNamespace:
        """Repositories, with or without the agent that represents them, their order, and wholesale transfers."""
        from .repositories import RepositoriesNamespace

        return RepositoriesNamespace(self._invoker)

    @cached_property
    def required_fields(self) -> RequiredFieldsNamespace:
        """Extra required subrecords and fields a repository sets for agent records."""
        from .required_fields import RequiredFieldsNamespace

        return RequiredFieldsNamespace(self._invoker)

    @cached_property
    def resource_descriptions(self) -> ResourceDescriptionsNamespace:
        """EAD finding aids of resources (EAD 2002 or EAD3)."""
        from .resource_descriptions import ResourceDescriptionsNamespace

        return ResourceDescriptionsNamespace(self._invoker)

    @cached_property
    def resource_labels(self) -> ResourceLabelsNamespace:
        """Printable container labels of resources."""
        from .resource_labels import ResourceLabelsNamespace

        return ResourceLabelsNamespace(self._invoker)

    @cached_property
    def resources(self) -> ResourcesNamespace:
        """Resources (collections and their finding aids): create, publish, suppress, transfer, walk their
        archival object trees, reorder them, find them by identifier, and export them as MARC 21 or CSV
        templates."""
        from .resources import ResourcesNamespace

        return ResourcesNamespace(self._invoker)

    @cached_property
    def schemas(self) -> SchemasNamespace:
        """The JSONModel schemas as the server serves them."""
        from .schemas import SchemasNamespace

        return SchemasNamespace(self._invoker)

    @cached_property
    def search(self) -> SearchNamespace:
        """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
        and location profiles), index documents by URI, and counts of record types."""
        from .search import SearchNamespace

        return SearchNamespace(self._invoker)

    @cached_property
    def slug(self) -> SlugNamespace:
        """Look-ups of public-interface slugs."""
        from .slug import SlugNamespace

        return SlugNamespace(self._invoker)

    @cached_property
    def space_calculator(self) -> SpaceCalculatorNamespace:
        """How many containers of a profile still fit in given locations or a building."""
        from .space_calculator import SpaceCalculatorNamespace

        return SpaceCalculatorNamespace(self._invoker)

    @cached_property
    def subjects(self) -> SubjectsNamespace:
        """Subjects, the controlled headings built from vocabulary terms."""
        from .subjects import SubjectsNamespace

        return SubjectsNamespace(self._invoker)

    @cached_property
    def system(self) -> SystemNamespace:
        """Diagnostics, logs and events of the running system."""
        from .system import SystemNamespace

        return SystemNamespace(self._invoker)

    @cached_property
    def terms(self) -> TermsNamespace:
        """Finding subject terms by prefix."""
        from .terms import TermsNamespace

        return TermsNamespace(self._invoker)

    @cached_property
    def top_containers(self) -> TopContainersNamespace:
        """Top containers (boxes, cartons, reels...): CRUD, a raw Solr search, and batch or bulk changes of
        barcodes, indicators, ILS holding ids, profiles and locations."""
        from .top_containers import TopContainersNamespace

        return TopContainersNamespace(self._invoker)

    @cached_property
    def update_feed(self) -> UpdateFeedNamespace:
        """The long-poll feed of changed records, for indexers."""
        from .update_feed import UpdateFeedNamespace

        return UpdateFeedNamespace(self._invoker)

    @cached_property
    def update_monitor(self) -> UpdateMonitorNamespace:
        """The monitor of records being edited at the same time."""
        from .update_monitor import UpdateMonitorNamespace

        return UpdateMonitorNamespace(self._invoker)

    @cached_property
    def users(self) -> UsersNamespace:
        """Users, their logins and sessions, and their permissions."""
        from .users import UsersNamespace

        return UsersNamespace(self._invoker)

    @cached_property
    def version(self) -> VersionNamespace:
        """The ArchivesSpace version."""
        from .version import VersionNamespace

        return VersionNamespace(self._invoker)

    @cached_property
    def vocabularies(self) -> VocabulariesNamespace:
        """Vocabularies and the terms they hold."""
        from .vocabularies import VocabulariesNamespace

        return VocabulariesNamespace(self._invoker)


class AsyncNamespaces:
    """One attribute per tag of the spec (asynchronous)."""

    _invoker: Invoker

    @cached_property
    def accessions(self) -> AsyncAccessionsNamespace:
        """Accessions, the records of material received: create, update, suppress, transfer to another
        repository, and list the boxes they are in."""
        from .accessions import AsyncAccessionsNamespace

        return AsyncAccessionsNamespace(self._invoker)

    @cached_property
    def agents_corporate_entities(self) -> AsyncAgentsCorporateEntitiesNamespace:
        """Corporate entity agents (organisations, bodies, meetings), their publication and MARC 21 authority
        exports."""
        from .agents_corporate_entities import AsyncAgentsCorporateEntitiesNamespace

        return AsyncAgentsCorporateEntitiesNamespace(self._invoker)

    @cached_property
    def agents_families(self) -> AsyncAgentsFamiliesNamespace:
        """Family agents, their publication and MARC 21 authority exports."""
        from .agents_families import AsyncAgentsFamiliesNamespace

        return AsyncAgentsFamiliesNamespace(self._invoker)

    @cached_property
    def agents_people(self) -> AsyncAgentsPeopleNamespace:
        """Person agents (creators, subjects and sources of records), their publication and MARC 21 authority
        exports."""
        from .agents_people import AsyncAgentsPeopleNamespace

        return AsyncAgentsPeopleNamespace(self._invoker)

    @cached_property
    def agents_software(self) -> AsyncAgentsSoftwareNamespace:
        """Software agents, programs that acted on records."""
        from .agents_software import AsyncAgentsSoftwareNamespace

        return AsyncAgentsSoftwareNamespace(self._invoker)

    @cached_property
    def archival_contexts(self) -> AsyncArchivalContextsNamespace:
        """EAC-CPF exports of person, corporate entity and family agents."""
        from .archival_contexts import AsyncArchivalContextsNamespace

        return AsyncArchivalContextsNamespace(self._invoker)

    @cached_property
    def archival_objects(self) -> AsyncArchivalObjectsNamespace:
        """Archival objects, the components of a resource's tree: create (singly or in batches), move, publish,
        suppress, and find them by ref_id or component id."""
        from .archival_objects import AsyncArchivalObjectsNamespace

        return AsyncArchivalObjectsNamespace(self._invoker)

    @cached_property
    def assessment_attribute_definitions(
        self,
    ) -> AsyncAssessmentAttributeDefinitionsNamespace:
        """The ratings, formats and conservation issues that a repository's assessments can record."""
        from .assessment_attribute_definitions import (
            AsyncAssessmentAttributeDefinitionsNamespace,
        )

        return AsyncAssessmentAttributeDefinitionsNamespace(self._invoker)

    @cached_property
    def assessments(self) -> AsyncAssessmentsNamespace:
        """Assessments (surveys) of records."""
        from .assessments import AsyncAssessmentsNamespace

        return AsyncAssessmentsNamespace(self._invoker)

    @cached_property
    def batch_delete(self) -> AsyncBatchDeleteNamespace:
        """Deletes of many records, by URI, in one request."""
        from .batch_delete import AsyncBatchDeleteNamespace

        return AsyncBatchDeleteNamespace(self._invoker)

    @cached_property
    def batch_imports(self) -> AsyncBatchImportsNamespace:
        """Imports of many linked records in one request."""
        from .batch_imports import AsyncBatchImportsNamespace

        return AsyncBatchImportsNamespace(self._invoker)

    @cached_property
    def bulk_archival_object_updater(self) -> AsyncBulkArchivalObjectUpdaterNamespace:
        """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
        workbook here, load it back with a `bulk_archival_object_updater_job`."""
        from .bulk_archival_object_updater import (
            AsyncBulkArchivalObjectUpdaterNamespace,
        )

        return AsyncBulkArchivalObjectUpdaterNamespace(self._invoker)

    @cached_property
    def by_external_id(self) -> AsyncByExternalIdNamespace:
        """Finding records by the external ids they carry."""
        from .by_external_id import AsyncByExternalIdNamespace

        return AsyncByExternalIdNamespace(self._invoker)

    @cached_property
    def classification_terms(self) -> AsyncClassificationTermsNamespace:
        """The terms of classifications, their children and their moves within the tree."""
        from .classification_terms import AsyncClassificationTermsNamespace

        return AsyncClassificationTermsNamespace(self._invoker)

    @cached_property
    def classifications(self) -> AsyncClassificationsNamespace:
        """Classifications (filing schemes) and their trees of terms."""
        from .classifications import AsyncClassificationsNamespace

        return AsyncClassificationsNamespace(self._invoker)

    @cached_property
    def collection_management(self) -> AsyncCollectionManagementNamespace:
        """Collection management subrecords, read by id."""
        from .collection_management import AsyncCollectionManagementNamespace

        return AsyncCollectionManagementNamespace(self._invoker)

    @cached_property
    def component_transfers(self) -> AsyncComponentTransfersNamespace:
        """Moves of archival objects, with everything below them, from one resource to another."""
        from .component_transfers import AsyncComponentTransfersNamespace

        return AsyncComponentTransfersNamespace(self._invoker)

    @cached_property
    def container_profiles(self) -> AsyncContainerProfilesNamespace:
        """Container profiles, the sizes of container models, shared by all repositories."""
        from .container_profiles import AsyncContainerProfilesNamespace

        return AsyncContainerProfilesNamespace(self._invoker)

    @cached_property
    def custom_report_templates(self) -> AsyncCustomReportTemplatesNamespace:
        """Saved custom report templates of a repository."""
        from .custom_report_templates import AsyncCustomReportTemplatesNamespace

        return AsyncCustomReportTemplatesNamespace(self._invoker)

    @cached_property
    def date_calculator(self) -> AsyncDateCalculatorNamespace:
        """The date range of a resource or archival object, calculated from its tree's dates."""
        from .date_calculator import AsyncDateCalculatorNamespace

        return AsyncDateCalculatorNamespace(self._invoker)

    @cached_property
    def default_values(self) -> AsyncDefaultValuesNamespace:
        """The values new records of a type start with in a repository."""
        from .default_values import AsyncDefaultValuesNamespace

        return AsyncDefaultValuesNamespace(self._invoker)

    @cached_property
    def delete_feed(self) -> AsyncDeleteFeedNamespace:
        """The feed of deleted records' URIs, for indexers."""
        from .delete_feed import AsyncDeleteFeedNamespace

        return AsyncDeleteFeedNamespace(self._invoker)

    @cached_property
    def digital_object_components(self) -> AsyncDigitalObjectComponentsNamespace:
        """The components of digital objects, their children and their moves within the tree."""
        from .digital_object_components import AsyncDigitalObjectComponentsNamespace

        return AsyncDigitalObjectComponentsNamespace(self._invoker)

    @cached_property
    def digital_objects(self) -> AsyncDigitalObjectsNamespace:
        """Digital objects: create, publish, suppress, transfer, walk their component trees, and export them as
        Dublin Core, METS or MODS."""
        from .digital_objects import AsyncDigitalObjectsNamespace

        return AsyncDigitalObjectsNamespace(self._invoker)

    @cached_property
    def enumeration_values(self) -> AsyncEnumerationValuesNamespace:
        """The single values of the enumerations."""
        from .enumeration_values import AsyncEnumerationValuesNamespace

        return AsyncEnumerationValuesNamespace(self._invoker)

    @cached_property
    def enumerations(self) -> AsyncEnumerationsNamespace:
        """The controlled value lists behind the editable ("dynamic") enumerated properties."""
        from .enumerations import AsyncEnumerationsNamespace

        return AsyncEnumerationsNamespace(self._invoker)

    @cached_property
    def events(self) -> AsyncEventsNamespace:
        """Events that link agents to the records they acted on."""
        from .events import AsyncEventsNamespace

        return AsyncEventsNamespace(self._invoker)

    @cached_property
    def extent_calculator(self) -> AsyncExtentCalculatorNamespace:
        """The extent of a resource or archival object, calculated from its containers' profiles."""
        from .extent_calculator import AsyncExtentCalculatorNamespace

        return AsyncExtentCalculatorNamespace(self._invoker)

    @cached_property
    def groups(self) -> AsyncGroupsNamespace:
        """The user groups of a repository and the permissions they grant."""
        from .groups import AsyncGroupsNamespace

        return AsyncGroupsNamespace(self._invoker)

    @cached_property
    def jobs(self) -> AsyncJobsNamespace:
        """Background jobs of a repository (imports, reports, PDFs, find-and-replace, bulk updates...): queue
        them, follow their status and log, fetch their output files and the records they made."""
        from .jobs import AsyncJobsNamespace

        return AsyncJobsNamespace(self._invoker)

    @cached_property
    def location_profiles(self) -> AsyncLocationProfilesNamespace:
        """Location profiles, the sizes of shelves and other locations."""
        from .location_profiles import AsyncLocationProfilesNamespace

        return AsyncLocationProfilesNamespace(self._invoker)

    @cached_property
    def locations(self) -> AsyncLocationsNamespace:
        """Locations where containers are kept, shared by all repositories, created singly or in batches."""
        from .locations import AsyncLocationsNamespace

        return AsyncLocationsNamespace(self._invoker)

    @cached_property
    def merge_requests(self) -> AsyncMergeRequestsNamespace:
        """Merging subjects, agents, container profiles, top containers, resources and digital objects."""
        from .merge_requests import AsyncMergeRequestsNamespace

        return AsyncMergeRequestsNamespace(self._invoker)

    @cached_property
    def notifications(self) -> AsyncNotificationsNamespace:
        """The long-poll feed of backend notifications."""
        from .notifications import AsyncNotificationsNamespace

        return AsyncNotificationsNamespace(self._invoker)

    @cached_property
    def oai(self) -> AsyncOaiNamespace:
        """The OAI-PMH provider."""
        from .oai import AsyncOaiNamespace

        return AsyncOaiNamespace(self._invoker)

    @cached_property
    def oai_config(self) -> AsyncOaiConfigNamespace:
        """The OAI-PMH provider's configuration."""
        from .oai_config import AsyncOaiConfigNamespace

        return AsyncOaiConfigNamespace(self._invoker)

    @cached_property
    def permissions(self) -> AsyncPermissionsNamespace:
        """The permissions that groups can grant."""
        from .permissions import AsyncPermissionsNamespace

        return AsyncPermissionsNamespace(self._invoker)

    @cached_property
    def preferences(self) -> AsyncPreferencesNamespace:
        """Staff interface settings of the system, a repository, a user, or a user in a repository."""
        from .preferences import AsyncPreferencesNamespace

        return AsyncPreferencesNamespace(self._invoker)

    @cached_property
    def rde_templates(self) -> AsyncRdeTemplatesNamespace:
        """Saved layouts of the Rapid Data Entry form."""
        from .rde_templates import AsyncRdeTemplatesNamespace

        return AsyncRdeTemplatesNamespace(self._invoker)

    @cached_property
    def reports(self) -> AsyncReportsNamespace:
        """The reports a server can run (as report jobs), the fields custom reports can use, report assets."""
        from .reports import AsyncReportsNamespace

        return AsyncReportsNamespace(self._invoker)

    @cached_property
    def repositories(self) -> AsyncRepositoriesNamespace:
        """Repositories, with or without the agent that represents them, their order, and wholesale transfers."""
        from .repositories import AsyncRepositoriesNamespace

        return AsyncRepositoriesNamespace(self._invoker)

    @cached_property
    def required_fields(self) -> AsyncRequiredFieldsNamespace:
        """Extra required subrecords and fields a repository sets for agent records."""
        from .required_fields import AsyncRequiredFieldsNamespace

        return AsyncRequiredFieldsNamespace(self._invoker)

    @cached_property
    def resource_descriptions(self) -> AsyncResourceDescriptionsNamespace:
        """EAD finding aids of resources (EAD 2002 or EAD3)."""
        from .resource_descriptions import AsyncResourceDescriptionsNamespace

        return AsyncResourceDescriptionsNamespace(self._invoker)

    @cached_property
    def resource_labels(self) -> AsyncResourceLabelsNamespace:
        """Printable container labels of resources."""
        from .resource_labels import AsyncResourceLabelsNamespace

        return AsyncResourceLabelsNamespace(self._invoker)

    @cached_property
    def resources(self) -> AsyncResourcesNamespace:
        """Resources (collections and their finding aids): create, publish, suppress, transfer, walk their
        archival object trees, reorder them, find them by identifier, and export them as MARC 21 or CSV
        templates."""
        from .resources import AsyncResourcesNamespace

        return AsyncResourcesNamespace(self._invoker)

    @cached_property
    def schemas(self) -> AsyncSchemasNamespace:
        """The JSONModel schemas as the server serves them."""
        from .schemas import AsyncSchemasNamespace

        return AsyncSchemasNamespace(self._invoker)

    @cached_property
    def search(self) -> AsyncSearchNamespace:
        """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
        and location profiles), index documents by URI, and counts of record types."""
        from .search import AsyncSearchNamespace

        return AsyncSearchNamespace(self._invoker)

    @cached_property
    def slug(self) -> AsyncSlugNamespace:
        """Look-ups of public-interface slugs."""
        from .slug import AsyncSlugNamespace

        return AsyncSlugNamespace(self._invoker)

    @cached_property
    def space_calculator(self) -> AsyncSpaceCalculatorNamespace:
        """How many containers of a profile still fit in given locations or a building."""
        from .space_calculator import AsyncSpaceCalculatorNamespace

        return AsyncSpaceCalculatorNamespace(self._invoker)

    @cached_property
    def subjects(self) -> AsyncSubjectsNamespace:
        """Subjects, the controlled headings built from vocabulary terms."""
        from .subjects import AsyncSubjectsNamespace

        return AsyncSubjectsNamespace(self._invoker)

    @cached_property
    def system(self) -> AsyncSystemNamespace:
        """Diagnostics, logs and events of the running system."""
        from .system import AsyncSystemNamespace

        return AsyncSystemNamespace(self._invoker)

    @cached_property
    def terms(self) -> AsyncTermsNamespace:
        """Finding subject terms by prefix."""
        from .terms import AsyncTermsNamespace

        return AsyncTermsNamespace(self._invoker)

    @cached_property
    def top_containers(self) -> AsyncTopContainersNamespace:
        """Top containers (boxes, cartons, reels...): CRUD, a raw Solr search, and batch or bulk changes of
        barcodes, indicators, ILS holding ids, profiles and locations."""
        from .top_containers import AsyncTopContainersNamespace

        return AsyncTopContainersNamespace(self._invoker)

    @cached_property
    def update_feed(self) -> AsyncUpdateFeedNamespace:
        """The long-poll feed of changed records, for indexers."""
        from .update_feed import AsyncUpdateFeedNamespace

        return AsyncUpdateFeedNamespace(self._invoker)

    @cached_property
    def update_monitor(self) -> AsyncUpdateMonitorNamespace:
        """The monitor of records being edited at the same time."""
        from .update_monitor import AsyncUpdateMonitorNamespace

        return AsyncUpdateMonitorNamespace(self._invoker)

    @cached_property
    def users(self) -> AsyncUsersNamespace:
        """Users, their logins and sessions, and their permissions."""
        from .users import AsyncUsersNamespace

        return AsyncUsersNamespace(self._invoker)

    @cached_property
    def version(self) -> AsyncVersionNamespace:
        """The ArchivesSpace version."""
        from .version import AsyncVersionNamespace

        return AsyncVersionNamespace(self._invoker)

    @cached_property
    def vocabularies(self) -> AsyncVocabulariesNamespace:
        """Vocabularies and the terms they hold."""
        from .vocabularies import AsyncVocabulariesNamespace

        return AsyncVocabulariesNamespace(self._invoker)
