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

from ..models.accession_browse_column import (
    AccessionBrowseColumn,
    check_accession_browse_column,
)
from ..models.agent_browse_column import AgentBrowseColumn, check_agent_browse_column
from ..models.archival_object_browse_column import (
    ArchivalObjectBrowseColumn,
    check_archival_object_browse_column,
)
from ..models.assessment_browse_column import (
    AssessmentBrowseColumn,
    check_assessment_browse_column,
)
from ..models.browse_sort_direction import (
    BrowseSortDirection,
    check_browse_sort_direction,
)
from ..models.classification_browse_column import (
    ClassificationBrowseColumn,
    check_classification_browse_column,
)
from ..models.collection_management_browse_column import (
    CollectionManagementBrowseColumn,
    check_collection_management_browse_column,
)
from ..models.container_profile_browse_column import (
    ContainerProfileBrowseColumn,
    check_container_profile_browse_column,
)
from ..models.defaults_accession_sort_column import (
    DefaultsAccessionSortColumn,
    check_defaults_accession_sort_column,
)
from ..models.defaults_agent_sort_column import (
    DefaultsAgentSortColumn,
    check_defaults_agent_sort_column,
)
from ..models.defaults_archival_object_sort_column import (
    DefaultsArchivalObjectSortColumn,
    check_defaults_archival_object_sort_column,
)
from ..models.defaults_assessment_sort_column import (
    DefaultsAssessmentSortColumn,
    check_defaults_assessment_sort_column,
)
from ..models.defaults_classification_sort_column import (
    DefaultsClassificationSortColumn,
    check_defaults_classification_sort_column,
)
from ..models.defaults_collection_management_sort_column import (
    DefaultsCollectionManagementSortColumn,
    check_defaults_collection_management_sort_column,
)
from ..models.defaults_container_profile_sort_column import (
    DefaultsContainerProfileSortColumn,
    check_defaults_container_profile_sort_column,
)
from ..models.defaults_digital_object_component_sort_column import (
    DefaultsDigitalObjectComponentSortColumn,
    check_defaults_digital_object_component_sort_column,
)
from ..models.defaults_digital_object_sort_column import (
    DefaultsDigitalObjectSortColumn,
    check_defaults_digital_object_sort_column,
)
from ..models.defaults_event_sort_column import (
    DefaultsEventSortColumn,
    check_defaults_event_sort_column,
)
from ..models.defaults_job_sort_column import (
    DefaultsJobSortColumn,
    check_defaults_job_sort_column,
)
from ..models.defaults_locale import DefaultsLocale, check_defaults_locale
from ..models.defaults_location_profile_sort_column import (
    DefaultsLocationProfileSortColumn,
    check_defaults_location_profile_sort_column,
)
from ..models.defaults_location_sort_column import (
    DefaultsLocationSortColumn,
    check_defaults_location_sort_column,
)
from ..models.defaults_multi_sort_column import (
    DefaultsMultiSortColumn,
    check_defaults_multi_sort_column,
)
from ..models.defaults_repositories_sort_column import (
    DefaultsRepositoriesSortColumn,
    check_defaults_repositories_sort_column,
)
from ..models.defaults_resource_sort_column import (
    DefaultsResourceSortColumn,
    check_defaults_resource_sort_column,
)
from ..models.defaults_subject_sort_column import (
    DefaultsSubjectSortColumn,
    check_defaults_subject_sort_column,
)
from ..models.defaults_top_container_mgmt_sort_column import (
    DefaultsTopContainerMgmtSortColumn,
    check_defaults_top_container_mgmt_sort_column,
)
from ..models.defaults_top_container_sort_column import (
    DefaultsTopContainerSortColumn,
    check_defaults_top_container_sort_column,
)
from ..models.digital_object_browse_column import (
    DigitalObjectBrowseColumn,
    check_digital_object_browse_column,
)
from ..models.digital_object_component_browse_column import (
    DigitalObjectComponentBrowseColumn,
    check_digital_object_component_browse_column,
)
from ..models.event_browse_column import EventBrowseColumn, check_event_browse_column
from ..models.job_browse_column import JobBrowseColumn, check_job_browse_column
from ..models.location_browse_column import (
    LocationBrowseColumn,
    check_location_browse_column,
)
from ..models.location_profile_browse_column import (
    LocationProfileBrowseColumn,
    check_location_profile_browse_column,
)
from ..models.multi_browse_column import MultiBrowseColumn, check_multi_browse_column
from ..models.repository_browse_column import (
    RepositoryBrowseColumn,
    check_repository_browse_column,
)
from ..models.resource_browse_column import (
    ResourceBrowseColumn,
    check_resource_browse_column,
)
from ..models.subject_browse_column import (
    SubjectBrowseColumn,
    check_subject_browse_column,
)
from ..models.top_container_browse_column import (
    TopContainerBrowseColumn,
    check_top_container_browse_column,
)
from ..models.top_container_mgmt_browse_column import (
    TopContainerMgmtBrowseColumn,
    check_top_container_mgmt_browse_column,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Defaults")


@_attrs_define
class Defaults:
    """The settings of the staff interface: behaviour switches, the interface language, the order of note types, and for
    each kind of listing the (up to eight) columns shown in its browse table with their sort.

        Attributes:
            jsonmodel_type (Literal['defaults']):  Default: 'defaults'.
            show_suppressed (bool | Unset): Show suppressed records. Default: False.
            publish (bool | Unset): New records start published. Default: False.
            rde_sort_alpha (bool | Unset): Sort the Rapid Data Entry column choices alphabetically. Default: True.
            include_unpublished (bool | Unset): Include unpublished records and notes in exports. Default: False.
            locale (DefaultsLocale | Unset): The interface language.
            default_values (bool | Unset): Start new records with the repository's default values. Default: False.
            note_order (list[str] | Unset): Note types in the order they are offered.
            digital_object_spawn (bool | Unset): Offer to create a digital object from an accession, resource or archival
                object. Default: False.
            accession_browse_column_1 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_2 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_3 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_4 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_5 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_6 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_7 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_browse_column_8 (AccessionBrowseColumn | Unset): A column of the accessions browse table.
            accession_sort_column (DefaultsAccessionSortColumn | Unset): The column the accessions table is sorted on.
            accession_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            resource_browse_column_1 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_2 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_3 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_4 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_5 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_6 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_7 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_browse_column_8 (ResourceBrowseColumn | Unset): A column of the resources browse table.
            resource_sort_column (DefaultsResourceSortColumn | Unset): The column the resources table is sorted on.
            resource_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            digital_object_browse_column_1 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_2 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_3 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_4 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_5 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_6 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_7 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_browse_column_8 (DigitalObjectBrowseColumn | Unset): A column of the digital objects browse
                table.
            digital_object_sort_column (DefaultsDigitalObjectSortColumn | Unset): The column the digital objects table is
                sorted on.
            digital_object_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            multi_browse_column_1 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_2 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_3 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_4 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_5 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_6 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_7 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_browse_column_8 (MultiBrowseColumn | Unset): A column of the table of search results of several types.
            multi_sort_column (DefaultsMultiSortColumn | Unset): The column mixed search results are sorted on.
            multi_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            location_browse_column_1 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_2 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_3 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_4 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_5 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_6 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_7 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_browse_column_8 (LocationBrowseColumn | Unset): A column of the locations browse table.
            location_sort_column (DefaultsLocationSortColumn | Unset): The column the locations table is sorted on.
            location_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            agent_browse_column_1 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_2 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_3 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_4 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_5 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_6 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_7 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_browse_column_8 (AgentBrowseColumn | Unset): A column of the agents browse table.
            agent_sort_column (DefaultsAgentSortColumn | Unset): The column the agents table is sorted on.
            agent_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            archival_object_browse_column_1 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_2 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_3 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_4 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_5 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_6 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_7 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_browse_column_8 (ArchivalObjectBrowseColumn | Unset): A column of the archival objects browse
                table.
            archival_object_sort_column (DefaultsArchivalObjectSortColumn | Unset): The column the archival objects table is
                sorted on.
            archival_object_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            assessment_browse_column_1 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_2 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_3 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_4 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_5 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_6 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_7 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_browse_column_8 (AssessmentBrowseColumn | Unset): A column of the assessments browse table.
            assessment_sort_column (DefaultsAssessmentSortColumn | Unset): The column the assessments table is sorted on.
            assessment_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            classification_browse_column_1 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_2 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_3 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_4 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_5 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_6 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_7 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_browse_column_8 (ClassificationBrowseColumn | Unset): A column of the classifications browse
                table.
            classification_sort_column (DefaultsClassificationSortColumn | Unset): The column the classifications table is
                sorted on.
            classification_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            collection_management_browse_column_1 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_2 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_3 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_4 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_5 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_6 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_7 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_browse_column_8 (CollectionManagementBrowseColumn | Unset): A column of the collection
                management browse table.
            collection_management_sort_column (DefaultsCollectionManagementSortColumn | Unset): The column the collection
                management table is sorted on.
            collection_management_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            container_profile_browse_column_1 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_2 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_3 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_4 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_5 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_6 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_7 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_browse_column_8 (ContainerProfileBrowseColumn | Unset): A column of the container profiles
                browse table.
            container_profile_sort_column (DefaultsContainerProfileSortColumn | Unset): The column the container profiles
                table is sorted on.
            container_profile_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            digital_object_component_browse_column_1 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_2 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_3 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_4 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_5 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_6 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_7 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_browse_column_8 (DigitalObjectComponentBrowseColumn | Unset): A column of the digital
                object components browse table.
            digital_object_component_sort_column (DefaultsDigitalObjectComponentSortColumn | Unset): The column the digital
                object components table is sorted on.
            digital_object_component_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted
                in.
            event_browse_column_1 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_2 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_3 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_4 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_5 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_6 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_7 (EventBrowseColumn | Unset): A column of the events browse table.
            event_browse_column_8 (EventBrowseColumn | Unset): A column of the events browse table.
            event_sort_column (DefaultsEventSortColumn | Unset): The column the events table is sorted on.
            event_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            location_profile_browse_column_1 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_2 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_3 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_4 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_5 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_6 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_7 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_browse_column_8 (LocationProfileBrowseColumn | Unset): A column of the location profiles browse
                table.
            location_profile_sort_column (DefaultsLocationProfileSortColumn | Unset): The column the location profiles table
                is sorted on.
            location_profile_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            repositories_browse_column_1 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_2 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_3 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_4 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_5 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_6 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_7 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_browse_column_8 (RepositoryBrowseColumn | Unset): A column of the repositories browse table.
            repositories_sort_column (DefaultsRepositoriesSortColumn | Unset): The column the repositories table is sorted
                on.
            repositories_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            subject_browse_column_1 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_2 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_3 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_4 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_5 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_6 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_7 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_browse_column_8 (SubjectBrowseColumn | Unset): A column of the subjects browse table.
            subject_sort_column (DefaultsSubjectSortColumn | Unset): The column the subjects table is sorted on.
            subject_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            top_container_browse_column_1 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_2 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_3 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_4 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_5 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_6 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_7 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_browse_column_8 (TopContainerBrowseColumn | Unset): A column of the top containers browse table.
            top_container_sort_column (DefaultsTopContainerSortColumn | Unset): The column the top containers table is
                sorted on.
            top_container_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            top_container_mgmt_browse_column_1 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_2 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_3 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_4 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_5 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_6 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_7 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_browse_column_8 (TopContainerMgmtBrowseColumn | Unset): A column of the top container
                management table.
            top_container_mgmt_sort_column (DefaultsTopContainerMgmtSortColumn | Unset): The column the top container
                management table is sorted on.
            top_container_mgmt_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            job_browse_column_1 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_2 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_3 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_4 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_5 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_6 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_7 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_browse_column_8 (JobBrowseColumn | Unset): A column of the background jobs browse table.
            job_sort_column (DefaultsJobSortColumn | Unset): The column the jobs table is sorted on.
            job_sort_direction (BrowseSortDirection | Unset): The direction a browse table is sorted in.
            lock_version (int | str | Unset): Unused on defaults (the enclosing preference has one).
            created_by (str | Unset): Unused on defaults.
            last_modified_by (str | Unset): Unused on defaults.
            user_mtime (datetime.datetime | Unset): Unused on defaults.
            system_mtime (datetime.datetime | Unset): Unused on defaults.
            create_time (datetime.datetime | Unset): Unused on defaults.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["defaults"] = "defaults"
    show_suppressed: bool | Unset = False
    publish: bool | Unset = False
    rde_sort_alpha: bool | Unset = True
    include_unpublished: bool | Unset = False
    locale: DefaultsLocale | Unset = UNSET
    default_values: bool | Unset = False
    note_order: list[str] | Unset = UNSET
    digital_object_spawn: bool | Unset = False
    accession_browse_column_1: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_2: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_3: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_4: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_5: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_6: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_7: AccessionBrowseColumn | Unset = UNSET
    accession_browse_column_8: AccessionBrowseColumn | Unset = UNSET
    accession_sort_column: DefaultsAccessionSortColumn | Unset = UNSET
    accession_sort_direction: BrowseSortDirection | Unset = UNSET
    resource_browse_column_1: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_2: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_3: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_4: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_5: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_6: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_7: ResourceBrowseColumn | Unset = UNSET
    resource_browse_column_8: ResourceBrowseColumn | Unset = UNSET
    resource_sort_column: DefaultsResourceSortColumn | Unset = UNSET
    resource_sort_direction: BrowseSortDirection | Unset = UNSET
    digital_object_browse_column_1: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_2: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_3: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_4: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_5: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_6: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_7: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_browse_column_8: DigitalObjectBrowseColumn | Unset = UNSET
    digital_object_sort_column: DefaultsDigitalObjectSortColumn | Unset = UNSET
    digital_object_sort_direction: BrowseSortDirection | Unset = UNSET
    multi_browse_column_1: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_2: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_3: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_4: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_5: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_6: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_7: MultiBrowseColumn | Unset = UNSET
    multi_browse_column_8: MultiBrowseColumn | Unset = UNSET
    multi_sort_column: DefaultsMultiSortColumn | Unset = UNSET
    multi_sort_direction: BrowseSortDirection | Unset = UNSET
    location_browse_column_1: LocationBrowseColumn | Unset = UNSET
    location_browse_column_2: LocationBrowseColumn | Unset = UNSET
    location_browse_column_3: LocationBrowseColumn | Unset = UNSET
    location_browse_column_4: LocationBrowseColumn | Unset = UNSET
    location_browse_column_5: LocationBrowseColumn | Unset = UNSET
    location_browse_column_6: LocationBrowseColumn | Unset = UNSET
    location_browse_column_7: LocationBrowseColumn | Unset = UNSET
    location_browse_column_8: LocationBrowseColumn | Unset = UNSET
    location_sort_column: DefaultsLocationSortColumn | Unset = UNSET
    location_sort_direction: BrowseSortDirection | Unset = UNSET
    agent_browse_column_1: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_2: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_3: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_4: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_5: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_6: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_7: AgentBrowseColumn | Unset = UNSET
    agent_browse_column_8: AgentBrowseColumn | Unset = UNSET
    agent_sort_column: DefaultsAgentSortColumn | Unset = UNSET
    agent_sort_direction: BrowseSortDirection | Unset = UNSET
    archival_object_browse_column_1: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_2: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_3: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_4: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_5: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_6: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_7: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_browse_column_8: ArchivalObjectBrowseColumn | Unset = UNSET
    archival_object_sort_column: DefaultsArchivalObjectSortColumn | Unset = UNSET
    archival_object_sort_direction: BrowseSortDirection | Unset = UNSET
    assessment_browse_column_1: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_2: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_3: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_4: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_5: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_6: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_7: AssessmentBrowseColumn | Unset = UNSET
    assessment_browse_column_8: AssessmentBrowseColumn | Unset = UNSET
    assessment_sort_column: DefaultsAssessmentSortColumn | Unset = UNSET
    assessment_sort_direction: BrowseSortDirection | Unset = UNSET
    classification_browse_column_1: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_2: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_3: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_4: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_5: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_6: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_7: ClassificationBrowseColumn | Unset = UNSET
    classification_browse_column_8: ClassificationBrowseColumn | Unset = UNSET
    classification_sort_column: DefaultsClassificationSortColumn | Unset = UNSET
    classification_sort_direction: BrowseSortDirection | Unset = UNSET
    collection_management_browse_column_1: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_2: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_3: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_4: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_5: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_6: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_7: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_browse_column_8: CollectionManagementBrowseColumn | Unset = (
        UNSET
    )
    collection_management_sort_column: (
        DefaultsCollectionManagementSortColumn | Unset
    ) = UNSET
    collection_management_sort_direction: BrowseSortDirection | Unset = UNSET
    container_profile_browse_column_1: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_2: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_3: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_4: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_5: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_6: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_7: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_browse_column_8: ContainerProfileBrowseColumn | Unset = UNSET
    container_profile_sort_column: DefaultsContainerProfileSortColumn | Unset = UNSET
    container_profile_sort_direction: BrowseSortDirection | Unset = UNSET
    digital_object_component_browse_column_1: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_2: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_3: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_4: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_5: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_6: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_7: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_browse_column_8: (
        DigitalObjectComponentBrowseColumn | Unset
    ) = UNSET
    digital_object_component_sort_column: (
        DefaultsDigitalObjectComponentSortColumn | Unset
    ) = UNSET
    digital_object_component_sort_direction: BrowseSortDirection | Unset = UNSET
    event_browse_column_1: EventBrowseColumn | Unset = UNSET
    event_browse_column_2: EventBrowseColumn | Unset = UNSET
    event_browse_column_3: EventBrowseColumn | Unset = UNSET
    event_browse_column_4: EventBrowseColumn | Unset = UNSET
    event_browse_column_5: EventBrowseColumn | Unset = UNSET
    event_browse_column_6: EventBrowseColumn | Unset = UNSET
    event_browse_column_7: EventBrowseColumn | Unset = UNSET
    event_browse_column_8: EventBrowseColumn | Unset = UNSET
    event_sort_column: DefaultsEventSortColumn | Unset = UNSET
    event_sort_direction: BrowseSortDirection | Unset = UNSET
    location_profile_browse_column_1: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_2: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_3: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_4: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_5: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_6: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_7: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_browse_column_8: LocationProfileBrowseColumn | Unset = UNSET
    location_profile_sort_column: DefaultsLocationProfileSortColumn | Unset = UNSET
    location_profile_sort_direction: BrowseSortDirection | Unset = UNSET
    repositories_browse_column_1: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_2: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_3: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_4: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_5: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_6: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_7: RepositoryBrowseColumn | Unset = UNSET
    repositories_browse_column_8: RepositoryBrowseColumn | Unset = UNSET
    repositories_sort_column: DefaultsRepositoriesSortColumn | Unset = UNSET
    repositories_sort_direction: BrowseSortDirection | Unset = UNSET
    subject_browse_column_1: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_2: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_3: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_4: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_5: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_6: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_7: SubjectBrowseColumn | Unset = UNSET
    subject_browse_column_8: SubjectBrowseColumn | Unset = UNSET
    subject_sort_column: DefaultsSubjectSortColumn | Unset = UNSET
    subject_sort_direction: BrowseSortDirection | Unset = UNSET
    top_container_browse_column_1: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_2: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_3: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_4: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_5: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_6: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_7: TopContainerBrowseColumn | Unset = UNSET
    top_container_browse_column_8: TopContainerBrowseColumn | Unset = UNSET
    top_container_sort_column: DefaultsTopContainerSortColumn | Unset = UNSET
    top_container_sort_direction: BrowseSortDirection | Unset = UNSET
    top_container_mgmt_browse_column_1: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_2: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_3: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_4: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_5: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_6: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_7: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_browse_column_8: TopContainerMgmtBrowseColumn | Unset = UNSET
    top_container_mgmt_sort_column: DefaultsTopContainerMgmtSortColumn | Unset = UNSET
    top_container_mgmt_sort_direction: BrowseSortDirection | Unset = UNSET
    job_browse_column_1: JobBrowseColumn | Unset = UNSET
    job_browse_column_2: JobBrowseColumn | Unset = UNSET
    job_browse_column_3: JobBrowseColumn | Unset = UNSET
    job_browse_column_4: JobBrowseColumn | Unset = UNSET
    job_browse_column_5: JobBrowseColumn | Unset = UNSET
    job_browse_column_6: JobBrowseColumn | Unset = UNSET
    job_browse_column_7: JobBrowseColumn | Unset = UNSET
    job_browse_column_8: JobBrowseColumn | Unset = UNSET
    job_sort_column: DefaultsJobSortColumn | Unset = UNSET
    job_sort_direction: BrowseSortDirection | Unset = UNSET
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

        show_suppressed = self.show_suppressed

        publish = self.publish

        rde_sort_alpha = self.rde_sort_alpha

        include_unpublished = self.include_unpublished

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale

        default_values = self.default_values

        note_order: list[str] | Unset = UNSET
        if not isinstance(self.note_order, Unset):
            note_order = self.note_order

        digital_object_spawn = self.digital_object_spawn

        accession_browse_column_1: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_1, Unset):
            accession_browse_column_1 = self.accession_browse_column_1

        accession_browse_column_2: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_2, Unset):
            accession_browse_column_2 = self.accession_browse_column_2

        accession_browse_column_3: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_3, Unset):
            accession_browse_column_3 = self.accession_browse_column_3

        accession_browse_column_4: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_4, Unset):
            accession_browse_column_4 = self.accession_browse_column_4

        accession_browse_column_5: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_5, Unset):
            accession_browse_column_5 = self.accession_browse_column_5

        accession_browse_column_6: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_6, Unset):
            accession_browse_column_6 = self.accession_browse_column_6

        accession_browse_column_7: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_7, Unset):
            accession_browse_column_7 = self.accession_browse_column_7

        accession_browse_column_8: str | Unset = UNSET
        if not isinstance(self.accession_browse_column_8, Unset):
            accession_browse_column_8 = self.accession_browse_column_8

        accession_sort_column: str | Unset = UNSET
        if not isinstance(self.accession_sort_column, Unset):
            accession_sort_column = self.accession_sort_column

        accession_sort_direction: str | Unset = UNSET
        if not isinstance(self.accession_sort_direction, Unset):
            accession_sort_direction = self.accession_sort_direction

        resource_browse_column_1: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_1, Unset):
            resource_browse_column_1 = self.resource_browse_column_1

        resource_browse_column_2: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_2, Unset):
            resource_browse_column_2 = self.resource_browse_column_2

        resource_browse_column_3: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_3, Unset):
            resource_browse_column_3 = self.resource_browse_column_3

        resource_browse_column_4: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_4, Unset):
            resource_browse_column_4 = self.resource_browse_column_4

        resource_browse_column_5: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_5, Unset):
            resource_browse_column_5 = self.resource_browse_column_5

        resource_browse_column_6: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_6, Unset):
            resource_browse_column_6 = self.resource_browse_column_6

        resource_browse_column_7: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_7, Unset):
            resource_browse_column_7 = self.resource_browse_column_7

        resource_browse_column_8: str | Unset = UNSET
        if not isinstance(self.resource_browse_column_8, Unset):
            resource_browse_column_8 = self.resource_browse_column_8

        resource_sort_column: str | Unset = UNSET
        if not isinstance(self.resource_sort_column, Unset):
            resource_sort_column = self.resource_sort_column

        resource_sort_direction: str | Unset = UNSET
        if not isinstance(self.resource_sort_direction, Unset):
            resource_sort_direction = self.resource_sort_direction

        digital_object_browse_column_1: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_1, Unset):
            digital_object_browse_column_1 = self.digital_object_browse_column_1

        digital_object_browse_column_2: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_2, Unset):
            digital_object_browse_column_2 = self.digital_object_browse_column_2

        digital_object_browse_column_3: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_3, Unset):
            digital_object_browse_column_3 = self.digital_object_browse_column_3

        digital_object_browse_column_4: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_4, Unset):
            digital_object_browse_column_4 = self.digital_object_browse_column_4

        digital_object_browse_column_5: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_5, Unset):
            digital_object_browse_column_5 = self.digital_object_browse_column_5

        digital_object_browse_column_6: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_6, Unset):
            digital_object_browse_column_6 = self.digital_object_browse_column_6

        digital_object_browse_column_7: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_7, Unset):
            digital_object_browse_column_7 = self.digital_object_browse_column_7

        digital_object_browse_column_8: str | Unset = UNSET
        if not isinstance(self.digital_object_browse_column_8, Unset):
            digital_object_browse_column_8 = self.digital_object_browse_column_8

        digital_object_sort_column: str | Unset = UNSET
        if not isinstance(self.digital_object_sort_column, Unset):
            digital_object_sort_column = self.digital_object_sort_column

        digital_object_sort_direction: str | Unset = UNSET
        if not isinstance(self.digital_object_sort_direction, Unset):
            digital_object_sort_direction = self.digital_object_sort_direction

        multi_browse_column_1: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_1, Unset):
            multi_browse_column_1 = self.multi_browse_column_1

        multi_browse_column_2: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_2, Unset):
            multi_browse_column_2 = self.multi_browse_column_2

        multi_browse_column_3: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_3, Unset):
            multi_browse_column_3 = self.multi_browse_column_3

        multi_browse_column_4: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_4, Unset):
            multi_browse_column_4 = self.multi_browse_column_4

        multi_browse_column_5: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_5, Unset):
            multi_browse_column_5 = self.multi_browse_column_5

        multi_browse_column_6: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_6, Unset):
            multi_browse_column_6 = self.multi_browse_column_6

        multi_browse_column_7: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_7, Unset):
            multi_browse_column_7 = self.multi_browse_column_7

        multi_browse_column_8: str | Unset = UNSET
        if not isinstance(self.multi_browse_column_8, Unset):
            multi_browse_column_8 = self.multi_browse_column_8

        multi_sort_column: str | Unset = UNSET
        if not isinstance(self.multi_sort_column, Unset):
            multi_sort_column = self.multi_sort_column

        multi_sort_direction: str | Unset = UNSET
        if not isinstance(self.multi_sort_direction, Unset):
            multi_sort_direction = self.multi_sort_direction

        location_browse_column_1: str | Unset = UNSET
        if not isinstance(self.location_browse_column_1, Unset):
            location_browse_column_1 = self.location_browse_column_1

        location_browse_column_2: str | Unset = UNSET
        if not isinstance(self.location_browse_column_2, Unset):
            location_browse_column_2 = self.location_browse_column_2

        location_browse_column_3: str | Unset = UNSET
        if not isinstance(self.location_browse_column_3, Unset):
            location_browse_column_3 = self.location_browse_column_3

        location_browse_column_4: str | Unset = UNSET
        if not isinstance(self.location_browse_column_4, Unset):
            location_browse_column_4 = self.location_browse_column_4

        location_browse_column_5: str | Unset = UNSET
        if not isinstance(self.location_browse_column_5, Unset):
            location_browse_column_5 = self.location_browse_column_5

        location_browse_column_6: str | Unset = UNSET
        if not isinstance(self.location_browse_column_6, Unset):
            location_browse_column_6 = self.location_browse_column_6

        location_browse_column_7: str | Unset = UNSET
        if not isinstance(self.location_browse_column_7, Unset):
            location_browse_column_7 = self.location_browse_column_7

        location_browse_column_8: str | Unset = UNSET
        if not isinstance(self.location_browse_column_8, Unset):
            location_browse_column_8 = self.location_browse_column_8

        location_sort_column: str | Unset = UNSET
        if not isinstance(self.location_sort_column, Unset):
            location_sort_column = self.location_sort_column

        location_sort_direction: str | Unset = UNSET
        if not isinstance(self.location_sort_direction, Unset):
            location_sort_direction = self.location_sort_direction

        agent_browse_column_1: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_1, Unset):
            agent_browse_column_1 = self.agent_browse_column_1

        agent_browse_column_2: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_2, Unset):
            agent_browse_column_2 = self.agent_browse_column_2

        agent_browse_column_3: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_3, Unset):
            agent_browse_column_3 = self.agent_browse_column_3

        agent_browse_column_4: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_4, Unset):
            agent_browse_column_4 = self.agent_browse_column_4

        agent_browse_column_5: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_5, Unset):
            agent_browse_column_5 = self.agent_browse_column_5

        agent_browse_column_6: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_6, Unset):
            agent_browse_column_6 = self.agent_browse_column_6

        agent_browse_column_7: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_7, Unset):
            agent_browse_column_7 = self.agent_browse_column_7

        agent_browse_column_8: str | Unset = UNSET
        if not isinstance(self.agent_browse_column_8, Unset):
            agent_browse_column_8 = self.agent_browse_column_8

        agent_sort_column: str | Unset = UNSET
        if not isinstance(self.agent_sort_column, Unset):
            agent_sort_column = self.agent_sort_column

        agent_sort_direction: str | Unset = UNSET
        if not isinstance(self.agent_sort_direction, Unset):
            agent_sort_direction = self.agent_sort_direction

        archival_object_browse_column_1: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_1, Unset):
            archival_object_browse_column_1 = self.archival_object_browse_column_1

        archival_object_browse_column_2: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_2, Unset):
            archival_object_browse_column_2 = self.archival_object_browse_column_2

        archival_object_browse_column_3: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_3, Unset):
            archival_object_browse_column_3 = self.archival_object_browse_column_3

        archival_object_browse_column_4: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_4, Unset):
            archival_object_browse_column_4 = self.archival_object_browse_column_4

        archival_object_browse_column_5: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_5, Unset):
            archival_object_browse_column_5 = self.archival_object_browse_column_5

        archival_object_browse_column_6: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_6, Unset):
            archival_object_browse_column_6 = self.archival_object_browse_column_6

        archival_object_browse_column_7: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_7, Unset):
            archival_object_browse_column_7 = self.archival_object_browse_column_7

        archival_object_browse_column_8: str | Unset = UNSET
        if not isinstance(self.archival_object_browse_column_8, Unset):
            archival_object_browse_column_8 = self.archival_object_browse_column_8

        archival_object_sort_column: str | Unset = UNSET
        if not isinstance(self.archival_object_sort_column, Unset):
            archival_object_sort_column = self.archival_object_sort_column

        archival_object_sort_direction: str | Unset = UNSET
        if not isinstance(self.archival_object_sort_direction, Unset):
            archival_object_sort_direction = self.archival_object_sort_direction

        assessment_browse_column_1: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_1, Unset):
            assessment_browse_column_1 = self.assessment_browse_column_1

        assessment_browse_column_2: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_2, Unset):
            assessment_browse_column_2 = self.assessment_browse_column_2

        assessment_browse_column_3: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_3, Unset):
            assessment_browse_column_3 = self.assessment_browse_column_3

        assessment_browse_column_4: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_4, Unset):
            assessment_browse_column_4 = self.assessment_browse_column_4

        assessment_browse_column_5: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_5, Unset):
            assessment_browse_column_5 = self.assessment_browse_column_5

        assessment_browse_column_6: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_6, Unset):
            assessment_browse_column_6 = self.assessment_browse_column_6

        assessment_browse_column_7: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_7, Unset):
            assessment_browse_column_7 = self.assessment_browse_column_7

        assessment_browse_column_8: str | Unset = UNSET
        if not isinstance(self.assessment_browse_column_8, Unset):
            assessment_browse_column_8 = self.assessment_browse_column_8

        assessment_sort_column: str | Unset = UNSET
        if not isinstance(self.assessment_sort_column, Unset):
            assessment_sort_column = self.assessment_sort_column

        assessment_sort_direction: str | Unset = UNSET
        if not isinstance(self.assessment_sort_direction, Unset):
            assessment_sort_direction = self.assessment_sort_direction

        classification_browse_column_1: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_1, Unset):
            classification_browse_column_1 = self.classification_browse_column_1

        classification_browse_column_2: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_2, Unset):
            classification_browse_column_2 = self.classification_browse_column_2

        classification_browse_column_3: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_3, Unset):
            classification_browse_column_3 = self.classification_browse_column_3

        classification_browse_column_4: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_4, Unset):
            classification_browse_column_4 = self.classification_browse_column_4

        classification_browse_column_5: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_5, Unset):
            classification_browse_column_5 = self.classification_browse_column_5

        classification_browse_column_6: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_6, Unset):
            classification_browse_column_6 = self.classification_browse_column_6

        classification_browse_column_7: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_7, Unset):
            classification_browse_column_7 = self.classification_browse_column_7

        classification_browse_column_8: str | Unset = UNSET
        if not isinstance(self.classification_browse_column_8, Unset):
            classification_browse_column_8 = self.classification_browse_column_8

        classification_sort_column: str | Unset = UNSET
        if not isinstance(self.classification_sort_column, Unset):
            classification_sort_column = self.classification_sort_column

        classification_sort_direction: str | Unset = UNSET
        if not isinstance(self.classification_sort_direction, Unset):
            classification_sort_direction = self.classification_sort_direction

        collection_management_browse_column_1: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_1, Unset):
            collection_management_browse_column_1 = (
                self.collection_management_browse_column_1
            )

        collection_management_browse_column_2: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_2, Unset):
            collection_management_browse_column_2 = (
                self.collection_management_browse_column_2
            )

        collection_management_browse_column_3: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_3, Unset):
            collection_management_browse_column_3 = (
                self.collection_management_browse_column_3
            )

        collection_management_browse_column_4: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_4, Unset):
            collection_management_browse_column_4 = (
                self.collection_management_browse_column_4
            )

        collection_management_browse_column_5: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_5, Unset):
            collection_management_browse_column_5 = (
                self.collection_management_browse_column_5
            )

        collection_management_browse_column_6: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_6, Unset):
            collection_management_browse_column_6 = (
                self.collection_management_browse_column_6
            )

        collection_management_browse_column_7: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_7, Unset):
            collection_management_browse_column_7 = (
                self.collection_management_browse_column_7
            )

        collection_management_browse_column_8: str | Unset = UNSET
        if not isinstance(self.collection_management_browse_column_8, Unset):
            collection_management_browse_column_8 = (
                self.collection_management_browse_column_8
            )

        collection_management_sort_column: str | Unset = UNSET
        if not isinstance(self.collection_management_sort_column, Unset):
            collection_management_sort_column = self.collection_management_sort_column

        collection_management_sort_direction: str | Unset = UNSET
        if not isinstance(self.collection_management_sort_direction, Unset):
            collection_management_sort_direction = (
                self.collection_management_sort_direction
            )

        container_profile_browse_column_1: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_1, Unset):
            container_profile_browse_column_1 = self.container_profile_browse_column_1

        container_profile_browse_column_2: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_2, Unset):
            container_profile_browse_column_2 = self.container_profile_browse_column_2

        container_profile_browse_column_3: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_3, Unset):
            container_profile_browse_column_3 = self.container_profile_browse_column_3

        container_profile_browse_column_4: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_4, Unset):
            container_profile_browse_column_4 = self.container_profile_browse_column_4

        container_profile_browse_column_5: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_5, Unset):
            container_profile_browse_column_5 = self.container_profile_browse_column_5

        container_profile_browse_column_6: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_6, Unset):
            container_profile_browse_column_6 = self.container_profile_browse_column_6

        container_profile_browse_column_7: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_7, Unset):
            container_profile_browse_column_7 = self.container_profile_browse_column_7

        container_profile_browse_column_8: str | Unset = UNSET
        if not isinstance(self.container_profile_browse_column_8, Unset):
            container_profile_browse_column_8 = self.container_profile_browse_column_8

        container_profile_sort_column: str | Unset = UNSET
        if not isinstance(self.container_profile_sort_column, Unset):
            container_profile_sort_column = self.container_profile_sort_column

        container_profile_sort_direction: str | Unset = UNSET
        if not isinstance(self.container_profile_sort_direction, Unset):
            container_profile_sort_direction = self.container_profile_sort_direction

        digital_object_component_browse_column_1: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_1, Unset):
            digital_object_component_browse_column_1 = (
                self.digital_object_component_browse_column_1
            )

        digital_object_component_browse_column_2: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_2, Unset):
            digital_object_component_browse_column_2 = (
                self.digital_object_component_browse_column_2
            )

        digital_object_component_browse_column_3: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_3, Unset):
            digital_object_component_browse_column_3 = (
                self.digital_object_component_browse_column_3
            )

        digital_object_component_browse_column_4: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_4, Unset):
            digital_object_component_browse_column_4 = (
                self.digital_object_component_browse_column_4
            )

        digital_object_component_browse_column_5: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_5, Unset):
            digital_object_component_browse_column_5 = (
                self.digital_object_component_browse_column_5
            )

        digital_object_component_browse_column_6: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_6, Unset):
            digital_object_component_browse_column_6 = (
                self.digital_object_component_browse_column_6
            )

        digital_object_component_browse_column_7: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_7, Unset):
            digital_object_component_browse_column_7 = (
                self.digital_object_component_browse_column_7
            )

        digital_object_component_browse_column_8: str | Unset = UNSET
        if not isinstance(self.digital_object_component_browse_column_8, Unset):
            digital_object_component_browse_column_8 = (
                self.digital_object_component_browse_column_8
            )

        digital_object_component_sort_column: str | Unset = UNSET
        if not isinstance(self.digital_object_component_sort_column, Unset):
            digital_object_component_sort_column = (
                self.digital_object_component_sort_column
            )

        digital_object_component_sort_direction: str | Unset = UNSET
        if not isinstance(self.digital_object_component_sort_direction, Unset):
            digital_object_component_sort_direction = (
                self.digital_object_component_sort_direction
            )

        event_browse_column_1: str | Unset = UNSET
        if not isinstance(self.event_browse_column_1, Unset):
            event_browse_column_1 = self.event_browse_column_1

        event_browse_column_2: str | Unset = UNSET
        if not isinstance(self.event_browse_column_2, Unset):
            event_browse_column_2 = self.event_browse_column_2

        event_browse_column_3: str | Unset = UNSET
        if not isinstance(self.event_browse_column_3, Unset):
            event_browse_column_3 = self.event_browse_column_3

        event_browse_column_4: str | Unset = UNSET
        if not isinstance(self.event_browse_column_4, Unset):
            event_browse_column_4 = self.event_browse_column_4

        event_browse_column_5: str | Unset = UNSET
        if not isinstance(self.event_browse_column_5, Unset):
            event_browse_column_5 = self.event_browse_column_5

        event_browse_column_6: str | Unset = UNSET
        if not isinstance(self.event_browse_column_6, Unset):
            event_browse_column_6 = self.event_browse_column_6

        event_browse_column_7: str | Unset = UNSET
        if not isinstance(self.event_browse_column_7, Unset):
            event_browse_column_7 = self.event_browse_column_7

        event_browse_column_8: str | Unset = UNSET
        if not isinstance(self.event_browse_column_8, Unset):
            event_browse_column_8 = self.event_browse_column_8

        event_sort_column: str | Unset = UNSET
        if not isinstance(self.event_sort_column, Unset):
            event_sort_column = self.event_sort_column

        event_sort_direction: str | Unset = UNSET
        if not isinstance(self.event_sort_direction, Unset):
            event_sort_direction = self.event_sort_direction

        location_profile_browse_column_1: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_1, Unset):
            location_profile_browse_column_1 = self.location_profile_browse_column_1

        location_profile_browse_column_2: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_2, Unset):
            location_profile_browse_column_2 = self.location_profile_browse_column_2

        location_profile_browse_column_3: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_3, Unset):
            location_profile_browse_column_3 = self.location_profile_browse_column_3

        location_profile_browse_column_4: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_4, Unset):
            location_profile_browse_column_4 = self.location_profile_browse_column_4

        location_profile_browse_column_5: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_5, Unset):
            location_profile_browse_column_5 = self.location_profile_browse_column_5

        location_profile_browse_column_6: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_6, Unset):
            location_profile_browse_column_6 = self.location_profile_browse_column_6

        location_profile_browse_column_7: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_7, Unset):
            location_profile_browse_column_7 = self.location_profile_browse_column_7

        location_profile_browse_column_8: str | Unset = UNSET
        if not isinstance(self.location_profile_browse_column_8, Unset):
            location_profile_browse_column_8 = self.location_profile_browse_column_8

        location_profile_sort_column: str | Unset = UNSET
        if not isinstance(self.location_profile_sort_column, Unset):
            location_profile_sort_column = self.location_profile_sort_column

        location_profile_sort_direction: str | Unset = UNSET
        if not isinstance(self.location_profile_sort_direction, Unset):
            location_profile_sort_direction = self.location_profile_sort_direction

        repositories_browse_column_1: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_1, Unset):
            repositories_browse_column_1 = self.repositories_browse_column_1

        repositories_browse_column_2: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_2, Unset):
            repositories_browse_column_2 = self.repositories_browse_column_2

        repositories_browse_column_3: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_3, Unset):
            repositories_browse_column_3 = self.repositories_browse_column_3

        repositories_browse_column_4: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_4, Unset):
            repositories_browse_column_4 = self.repositories_browse_column_4

        repositories_browse_column_5: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_5, Unset):
            repositories_browse_column_5 = self.repositories_browse_column_5

        repositories_browse_column_6: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_6, Unset):
            repositories_browse_column_6 = self.repositories_browse_column_6

        repositories_browse_column_7: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_7, Unset):
            repositories_browse_column_7 = self.repositories_browse_column_7

        repositories_browse_column_8: str | Unset = UNSET
        if not isinstance(self.repositories_browse_column_8, Unset):
            repositories_browse_column_8 = self.repositories_browse_column_8

        repositories_sort_column: str | Unset = UNSET
        if not isinstance(self.repositories_sort_column, Unset):
            repositories_sort_column = self.repositories_sort_column

        repositories_sort_direction: str | Unset = UNSET
        if not isinstance(self.repositories_sort_direction, Unset):
            repositories_sort_direction = self.repositories_sort_direction

        subject_browse_column_1: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_1, Unset):
            subject_browse_column_1 = self.subject_browse_column_1

        subject_browse_column_2: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_2, Unset):
            subject_browse_column_2 = self.subject_browse_column_2

        subject_browse_column_3: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_3, Unset):
            subject_browse_column_3 = self.subject_browse_column_3

        subject_browse_column_4: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_4, Unset):
            subject_browse_column_4 = self.subject_browse_column_4

        subject_browse_column_5: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_5, Unset):
            subject_browse_column_5 = self.subject_browse_column_5

        subject_browse_column_6: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_6, Unset):
            subject_browse_column_6 = self.subject_browse_column_6

        subject_browse_column_7: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_7, Unset):
            subject_browse_column_7 = self.subject_browse_column_7

        subject_browse_column_8: str | Unset = UNSET
        if not isinstance(self.subject_browse_column_8, Unset):
            subject_browse_column_8 = self.subject_browse_column_8

        subject_sort_column: str | Unset = UNSET
        if not isinstance(self.subject_sort_column, Unset):
            subject_sort_column = self.subject_sort_column

        subject_sort_direction: str | Unset = UNSET
        if not isinstance(self.subject_sort_direction, Unset):
            subject_sort_direction = self.subject_sort_direction

        top_container_browse_column_1: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_1, Unset):
            top_container_browse_column_1 = self.top_container_browse_column_1

        top_container_browse_column_2: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_2, Unset):
            top_container_browse_column_2 = self.top_container_browse_column_2

        top_container_browse_column_3: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_3, Unset):
            top_container_browse_column_3 = self.top_container_browse_column_3

        top_container_browse_column_4: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_4, Unset):
            top_container_browse_column_4 = self.top_container_browse_column_4

        top_container_browse_column_5: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_5, Unset):
            top_container_browse_column_5 = self.top_container_browse_column_5

        top_container_browse_column_6: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_6, Unset):
            top_container_browse_column_6 = self.top_container_browse_column_6

        top_container_browse_column_7: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_7, Unset):
            top_container_browse_column_7 = self.top_container_browse_column_7

        top_container_browse_column_8: str | Unset = UNSET
        if not isinstance(self.top_container_browse_column_8, Unset):
            top_container_browse_column_8 = self.top_container_browse_column_8

        top_container_sort_column: str | Unset = UNSET
        if not isinstance(self.top_container_sort_column, Unset):
            top_container_sort_column = self.top_container_sort_column

        top_container_sort_direction: str | Unset = UNSET
        if not isinstance(self.top_container_sort_direction, Unset):
            top_container_sort_direction = self.top_container_sort_direction

        top_container_mgmt_browse_column_1: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_1, Unset):
            top_container_mgmt_browse_column_1 = self.top_container_mgmt_browse_column_1

        top_container_mgmt_browse_column_2: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_2, Unset):
            top_container_mgmt_browse_column_2 = self.top_container_mgmt_browse_column_2

        top_container_mgmt_browse_column_3: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_3, Unset):
            top_container_mgmt_browse_column_3 = self.top_container_mgmt_browse_column_3

        top_container_mgmt_browse_column_4: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_4, Unset):
            top_container_mgmt_browse_column_4 = self.top_container_mgmt_browse_column_4

        top_container_mgmt_browse_column_5: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_5, Unset):
            top_container_mgmt_browse_column_5 = self.top_container_mgmt_browse_column_5

        top_container_mgmt_browse_column_6: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_6, Unset):
            top_container_mgmt_browse_column_6 = self.top_container_mgmt_browse_column_6

        top_container_mgmt_browse_column_7: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_7, Unset):
            top_container_mgmt_browse_column_7 = self.top_container_mgmt_browse_column_7

        top_container_mgmt_browse_column_8: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_browse_column_8, Unset):
            top_container_mgmt_browse_column_8 = self.top_container_mgmt_browse_column_8

        top_container_mgmt_sort_column: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_sort_column, Unset):
            top_container_mgmt_sort_column = self.top_container_mgmt_sort_column

        top_container_mgmt_sort_direction: str | Unset = UNSET
        if not isinstance(self.top_container_mgmt_sort_direction, Unset):
            top_container_mgmt_sort_direction = self.top_container_mgmt_sort_direction

        job_browse_column_1: str | Unset = UNSET
        if not isinstance(self.job_browse_column_1, Unset):
            job_browse_column_1 = self.job_browse_column_1

        job_browse_column_2: str | Unset = UNSET
        if not isinstance(self.job_browse_column_2, Unset):
            job_browse_column_2 = self.job_browse_column_2

        job_browse_column_3: str | Unset = UNSET
        if not isinstance(self.job_browse_column_3, Unset):
            job_browse_column_3 = self.job_browse_column_3

        job_browse_column_4: str | Unset = UNSET
        if not isinstance(self.job_browse_column_4, Unset):
            job_browse_column_4 = self.job_browse_column_4

        job_browse_column_5: str | Unset = UNSET
        if not isinstance(self.job_browse_column_5, Unset):
            job_browse_column_5 = self.job_browse_column_5

        job_browse_column_6: str | Unset = UNSET
        if not isinstance(self.job_browse_column_6, Unset):
            job_browse_column_6 = self.job_browse_column_6

        job_browse_column_7: str | Unset = UNSET
        if not isinstance(self.job_browse_column_7, Unset):
            job_browse_column_7 = self.job_browse_column_7

        job_browse_column_8: str | Unset = UNSET
        if not isinstance(self.job_browse_column_8, Unset):
            job_browse_column_8 = self.job_browse_column_8

        job_sort_column: str | Unset = UNSET
        if not isinstance(self.job_sort_column, Unset):
            job_sort_column = self.job_sort_column

        job_sort_direction: str | Unset = UNSET
        if not isinstance(self.job_sort_direction, Unset):
            job_sort_direction = self.job_sort_direction

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
            }
        )
        if show_suppressed is not UNSET:
            field_dict["show_suppressed"] = show_suppressed
        if publish is not UNSET:
            field_dict["publish"] = publish
        if rde_sort_alpha is not UNSET:
            field_dict["rde_sort_alpha"] = rde_sort_alpha
        if include_unpublished is not UNSET:
            field_dict["include_unpublished"] = include_unpublished
        if locale is not UNSET:
            field_dict["locale"] = locale
        if default_values is not UNSET:
            field_dict["default_values"] = default_values
        if note_order is not UNSET:
            field_dict["note_order"] = note_order
        if digital_object_spawn is not UNSET:
            field_dict["digital_object_spawn"] = digital_object_spawn
        if accession_browse_column_1 is not UNSET:
            field_dict["accession_browse_column_1"] = accession_browse_column_1
        if accession_browse_column_2 is not UNSET:
            field_dict["accession_browse_column_2"] = accession_browse_column_2
        if accession_browse_column_3 is not UNSET:
            field_dict["accession_browse_column_3"] = accession_browse_column_3
        if accession_browse_column_4 is not UNSET:
            field_dict["accession_browse_column_4"] = accession_browse_column_4
        if accession_browse_column_5 is not UNSET:
            field_dict["accession_browse_column_5"] = accession_browse_column_5
        if accession_browse_column_6 is not UNSET:
            field_dict["accession_browse_column_6"] = accession_browse_column_6
        if accession_browse_column_7 is not UNSET:
            field_dict["accession_browse_column_7"] = accession_browse_column_7
        if accession_browse_column_8 is not UNSET:
            field_dict["accession_browse_column_8"] = accession_browse_column_8
        if accession_sort_column is not UNSET:
            field_dict["accession_sort_column"] = accession_sort_column
        if accession_sort_direction is not UNSET:
            field_dict["accession_sort_direction"] = accession_sort_direction
        if resource_browse_column_1 is not UNSET:
            field_dict["resource_browse_column_1"] = resource_browse_column_1
        if resource_browse_column_2 is not UNSET:
            field_dict["resource_browse_column_2"] = resource_browse_column_2
        if resource_browse_column_3 is not UNSET:
            field_dict["resource_browse_column_3"] = resource_browse_column_3
        if resource_browse_column_4 is not UNSET:
            field_dict["resource_browse_column_4"] = resource_browse_column_4
        if resource_browse_column_5 is not UNSET:
            field_dict["resource_browse_column_5"] = resource_browse_column_5
        if resource_browse_column_6 is not UNSET:
            field_dict["resource_browse_column_6"] = resource_browse_column_6
        if resource_browse_column_7 is not UNSET:
            field_dict["resource_browse_column_7"] = resource_browse_column_7
        if resource_browse_column_8 is not UNSET:
            field_dict["resource_browse_column_8"] = resource_browse_column_8
        if resource_sort_column is not UNSET:
            field_dict["resource_sort_column"] = resource_sort_column
        if resource_sort_direction is not UNSET:
            field_dict["resource_sort_direction"] = resource_sort_direction
        if digital_object_browse_column_1 is not UNSET:
            field_dict["digital_object_browse_column_1"] = (
                digital_object_browse_column_1
            )
        if digital_object_browse_column_2 is not UNSET:
            field_dict["digital_object_browse_column_2"] = (
                digital_object_browse_column_2
            )
        if digital_object_browse_column_3 is not UNSET:
            field_dict["digital_object_browse_column_3"] = (
                digital_object_browse_column_3
            )
        if digital_object_browse_column_4 is not UNSET:
            field_dict["digital_object_browse_column_4"] = (
                digital_object_browse_column_4
            )
        if digital_object_browse_column_5 is not UNSET:
            field_dict["digital_object_browse_column_5"] = (
                digital_object_browse_column_5
            )
        if digital_object_browse_column_6 is not UNSET:
            field_dict["digital_object_browse_column_6"] = (
                digital_object_browse_column_6
            )
        if digital_object_browse_column_7 is not UNSET:
            field_dict["digital_object_browse_column_7"] = (
                digital_object_browse_column_7
            )
        if digital_object_browse_column_8 is not UNSET:
            field_dict["digital_object_browse_column_8"] = (
                digital_object_browse_column_8
            )
        if digital_object_sort_column is not UNSET:
            field_dict["digital_object_sort_column"] = digital_object_sort_column
        if digital_object_sort_direction is not UNSET:
            field_dict["digital_object_sort_direction"] = digital_object_sort_direction
        if multi_browse_column_1 is not UNSET:
            field_dict["multi_browse_column_1"] = multi_browse_column_1
        if multi_browse_column_2 is not UNSET:
            field_dict["multi_browse_column_2"] = multi_browse_column_2
        if multi_browse_column_3 is not UNSET:
            field_dict["multi_browse_column_3"] = multi_browse_column_3
        if multi_browse_column_4 is not UNSET:
            field_dict["multi_browse_column_4"] = multi_browse_column_4
        if multi_browse_column_5 is not UNSET:
            field_dict["multi_browse_column_5"] = multi_browse_column_5
        if multi_browse_column_6 is not UNSET:
            field_dict["multi_browse_column_6"] = multi_browse_column_6
        if multi_browse_column_7 is not UNSET:
            field_dict["multi_browse_column_7"] = multi_browse_column_7
        if multi_browse_column_8 is not UNSET:
            field_dict["multi_browse_column_8"] = multi_browse_column_8
        if multi_sort_column is not UNSET:
            field_dict["multi_sort_column"] = multi_sort_column
        if multi_sort_direction is not UNSET:
            field_dict["multi_sort_direction"] = multi_sort_direction
        if location_browse_column_1 is not UNSET:
            field_dict["location_browse_column_1"] = location_browse_column_1
        if location_browse_column_2 is not UNSET:
            field_dict["location_browse_column_2"] = location_browse_column_2
        if location_browse_column_3 is not UNSET:
            field_dict["location_browse_column_3"] = location_browse_column_3
        if location_browse_column_4 is not UNSET:
            field_dict["location_browse_column_4"] = location_browse_column_4
        if location_browse_column_5 is not UNSET:
            field_dict["location_browse_column_5"] = location_browse_column_5
        if location_browse_column_6 is not UNSET:
            field_dict["location_browse_column_6"] = location_browse_column_6
        if location_browse_column_7 is not UNSET:
            field_dict["location_browse_column_7"] = location_browse_column_7
        if location_browse_column_8 is not UNSET:
            field_dict["location_browse_column_8"] = location_browse_column_8
        if location_sort_column is not UNSET:
            field_dict["location_sort_column"] = location_sort_column
        if location_sort_direction is not UNSET:
            field_dict["location_sort_direction"] = location_sort_direction
        if agent_browse_column_1 is not UNSET:
            field_dict["agent_browse_column_1"] = agent_browse_column_1
        if agent_browse_column_2 is not UNSET:
            field_dict["agent_browse_column_2"] = agent_browse_column_2
        if agent_browse_column_3 is not UNSET:
            field_dict["agent_browse_column_3"] = agent_browse_column_3
        if agent_browse_column_4 is not UNSET:
            field_dict["agent_browse_column_4"] = agent_browse_column_4
        if agent_browse_column_5 is not UNSET:
            field_dict["agent_browse_column_5"] = agent_browse_column_5
        if agent_browse_column_6 is not UNSET:
            field_dict["agent_browse_column_6"] = agent_browse_column_6
        if agent_browse_column_7 is not UNSET:
            field_dict["agent_browse_column_7"] = agent_browse_column_7
        if agent_browse_column_8 is not UNSET:
            field_dict["agent_browse_column_8"] = agent_browse_column_8
        if agent_sort_column is not UNSET:
            field_dict["agent_sort_column"] = agent_sort_column
        if agent_sort_direction is not UNSET:
            field_dict["agent_sort_direction"] = agent_sort_direction
        if archival_object_browse_column_1 is not UNSET:
            field_dict["archival_object_browse_column_1"] = (
                archival_object_browse_column_1
            )
        if archival_object_browse_column_2 is not UNSET:
            field_dict["archival_object_browse_column_2"] = (
                archival_object_browse_column_2
            )
        if archival_object_browse_column_3 is not UNSET:
            field_dict["archival_object_browse_column_3"] = (
                archival_object_browse_column_3
            )
        if archival_object_browse_column_4 is not UNSET:
            field_dict["archival_object_browse_column_4"] = (
                archival_object_browse_column_4
            )
        if archival_object_browse_column_5 is not UNSET:
            field_dict["archival_object_browse_column_5"] = (
                archival_object_browse_column_5
            )
        if archival_object_browse_column_6 is not UNSET:
            field_dict["archival_object_browse_column_6"] = (
                archival_object_browse_column_6
            )
        if archival_object_browse_column_7 is not UNSET:
            field_dict["archival_object_browse_column_7"] = (
                archival_object_browse_column_7
            )
        if archival_object_browse_column_8 is not UNSET:
            field_dict["archival_object_browse_column_8"] = (
                archival_object_browse_column_8
            )
        if archival_object_sort_column is not UNSET:
            field_dict["archival_object_sort_column"] = archival_object_sort_column
        if archival_object_sort_direction is not UNSET:
            field_dict["archival_object_sort_direction"] = (
                archival_object_sort_direction
            )
        if assessment_browse_column_1 is not UNSET:
            field_dict["assessment_browse_column_1"] = assessment_browse_column_1
        if assessment_browse_column_2 is not UNSET:
            field_dict["assessment_browse_column_2"] = assessment_browse_column_2
        if assessment_browse_column_3 is not UNSET:
            field_dict["assessment_browse_column_3"] = assessment_browse_column_3
        if assessment_browse_column_4 is not UNSET:
            field_dict["assessment_browse_column_4"] = assessment_browse_column_4
        if assessment_browse_column_5 is not UNSET:
            field_dict["assessment_browse_column_5"] = assessment_browse_column_5
        if assessment_browse_column_6 is not UNSET:
            field_dict["assessment_browse_column_6"] = assessment_browse_column_6
        if assessment_browse_column_7 is not UNSET:
            field_dict["assessment_browse_column_7"] = assessment_browse_column_7
        if assessment_browse_column_8 is not UNSET:
            field_dict["assessment_browse_column_8"] = assessment_browse_column_8
        if assessment_sort_column is not UNSET:
            field_dict["assessment_sort_column"] = assessment_sort_column
        if assessment_sort_direction is not UNSET:
            field_dict["assessment_sort_direction"] = assessment_sort_direction
        if classification_browse_column_1 is not UNSET:
            field_dict["classification_browse_column_1"] = (
                classification_browse_column_1
            )
        if classification_browse_column_2 is not UNSET:
            field_dict["classification_browse_column_2"] = (
                classification_browse_column_2
            )
        if classification_browse_column_3 is not UNSET:
            field_dict["classification_browse_column_3"] = (
                classification_browse_column_3
            )
        if classification_browse_column_4 is not UNSET:
            field_dict["classification_browse_column_4"] = (
                classification_browse_column_4
            )
        if classification_browse_column_5 is not UNSET:
            field_dict["classification_browse_column_5"] = (
                classification_browse_column_5
            )
        if classification_browse_column_6 is not UNSET:
            field_dict["classification_browse_column_6"] = (
                classification_browse_column_6
            )
        if classification_browse_column_7 is not UNSET:
            field_dict["classification_browse_column_7"] = (
                classification_browse_column_7
            )
        if classification_browse_column_8 is not UNSET:
            field_dict["classification_browse_column_8"] = (
                classification_browse_column_8
            )
        if classification_sort_column is not UNSET:
            field_dict["classification_sort_column"] = classification_sort_column
        if classification_sort_direction is not UNSET:
            field_dict["classification_sort_direction"] = classification_sort_direction
        if collection_management_browse_column_1 is not UNSET:
            field_dict["collection_management_browse_column_1"] = (
                collection_management_browse_column_1
            )
        if collection_management_browse_column_2 is not UNSET:
            field_dict["collection_management_browse_column_2"] = (
                collection_management_browse_column_2
            )
        if collection_management_browse_column_3 is not UNSET:
            field_dict["collection_management_browse_column_3"] = (
                collection_management_browse_column_3
            )
        if collection_management_browse_column_4 is not UNSET:
            field_dict["collection_management_browse_column_4"] = (
                collection_management_browse_column_4
            )
        if collection_management_browse_column_5 is not UNSET:
            field_dict["collection_management_browse_column_5"] = (
                collection_management_browse_column_5
            )
        if collection_management_browse_column_6 is not UNSET:
            field_dict["collection_management_browse_column_6"] = (
                collection_management_browse_column_6
            )
        if collection_management_browse_column_7 is not UNSET:
            field_dict["collection_management_browse_column_7"] = (
                collection_management_browse_column_7
            )
        if collection_management_browse_column_8 is not UNSET:
            field_dict["collection_management_browse_column_8"] = (
                collection_management_browse_column_8
            )
        if collection_management_sort_column is not UNSET:
            field_dict["collection_management_sort_column"] = (
                collection_management_sort_column
            )
        if collection_management_sort_direction is not UNSET:
            field_dict["collection_management_sort_direction"] = (
                collection_management_sort_direction
            )
        if container_profile_browse_column_1 is not UNSET:
            field_dict["container_profile_browse_column_1"] = (
                container_profile_browse_column_1
            )
        if container_profile_browse_column_2 is not UNSET:
            field_dict["container_profile_browse_column_2"] = (
                container_profile_browse_column_2
            )
        if container_profile_browse_column_3 is not UNSET:
            field_dict["container_profile_browse_column_3"] = (
                container_profile_browse_column_3
            )
        if container_profile_browse_column_4 is not UNSET:
            field_dict["container_profile_browse_column_4"] = (
                container_profile_browse_column_4
            )
        if container_profile_browse_column_5 is not UNSET:
            field_dict["container_profile_browse_column_5"] = (
                container_profile_browse_column_5
            )
        if container_profile_browse_column_6 is not UNSET:
            field_dict["container_profile_browse_column_6"] = (
                container_profile_browse_column_6
            )
        if container_profile_browse_column_7 is not UNSET:
            field_dict["container_profile_browse_column_7"] = (
                container_profile_browse_column_7
            )
        if container_profile_browse_column_8 is not UNSET:
            field_dict["container_profile_browse_column_8"] = (
                container_profile_browse_column_8
            )
        if container_profile_sort_column is not UNSET:
            field_dict["container_profile_sort_column"] = container_profile_sort_column
        if container_profile_sort_direction is not UNSET:
            field_dict["container_profile_sort_direction"] = (
                container_profile_sort_direction
            )
        if digital_object_component_browse_column_1 is not UNSET:
            field_dict["digital_object_component_browse_column_1"] = (
                digital_object_component_browse_column_1
            )
        if digital_object_component_browse_column_2 is not UNSET:
            field_dict["digital_object_component_browse_column_2"] = (
                digital_object_component_browse_column_2
            )
        if digital_object_component_browse_column_3 is not UNSET:
            field_dict["digital_object_component_browse_column_3"] = (
                digital_object_component_browse_column_3
            )
        if digital_object_component_browse_column_4 is not UNSET:
            field_dict["digital_object_component_browse_column_4"] = (
                digital_object_component_browse_column_4
            )
        if digital_object_component_browse_column_5 is not UNSET:
            field_dict["digital_object_component_browse_column_5"] = (
                digital_object_component_browse_column_5
            )
        if digital_object_component_browse_column_6 is not UNSET:
            field_dict["digital_object_component_browse_column_6"] = (
                digital_object_component_browse_column_6
            )
        if digital_object_component_browse_column_7 is not UNSET:
            field_dict["digital_object_component_browse_column_7"] = (
                digital_object_component_browse_column_7
            )
        if digital_object_component_browse_column_8 is not UNSET:
            field_dict["digital_object_component_browse_column_8"] = (
                digital_object_component_browse_column_8
            )
        if digital_object_component_sort_column is not UNSET:
            field_dict["digital_object_component_sort_column"] = (
                digital_object_component_sort_column
            )
        if digital_object_component_sort_direction is not UNSET:
            field_dict["digital_object_component_sort_direction"] = (
                digital_object_component_sort_direction
            )
        if event_browse_column_1 is not UNSET:
            field_dict["event_browse_column_1"] = event_browse_column_1
        if event_browse_column_2 is not UNSET:
            field_dict["event_browse_column_2"] = event_browse_column_2
        if event_browse_column_3 is not UNSET:
            field_dict["event_browse_column_3"] = event_browse_column_3
        if event_browse_column_4 is not UNSET:
            field_dict["event_browse_column_4"] = event_browse_column_4
        if event_browse_column_5 is not UNSET:
            field_dict["event_browse_column_5"] = event_browse_column_5
        if event_browse_column_6 is not UNSET:
            field_dict["event_browse_column_6"] = event_browse_column_6
        if event_browse_column_7 is not UNSET:
            field_dict["event_browse_column_7"] = event_browse_column_7
        if event_browse_column_8 is not UNSET:
            field_dict["event_browse_column_8"] = event_browse_column_8
        if event_sort_column is not UNSET:
            field_dict["event_sort_column"] = event_sort_column
        if event_sort_direction is not UNSET:
            field_dict["event_sort_direction"] = event_sort_direction
        if location_profile_browse_column_1 is not UNSET:
            field_dict["location_profile_browse_column_1"] = (
                location_profile_browse_column_1
            )
        if location_profile_browse_column_2 is not UNSET:
            field_dict["location_profile_browse_column_2"] = (
                location_profile_browse_column_2
            )
        if location_profile_browse_column_3 is not UNSET:
            field_dict["location_profile_browse_column_3"] = (
                location_profile_browse_column_3
            )
        if location_profile_browse_column_4 is not UNSET:
            field_dict["location_profile_browse_column_4"] = (
                location_profile_browse_column_4
            )
        if location_profile_browse_column_5 is not UNSET:
            field_dict["location_profile_browse_column_5"] = (
                location_profile_browse_column_5
            )
        if location_profile_browse_column_6 is not UNSET:
            field_dict["location_profile_browse_column_6"] = (
                location_profile_browse_column_6
            )
        if location_profile_browse_column_7 is not UNSET:
            field_dict["location_profile_browse_column_7"] = (
                location_profile_browse_column_7
            )
        if location_profile_browse_column_8 is not UNSET:
            field_dict["location_profile_browse_column_8"] = (
                location_profile_browse_column_8
            )
        if location_profile_sort_column is not UNSET:
            field_dict["location_profile_sort_column"] = location_profile_sort_column
        if location_profile_sort_direction is not UNSET:
            field_dict["location_profile_sort_direction"] = (
                location_profile_sort_direction
            )
        if repositories_browse_column_1 is not UNSET:
            field_dict["repositories_browse_column_1"] = repositories_browse_column_1
        if repositories_browse_column_2 is not UNSET:
            field_dict["repositories_browse_column_2"] = repositories_browse_column_2
        if repositories_browse_column_3 is not UNSET:
            field_dict["repositories_browse_column_3"] = repositories_browse_column_3
        if repositories_browse_column_4 is not UNSET:
            field_dict["repositories_browse_column_4"] = repositories_browse_column_4
        if repositories_browse_column_5 is not UNSET:
            field_dict["repositories_browse_column_5"] = repositories_browse_column_5
        if repositories_browse_column_6 is not UNSET:
            field_dict["repositories_browse_column_6"] = repositories_browse_column_6
        if repositories_browse_column_7 is not UNSET:
            field_dict["repositories_browse_column_7"] = repositories_browse_column_7
        if repositories_browse_column_8 is not UNSET:
            field_dict["repositories_browse_column_8"] = repositories_browse_column_8
        if repositories_sort_column is not UNSET:
            field_dict["repositories_sort_column"] = repositories_sort_column
        if repositories_sort_direction is not UNSET:
            field_dict["repositories_sort_direction"] = repositories_sort_direction
        if subject_browse_column_1 is not UNSET:
            field_dict["subject_browse_column_1"] = subject_browse_column_1
        if subject_browse_column_2 is not UNSET:
            field_dict["subject_browse_column_2"] = subject_browse_column_2
        if subject_browse_column_3 is not UNSET:
            field_dict["subject_browse_column_3"] = subject_browse_column_3
        if subject_browse_column_4 is not UNSET:
            field_dict["subject_browse_column_4"] = subject_browse_column_4
        if subject_browse_column_5 is not UNSET:
            field_dict["subject_browse_column_5"] = subject_browse_column_5
        if subject_browse_column_6 is not UNSET:
            field_dict["subject_browse_column_6"] = subject_browse_column_6
        if subject_browse_column_7 is not UNSET:
            field_dict["subject_browse_column_7"] = subject_browse_column_7
        if subject_browse_column_8 is not UNSET:
            field_dict["subject_browse_column_8"] = subject_browse_column_8
        if subject_sort_column is not UNSET:
            field_dict["subject_sort_column"] = subject_sort_column
        if subject_sort_direction is not UNSET:
            field_dict["subject_sort_direction"] = subject_sort_direction
        if top_container_browse_column_1 is not UNSET:
            field_dict["top_container_browse_column_1"] = top_container_browse_column_1
        if top_container_browse_column_2 is not UNSET:
            field_dict["top_container_browse_column_2"] = top_container_browse_column_2
        if top_container_browse_column_3 is not UNSET:
            field_dict["top_container_browse_column_3"] = top_container_browse_column_3
        if top_container_browse_column_4 is not UNSET:
            field_dict["top_container_browse_column_4"] = top_container_browse_column_4
        if top_container_browse_column_5 is not UNSET:
            field_dict["top_container_browse_column_5"] = top_container_browse_column_5
        if top_container_browse_column_6 is not UNSET:
            field_dict["top_container_browse_column_6"] = top_container_browse_column_6
        if top_container_browse_column_7 is not UNSET:
            field_dict["top_container_browse_column_7"] = top_container_browse_column_7
        if top_container_browse_column_8 is not UNSET:
            field_dict["top_container_browse_column_8"] = top_container_browse_column_8
        if top_container_sort_column is not UNSET:
            field_dict["top_container_sort_column"] = top_container_sort_column
        if top_container_sort_direction is not UNSET:
            field_dict["top_container_sort_direction"] = top_container_sort_direction
        if top_container_mgmt_browse_column_1 is not UNSET:
            field_dict["top_container_mgmt_browse_column_1"] = (
                top_container_mgmt_browse_column_1
            )
        if top_container_mgmt_browse_column_2 is not UNSET:
            field_dict["top_container_mgmt_browse_column_2"] = (
                top_container_mgmt_browse_column_2
            )
        if top_container_mgmt_browse_column_3 is not UNSET:
            field_dict["top_container_mgmt_browse_column_3"] = (
                top_container_mgmt_browse_column_3
            )
        if top_container_mgmt_browse_column_4 is not UNSET:
            field_dict["top_container_mgmt_browse_column_4"] = (
                top_container_mgmt_browse_column_4
            )
        if top_container_mgmt_browse_column_5 is not UNSET:
            field_dict["top_container_mgmt_browse_column_5"] = (
                top_container_mgmt_browse_column_5
            )
        if top_container_mgmt_browse_column_6 is not UNSET:
            field_dict["top_container_mgmt_browse_column_6"] = (
                top_container_mgmt_browse_column_6
            )
        if top_container_mgmt_browse_column_7 is not UNSET:
            field_dict["top_container_mgmt_browse_column_7"] = (
                top_container_mgmt_browse_column_7
            )
        if top_container_mgmt_browse_column_8 is not UNSET:
            field_dict["top_container_mgmt_browse_column_8"] = (
                top_container_mgmt_browse_column_8
            )
        if top_container_mgmt_sort_column is not UNSET:
            field_dict["top_container_mgmt_sort_column"] = (
                top_container_mgmt_sort_column
            )
        if top_container_mgmt_sort_direction is not UNSET:
            field_dict["top_container_mgmt_sort_direction"] = (
                top_container_mgmt_sort_direction
            )
        if job_browse_column_1 is not UNSET:
            field_dict["job_browse_column_1"] = job_browse_column_1
        if job_browse_column_2 is not UNSET:
            field_dict["job_browse_column_2"] = job_browse_column_2
        if job_browse_column_3 is not UNSET:
            field_dict["job_browse_column_3"] = job_browse_column_3
        if job_browse_column_4 is not UNSET:
            field_dict["job_browse_column_4"] = job_browse_column_4
        if job_browse_column_5 is not UNSET:
            field_dict["job_browse_column_5"] = job_browse_column_5
        if job_browse_column_6 is not UNSET:
            field_dict["job_browse_column_6"] = job_browse_column_6
        if job_browse_column_7 is not UNSET:
            field_dict["job_browse_column_7"] = job_browse_column_7
        if job_browse_column_8 is not UNSET:
            field_dict["job_browse_column_8"] = job_browse_column_8
        if job_sort_column is not UNSET:
            field_dict["job_sort_column"] = job_sort_column
        if job_sort_direction is not UNSET:
            field_dict["job_sort_direction"] = job_sort_direction
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
        jsonmodel_type = cast("Literal['defaults']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "defaults":
            raise ValueError(
                f"jsonmodel_type must match const 'defaults', got '{jsonmodel_type}'"
            )

        show_suppressed = d.pop("show_suppressed", UNSET)

        publish = d.pop("publish", UNSET)

        rde_sort_alpha = d.pop("rde_sort_alpha", UNSET)

        include_unpublished = d.pop("include_unpublished", UNSET)

        _locale = d.pop("locale", UNSET)
        locale: DefaultsLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = check_defaults_locale(_locale)

        default_values = d.pop("default_values", UNSET)

        note_order = cast("list[str]", d.pop("note_order", UNSET))

        digital_object_spawn = d.pop("digital_object_spawn", UNSET)

        _accession_browse_column_1 = d.pop("accession_browse_column_1", UNSET)
        accession_browse_column_1: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_1, Unset):
            accession_browse_column_1 = UNSET
        else:
            accession_browse_column_1 = check_accession_browse_column(
                _accession_browse_column_1
            )

        _accession_browse_column_2 = d.pop("accession_browse_column_2", UNSET)
        accession_browse_column_2: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_2, Unset):
            accession_browse_column_2 = UNSET
        else:
            accession_browse_column_2 = check_accession_browse_column(
                _accession_browse_column_2
            )

        _accession_browse_column_3 = d.pop("accession_browse_column_3", UNSET)
        accession_browse_column_3: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_3, Unset):
            accession_browse_column_3 = UNSET
        else:
            accession_browse_column_3 = check_accession_browse_column(
                _accession_browse_column_3
            )

        _accession_browse_column_4 = d.pop("accession_browse_column_4", UNSET)
        accession_browse_column_4: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_4, Unset):
            accession_browse_column_4 = UNSET
        else:
            accession_browse_column_4 = check_accession_browse_column(
                _accession_browse_column_4
            )

        _accession_browse_column_5 = d.pop("accession_browse_column_5", UNSET)
        accession_browse_column_5: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_5, Unset):
            accession_browse_column_5 = UNSET
        else:
            accession_browse_column_5 = check_accession_browse_column(
                _accession_browse_column_5
            )

        _accession_browse_column_6 = d.pop("accession_browse_column_6", UNSET)
        accession_browse_column_6: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_6, Unset):
            accession_browse_column_6 = UNSET
        else:
            accession_browse_column_6 = check_accession_browse_column(
                _accession_browse_column_6
            )

        _accession_browse_column_7 = d.pop("accession_browse_column_7", UNSET)
        accession_browse_column_7: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_7, Unset):
            accession_browse_column_7 = UNSET
        else:
            accession_browse_column_7 = check_accession_browse_column(
                _accession_browse_column_7
            )

        _accession_browse_column_8 = d.pop("accession_browse_column_8", UNSET)
        accession_browse_column_8: AccessionBrowseColumn | Unset
        if isinstance(_accession_browse_column_8, Unset):
            accession_browse_column_8 = UNSET
        else:
            accession_browse_column_8 = check_accession_browse_column(
                _accession_browse_column_8
            )

        _accession_sort_column = d.pop("accession_sort_column", UNSET)
        accession_sort_column: DefaultsAccessionSortColumn | Unset
        if isinstance(_accession_sort_column, Unset):
            accession_sort_column = UNSET
        else:
            accession_sort_column = check_defaults_accession_sort_column(
                _accession_sort_column
            )

        _accession_sort_direction = d.pop("accession_sort_direction", UNSET)
        accession_sort_direction: BrowseSortDirection | Unset
        if isinstance(_accession_sort_direction, Unset):
            accession_sort_direction = UNSET
        else:
            accession_sort_direction = check_browse_sort_direction(
                _accession_sort_direction
            )

        _resource_browse_column_1 = d.pop("resource_browse_column_1", UNSET)
        resource_browse_column_1: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_1, Unset):
            resource_browse_column_1 = UNSET
        else:
            resource_browse_column_1 = check_resource_browse_column(
                _resource_browse_column_1
            )

        _resource_browse_column_2 = d.pop("resource_browse_column_2", UNSET)
        resource_browse_column_2: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_2, Unset):
            resource_browse_column_2 = UNSET
        else:
            resource_browse_column_2 = check_resource_browse_column(
                _resource_browse_column_2
            )

        _resource_browse_column_3 = d.pop("resource_browse_column_3", UNSET)
        resource_browse_column_3: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_3, Unset):
            resource_browse_column_3 = UNSET
        else:
            resource_browse_column_3 = check_resource_browse_column(
                _resource_browse_column_3
            )

        _resource_browse_column_4 = d.pop("resource_browse_column_4", UNSET)
        resource_browse_column_4: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_4, Unset):
            resource_browse_column_4 = UNSET
        else:
            resource_browse_column_4 = check_resource_browse_column(
                _resource_browse_column_4
            )

        _resource_browse_column_5 = d.pop("resource_browse_column_5", UNSET)
        resource_browse_column_5: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_5, Unset):
            resource_browse_column_5 = UNSET
        else:
            resource_browse_column_5 = check_resource_browse_column(
                _resource_browse_column_5
            )

        _resource_browse_column_6 = d.pop("resource_browse_column_6", UNSET)
        resource_browse_column_6: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_6, Unset):
            resource_browse_column_6 = UNSET
        else:
            resource_browse_column_6 = check_resource_browse_column(
                _resource_browse_column_6
            )

        _resource_browse_column_7 = d.pop("resource_browse_column_7", UNSET)
        resource_browse_column_7: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_7, Unset):
            resource_browse_column_7 = UNSET
        else:
            resource_browse_column_7 = check_resource_browse_column(
                _resource_browse_column_7
            )

        _resource_browse_column_8 = d.pop("resource_browse_column_8", UNSET)
        resource_browse_column_8: ResourceBrowseColumn | Unset
        if isinstance(_resource_browse_column_8, Unset):
            resource_browse_column_8 = UNSET
        else:
            resource_browse_column_8 = check_resource_browse_column(
                _resource_browse_column_8
            )

        _resource_sort_column = d.pop("resource_sort_column", UNSET)
        resource_sort_column: DefaultsResourceSortColumn | Unset
        if isinstance(_resource_sort_column, Unset):
            resource_sort_column = UNSET
        else:
            resource_sort_column = check_defaults_resource_sort_column(
                _resource_sort_column
            )

        _resource_sort_direction = d.pop("resource_sort_direction", UNSET)
        resource_sort_direction: BrowseSortDirection | Unset
        if isinstance(_resource_sort_direction, Unset):
            resource_sort_direction = UNSET
        else:
            resource_sort_direction = check_browse_sort_direction(
                _resource_sort_direction
            )

        _digital_object_browse_column_1 = d.pop("digital_object_browse_column_1", UNSET)
        digital_object_browse_column_1: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_1, Unset):
            digital_object_browse_column_1 = UNSET
        else:
            digital_object_browse_column_1 = check_digital_object_browse_column(
                _digital_object_browse_column_1
            )

        _digital_object_browse_column_2 = d.pop("digital_object_browse_column_2", UNSET)
        digital_object_browse_column_2: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_2, Unset):
            digital_object_browse_column_2 = UNSET
        else:
            digital_object_browse_column_2 = check_digital_object_browse_column(
                _digital_object_browse_column_2
            )

        _digital_object_browse_column_3 = d.pop("digital_object_browse_column_3", UNSET)
        digital_object_browse_column_3: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_3, Unset):
            digital_object_browse_column_3 = UNSET
        else:
            digital_object_browse_column_3 = check_digital_object_browse_column(
                _digital_object_browse_column_3
            )

        _digital_object_browse_column_4 = d.pop("digital_object_browse_column_4", UNSET)
        digital_object_browse_column_4: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_4, Unset):
            digital_object_browse_column_4 = UNSET
        else:
            digital_object_browse_column_4 = check_digital_object_browse_column(
                _digital_object_browse_column_4
            )

        _digital_object_browse_column_5 = d.pop("digital_object_browse_column_5", UNSET)
        digital_object_browse_column_5: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_5, Unset):
            digital_object_browse_column_5 = UNSET
        else:
            digital_object_browse_column_5 = check_digital_object_browse_column(
                _digital_object_browse_column_5
            )

        _digital_object_browse_column_6 = d.pop("digital_object_browse_column_6", UNSET)
        digital_object_browse_column_6: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_6, Unset):
            digital_object_browse_column_6 = UNSET
        else:
            digital_object_browse_column_6 = check_digital_object_browse_column(
                _digital_object_browse_column_6
            )

        _digital_object_browse_column_7 = d.pop("digital_object_browse_column_7", UNSET)
        digital_object_browse_column_7: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_7, Unset):
            digital_object_browse_column_7 = UNSET
        else:
            digital_object_browse_column_7 = check_digital_object_browse_column(
                _digital_object_browse_column_7
            )

        _digital_object_browse_column_8 = d.pop("digital_object_browse_column_8", UNSET)
        digital_object_browse_column_8: DigitalObjectBrowseColumn | Unset
        if isinstance(_digital_object_browse_column_8, Unset):
            digital_object_browse_column_8 = UNSET
        else:
            digital_object_browse_column_8 = check_digital_object_browse_column(
                _digital_object_browse_column_8
            )

        _digital_object_sort_column = d.pop("digital_object_sort_column", UNSET)
        digital_object_sort_column: DefaultsDigitalObjectSortColumn | Unset
        if isinstance(_digital_object_sort_column, Unset):
            digital_object_sort_column = UNSET
        else:
            digital_object_sort_column = check_defaults_digital_object_sort_column(
                _digital_object_sort_column
            )

        _digital_object_sort_direction = d.pop("digital_object_sort_direction", UNSET)
        digital_object_sort_direction: BrowseSortDirection | Unset
        if isinstance(_digital_object_sort_direction, Unset):
            digital_object_sort_direction = UNSET
        else:
            digital_object_sort_direction = check_browse_sort_direction(
                _digital_object_sort_direction
            )

        _multi_browse_column_1 = d.pop("multi_browse_column_1", UNSET)
        multi_browse_column_1: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_1, Unset):
            multi_browse_column_1 = UNSET
        else:
            multi_browse_column_1 = check_multi_browse_column(_multi_browse_column_1)

        _multi_browse_column_2 = d.pop("multi_browse_column_2", UNSET)
        multi_browse_column_2: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_2, Unset):
            multi_browse_column_2 = UNSET
        else:
            multi_browse_column_2 = check_multi_browse_column(_multi_browse_column_2)

        _multi_browse_column_3 = d.pop("multi_browse_column_3", UNSET)
        multi_browse_column_3: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_3, Unset):
            multi_browse_column_3 = UNSET
        else:
            multi_browse_column_3 = check_multi_browse_column(_multi_browse_column_3)

        _multi_browse_column_4 = d.pop("multi_browse_column_4", UNSET)
        multi_browse_column_4: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_4, Unset):
            multi_browse_column_4 = UNSET
        else:
            multi_browse_column_4 = check_multi_browse_column(_multi_browse_column_4)

        _multi_browse_column_5 = d.pop("multi_browse_column_5", UNSET)
        multi_browse_column_5: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_5, Unset):
            multi_browse_column_5 = UNSET
        else:
            multi_browse_column_5 = check_multi_browse_column(_multi_browse_column_5)

        _multi_browse_column_6 = d.pop("multi_browse_column_6", UNSET)
        multi_browse_column_6: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_6, Unset):
            multi_browse_column_6 = UNSET
        else:
            multi_browse_column_6 = check_multi_browse_column(_multi_browse_column_6)

        _multi_browse_column_7 = d.pop("multi_browse_column_7", UNSET)
        multi_browse_column_7: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_7, Unset):
            multi_browse_column_7 = UNSET
        else:
            multi_browse_column_7 = check_multi_browse_column(_multi_browse_column_7)

        _multi_browse_column_8 = d.pop("multi_browse_column_8", UNSET)
        multi_browse_column_8: MultiBrowseColumn | Unset
        if isinstance(_multi_browse_column_8, Unset):
            multi_browse_column_8 = UNSET
        else:
            multi_browse_column_8 = check_multi_browse_column(_multi_browse_column_8)

        _multi_sort_column = d.pop("multi_sort_column", UNSET)
        multi_sort_column: DefaultsMultiSortColumn | Unset
        if isinstance(_multi_sort_column, Unset):
            multi_sort_column = UNSET
        else:
            multi_sort_column = check_defaults_multi_sort_column(_multi_sort_column)

        _multi_sort_direction = d.pop("multi_sort_direction", UNSET)
        multi_sort_direction: BrowseSortDirection | Unset
        if isinstance(_multi_sort_direction, Unset):
            multi_sort_direction = UNSET
        else:
            multi_sort_direction = check_browse_sort_direction(_multi_sort_direction)

        _location_browse_column_1 = d.pop("location_browse_column_1", UNSET)
        location_browse_column_1: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_1, Unset):
            location_browse_column_1 = UNSET
        else:
            location_browse_column_1 = check_location_browse_column(
                _location_browse_column_1
            )

        _location_browse_column_2 = d.pop("location_browse_column_2", UNSET)
        location_browse_column_2: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_2, Unset):
            location_browse_column_2 = UNSET
        else:
            location_browse_column_2 = check_location_browse_column(
                _location_browse_column_2
            )

        _location_browse_column_3 = d.pop("location_browse_column_3", UNSET)
        location_browse_column_3: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_3, Unset):
            location_browse_column_3 = UNSET
        else:
            location_browse_column_3 = check_location_browse_column(
                _location_browse_column_3
            )

        _location_browse_column_4 = d.pop("location_browse_column_4", UNSET)
        location_browse_column_4: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_4, Unset):
            location_browse_column_4 = UNSET
        else:
            location_browse_column_4 = check_location_browse_column(
                _location_browse_column_4
            )

        _location_browse_column_5 = d.pop("location_browse_column_5", UNSET)
        location_browse_column_5: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_5, Unset):
            location_browse_column_5 = UNSET
        else:
            location_browse_column_5 = check_location_browse_column(
                _location_browse_column_5
            )

        _location_browse_column_6 = d.pop("location_browse_column_6", UNSET)
        location_browse_column_6: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_6, Unset):
            location_browse_column_6 = UNSET
        else:
            location_browse_column_6 = check_location_browse_column(
                _location_browse_column_6
            )

        _location_browse_column_7 = d.pop("location_browse_column_7", UNSET)
        location_browse_column_7: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_7, Unset):
            location_browse_column_7 = UNSET
        else:
            location_browse_column_7 = check_location_browse_column(
                _location_browse_column_7
            )

        _location_browse_column_8 = d.pop("location_browse_column_8", UNSET)
        location_browse_column_8: LocationBrowseColumn | Unset
        if isinstance(_location_browse_column_8, Unset):
            location_browse_column_8 = UNSET
        else:
            location_browse_column_8 = check_location_browse_column(
                _location_browse_column_8
            )

        _location_sort_column = d.pop("location_sort_column", UNSET)
        location_sort_column: DefaultsLocationSortColumn | Unset
        if isinstance(_location_sort_column, Unset):
            location_sort_column = UNSET
        else:
            location_sort_column = check_defaults_location_sort_column(
                _location_sort_column
            )

        _location_sort_direction = d.pop("location_sort_direction", UNSET)
        location_sort_direction: BrowseSortDirection | Unset
        if isinstance(_location_sort_direction, Unset):
            location_sort_direction = UNSET
        else:
            location_sort_direction = check_browse_sort_direction(
                _location_sort_direction
            )

        _agent_browse_column_1 = d.pop("agent_browse_column_1", UNSET)
        agent_browse_column_1: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_1, Unset):
            agent_browse_column_1 = UNSET
        else:
            agent_browse_column_1 = check_agent_browse_column(_agent_browse_column_1)

        _agent_browse_column_2 = d.pop("agent_browse_column_2", UNSET)
        agent_browse_column_2: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_2, Unset):
            agent_browse_column_2 = UNSET
        else:
            agent_browse_column_2 = check_agent_browse_column(_agent_browse_column_2)

        _agent_browse_column_3 = d.pop("agent_browse_column_3", UNSET)
        agent_browse_column_3: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_3, Unset):
            agent_browse_column_3 = UNSET
        else:
            agent_browse_column_3 = check_agent_browse_column(_agent_browse_column_3)

        _agent_browse_column_4 = d.pop("agent_browse_column_4", UNSET)
        agent_browse_column_4: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_4, Unset):
            agent_browse_column_4 = UNSET
        else:
            agent_browse_column_4 = check_agent_browse_column(_agent_browse_column_4)

        _agent_browse_column_5 = d.pop("agent_browse_column_5", UNSET)
        agent_browse_column_5: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_5, Unset):
            agent_browse_column_5 = UNSET
        else:
            agent_browse_column_5 = check_agent_browse_column(_agent_browse_column_5)

        _agent_browse_column_6 = d.pop("agent_browse_column_6", UNSET)
        agent_browse_column_6: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_6, Unset):
            agent_browse_column_6 = UNSET
        else:
            agent_browse_column_6 = check_agent_browse_column(_agent_browse_column_6)

        _agent_browse_column_7 = d.pop("agent_browse_column_7", UNSET)
        agent_browse_column_7: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_7, Unset):
            agent_browse_column_7 = UNSET
        else:
            agent_browse_column_7 = check_agent_browse_column(_agent_browse_column_7)

        _agent_browse_column_8 = d.pop("agent_browse_column_8", UNSET)
        agent_browse_column_8: AgentBrowseColumn | Unset
        if isinstance(_agent_browse_column_8, Unset):
            agent_browse_column_8 = UNSET
        else:
            agent_browse_column_8 = check_agent_browse_column(_agent_browse_column_8)

        _agent_sort_column = d.pop("agent_sort_column", UNSET)
        agent_sort_column: DefaultsAgentSortColumn | Unset
        if isinstance(_agent_sort_column, Unset):
            agent_sort_column = UNSET
        else:
            agent_sort_column = check_defaults_agent_sort_column(_agent_sort_column)

        _agent_sort_direction = d.pop("agent_sort_direction", UNSET)
        agent_sort_direction: BrowseSortDirection | Unset
        if isinstance(_agent_sort_direction, Unset):
            agent_sort_direction = UNSET
        else:
            agent_sort_direction = check_browse_sort_direction(_agent_sort_direction)

        _archival_object_browse_column_1 = d.pop(
            "archival_object_browse_column_1", UNSET
        )
        archival_object_browse_column_1: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_1, Unset):
            archival_object_browse_column_1 = UNSET
        else:
            archival_object_browse_column_1 = check_archival_object_browse_column(
                _archival_object_browse_column_1
            )

        _archival_object_browse_column_2 = d.pop(
            "archival_object_browse_column_2", UNSET
        )
        archival_object_browse_column_2: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_2, Unset):
            archival_object_browse_column_2 = UNSET
        else:
            archival_object_browse_column_2 = check_archival_object_browse_column(
                _archival_object_browse_column_2
            )

        _archival_object_browse_column_3 = d.pop(
            "archival_object_browse_column_3", UNSET
        )
        archival_object_browse_column_3: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_3, Unset):
            archival_object_browse_column_3 = UNSET
        else:
            archival_object_browse_column_3 = check_archival_object_browse_column(
                _archival_object_browse_column_3
            )

        _archival_object_browse_column_4 = d.pop(
            "archival_object_browse_column_4", UNSET
        )
        archival_object_browse_column_4: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_4, Unset):
            archival_object_browse_column_4 = UNSET
        else:
            archival_object_browse_column_4 = check_archival_object_browse_column(
                _archival_object_browse_column_4
            )

        _archival_object_browse_column_5 = d.pop(
            "archival_object_browse_column_5", UNSET
        )
        archival_object_browse_column_5: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_5, Unset):
            archival_object_browse_column_5 = UNSET
        else:
            archival_object_browse_column_5 = check_archival_object_browse_column(
                _archival_object_browse_column_5
            )

        _archival_object_browse_column_6 = d.pop(
            "archival_object_browse_column_6", UNSET
        )
        archival_object_browse_column_6: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_6, Unset):
            archival_object_browse_column_6 = UNSET
        else:
            archival_object_browse_column_6 = check_archival_object_browse_column(
                _archival_object_browse_column_6
            )

        _archival_object_browse_column_7 = d.pop(
            "archival_object_browse_column_7", UNSET
        )
        archival_object_browse_column_7: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_7, Unset):
            archival_object_browse_column_7 = UNSET
        else:
            archival_object_browse_column_7 = check_archival_object_browse_column(
                _archival_object_browse_column_7
            )

        _archival_object_browse_column_8 = d.pop(
            "archival_object_browse_column_8", UNSET
        )
        archival_object_browse_column_8: ArchivalObjectBrowseColumn | Unset
        if isinstance(_archival_object_browse_column_8, Unset):
            archival_object_browse_column_8 = UNSET
        else:
            archival_object_browse_column_8 = check_archival_object_browse_column(
                _archival_object_browse_column_8
            )

        _archival_object_sort_column = d.pop("archival_object_sort_column", UNSET)
        archival_object_sort_column: DefaultsArchivalObjectSortColumn | Unset
        if isinstance(_archival_object_sort_column, Unset):
            archival_object_sort_column = UNSET
        else:
            archival_object_sort_column = check_defaults_archival_object_sort_column(
                _archival_object_sort_column
            )

        _archival_object_sort_direction = d.pop("archival_object_sort_direction", UNSET)
        archival_object_sort_direction: BrowseSortDirection | Unset
        if isinstance(_archival_object_sort_direction, Unset):
            archival_object_sort_direction = UNSET
        else:
            archival_object_sort_direction = check_browse_sort_direction(
                _archival_object_sort_direction
            )

        _assessment_browse_column_1 = d.pop("assessment_browse_column_1", UNSET)
        assessment_browse_column_1: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_1, Unset):
            assessment_browse_column_1 = UNSET
        else:
            assessment_browse_column_1 = check_assessment_browse_column(
                _assessment_browse_column_1
            )

        _assessment_browse_column_2 = d.pop("assessment_browse_column_2", UNSET)
        assessment_browse_column_2: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_2, Unset):
            assessment_browse_column_2 = UNSET
        else:
            assessment_browse_column_2 = check_assessment_browse_column(
                _assessment_browse_column_2
            )

        _assessment_browse_column_3 = d.pop("assessment_browse_column_3", UNSET)
        assessment_browse_column_3: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_3, Unset):
            assessment_browse_column_3 = UNSET
        else:
            assessment_browse_column_3 = check_assessment_browse_column(
                _assessment_browse_column_3
            )

        _assessment_browse_column_4 = d.pop("assessment_browse_column_4", UNSET)
        assessment_browse_column_4: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_4, Unset):
            assessment_browse_column_4 = UNSET
        else:
            assessment_browse_column_4 = check_assessment_browse_column(
                _assessment_browse_column_4
            )

        _assessment_browse_column_5 = d.pop("assessment_browse_column_5", UNSET)
        assessment_browse_column_5: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_5, Unset):
            assessment_browse_column_5 = UNSET
        else:
            assessment_browse_column_5 = check_assessment_browse_column(
                _assessment_browse_column_5
            )

        _assessment_browse_column_6 = d.pop("assessment_browse_column_6", UNSET)
        assessment_browse_column_6: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_6, Unset):
            assessment_browse_column_6 = UNSET
        else:
            assessment_browse_column_6 = check_assessment_browse_column(
                _assessment_browse_column_6
            )

        _assessment_browse_column_7 = d.pop("assessment_browse_column_7", UNSET)
        assessment_browse_column_7: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_7, Unset):
            assessment_browse_column_7 = UNSET
        else:
            assessment_browse_column_7 = check_assessment_browse_column(
                _assessment_browse_column_7
            )

        _assessment_browse_column_8 = d.pop("assessment_browse_column_8", UNSET)
        assessment_browse_column_8: AssessmentBrowseColumn | Unset
        if isinstance(_assessment_browse_column_8, Unset):
            assessment_browse_column_8 = UNSET
        else:
            assessment_browse_column_8 = check_assessment_browse_column(
                _assessment_browse_column_8
            )

        _assessment_sort_column = d.pop("assessment_sort_column", UNSET)
        assessment_sort_column: DefaultsAssessmentSortColumn | Unset
        if isinstance(_assessment_sort_column, Unset):
            assessment_sort_column = UNSET
        else:
            assessment_sort_column = check_defaults_assessment_sort_column(
                _assessment_sort_column
            )

        _assessment_sort_direction = d.pop("assessment_sort_direction", UNSET)
        assessment_sort_direction: BrowseSortDirection | Unset
        if isinstance(_assessment_sort_direction, Unset):
            assessment_sort_direction = UNSET
        else:
            assessment_sort_direction = check_browse_sort_direction(
                _assessment_sort_direction
            )

        _classification_browse_column_1 = d.pop("classification_browse_column_1", UNSET)
        classification_browse_column_1: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_1, Unset):
            classification_browse_column_1 = UNSET
        else:
            classification_browse_column_1 = check_classification_browse_column(
                _classification_browse_column_1
            )

        _classification_browse_column_2 = d.pop("classification_browse_column_2", UNSET)
        classification_browse_column_2: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_2, Unset):
            classification_browse_column_2 = UNSET
        else:
            classification_browse_column_2 = check_classification_browse_column(
                _classification_browse_column_2
            )

        _classification_browse_column_3 = d.pop("classification_browse_column_3", UNSET)
        classification_browse_column_3: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_3, Unset):
            classification_browse_column_3 = UNSET
        else:
            classification_browse_column_3 = check_classification_browse_column(
                _classification_browse_column_3
            )

        _classification_browse_column_4 = d.pop("classification_browse_column_4", UNSET)
        classification_browse_column_4: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_4, Unset):
            classification_browse_column_4 = UNSET
        else:
            classification_browse_column_4 = check_classification_browse_column(
                _classification_browse_column_4
            )

        _classification_browse_column_5 = d.pop("classification_browse_column_5", UNSET)
        classification_browse_column_5: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_5, Unset):
            classification_browse_column_5 = UNSET
        else:
            classification_browse_column_5 = check_classification_browse_column(
                _classification_browse_column_5
            )

        _classification_browse_column_6 = d.pop("classification_browse_column_6", UNSET)
        classification_browse_column_6: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_6, Unset):
            classification_browse_column_6 = UNSET
        else:
            classification_browse_column_6 = check_classification_browse_column(
                _classification_browse_column_6
            )

        _classification_browse_column_7 = d.pop("classification_browse_column_7", UNSET)
        classification_browse_column_7: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_7, Unset):
            classification_browse_column_7 = UNSET
        else:
            classification_browse_column_7 = check_classification_browse_column(
                _classification_browse_column_7
            )

        _classification_browse_column_8 = d.pop("classification_browse_column_8", UNSET)
        classification_browse_column_8: ClassificationBrowseColumn | Unset
        if isinstance(_classification_browse_column_8, Unset):
            classification_browse_column_8 = UNSET
        else:
            classification_browse_column_8 = check_classification_browse_column(
                _classification_browse_column_8
            )

        _classification_sort_column = d.pop("classification_sort_column", UNSET)
        classification_sort_column: DefaultsClassificationSortColumn | Unset
        if isinstance(_classification_sort_column, Unset):
            classification_sort_column = UNSET
        else:
            classification_sort_column = check_defaults_classification_sort_column(
                _classification_sort_column
            )

        _classification_sort_direction = d.pop("classification_sort_direction", UNSET)
        classification_sort_direction: BrowseSortDirection | Unset
        if isinstance(_classification_sort_direction, Unset):
            classification_sort_direction = UNSET
        else:
            classification_sort_direction = check_browse_sort_direction(
                _classification_sort_direction
            )

        _collection_management_browse_column_1 = d.pop(
            "collection_management_browse_column_1", UNSET
        )
        collection_management_browse_column_1: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_1, Unset):
            collection_management_browse_column_1 = UNSET
        else:
            collection_management_browse_column_1 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_1
                )
            )

        _collection_management_browse_column_2 = d.pop(
            "collection_management_browse_column_2", UNSET
        )
        collection_management_browse_column_2: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_2, Unset):
            collection_management_browse_column_2 = UNSET
        else:
            collection_management_browse_column_2 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_2
                )
            )

        _collection_management_browse_column_3 = d.pop(
            "collection_management_browse_column_3", UNSET
        )
        collection_management_browse_column_3: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_3, Unset):
            collection_management_browse_column_3 = UNSET
        else:
            collection_management_browse_column_3 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_3
                )
            )

        _collection_management_browse_column_4 = d.pop(
            "collection_management_browse_column_4", UNSET
        )
        collection_management_browse_column_4: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_4, Unset):
            collection_management_browse_column_4 = UNSET
        else:
            collection_management_browse_column_4 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_4
                )
            )

        _collection_management_browse_column_5 = d.pop(
            "collection_management_browse_column_5", UNSET
        )
        collection_management_browse_column_5: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_5, Unset):
            collection_management_browse_column_5 = UNSET
        else:
            collection_management_browse_column_5 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_5
                )
            )

        _collection_management_browse_column_6 = d.pop(
            "collection_management_browse_column_6", UNSET
        )
        collection_management_browse_column_6: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_6, Unset):
            collection_management_browse_column_6 = UNSET
        else:
            collection_management_browse_column_6 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_6
                )
            )

        _collection_management_browse_column_7 = d.pop(
            "collection_management_browse_column_7", UNSET
        )
        collection_management_browse_column_7: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_7, Unset):
            collection_management_browse_column_7 = UNSET
        else:
            collection_management_browse_column_7 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_7
                )
            )

        _collection_management_browse_column_8 = d.pop(
            "collection_management_browse_column_8", UNSET
        )
        collection_management_browse_column_8: CollectionManagementBrowseColumn | Unset
        if isinstance(_collection_management_browse_column_8, Unset):
            collection_management_browse_column_8 = UNSET
        else:
            collection_management_browse_column_8 = (
                check_collection_management_browse_column(
                    _collection_management_browse_column_8
                )
            )

        _collection_management_sort_column = d.pop(
            "collection_management_sort_column", UNSET
        )
        collection_management_sort_column: (
            DefaultsCollectionManagementSortColumn | Unset
        )
        if isinstance(_collection_management_sort_column, Unset):
            collection_management_sort_column = UNSET
        else:
            collection_management_sort_column = (
                check_defaults_collection_management_sort_column(
                    _collection_management_sort_column
                )
            )

        _collection_management_sort_direction = d.pop(
            "collection_management_sort_direction", UNSET
        )
        collection_management_sort_direction: BrowseSortDirection | Unset
        if isinstance(_collection_management_sort_direction, Unset):
            collection_management_sort_direction = UNSET
        else:
            collection_management_sort_direction = check_browse_sort_direction(
                _collection_management_sort_direction
            )

        _container_profile_browse_column_1 = d.pop(
            "container_profile_browse_column_1", UNSET
        )
        container_profile_browse_column_1: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_1, Unset):
            container_profile_browse_column_1 = UNSET
        else:
            container_profile_browse_column_1 = check_container_profile_browse_column(
                _container_profile_browse_column_1
            )

        _container_profile_browse_column_2 = d.pop(
            "container_profile_browse_column_2", UNSET
        )
        container_profile_browse_column_2: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_2, Unset):
            container_profile_browse_column_2 = UNSET
        else:
            container_profile_browse_column_2 = check_container_profile_browse_column(
                _container_profile_browse_column_2
            )

        _container_profile_browse_column_3 = d.pop(
            "container_profile_browse_column_3", UNSET
        )
        container_profile_browse_column_3: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_3, Unset):
            container_profile_browse_column_3 = UNSET
        else:
            container_profile_browse_column_3 = check_container_profile_browse_column(
                _container_profile_browse_column_3
            )

        _container_profile_browse_column_4 = d.pop(
            "container_profile_browse_column_4", UNSET
        )
        container_profile_browse_column_4: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_4, Unset):
            container_profile_browse_column_4 = UNSET
        else:
            container_profile_browse_column_4 = check_container_profile_browse_column(
                _container_profile_browse_column_4
            )

        _container_profile_browse_column_5 = d.pop(
            "container_profile_browse_column_5", UNSET
        )
        container_profile_browse_column_5: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_5, Unset):
            container_profile_browse_column_5 = UNSET
        else:
            container_profile_browse_column_5 = check_container_profile_browse_column(
                _container_profile_browse_column_5
            )

        _container_profile_browse_column_6 = d.pop(
            "container_profile_browse_column_6", UNSET
        )
        container_profile_browse_column_6: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_6, Unset):
            container_profile_browse_column_6 = UNSET
        else:
            container_profile_browse_column_6 = check_container_profile_browse_column(
                _container_profile_browse_column_6
            )

        _container_profile_browse_column_7 = d.pop(
            "container_profile_browse_column_7", UNSET
        )
        container_profile_browse_column_7: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_7, Unset):
            container_profile_browse_column_7 = UNSET
        else:
            container_profile_browse_column_7 = check_container_profile_browse_column(
                _container_profile_browse_column_7
            )

        _container_profile_browse_column_8 = d.pop(
            "container_profile_browse_column_8", UNSET
        )
        container_profile_browse_column_8: ContainerProfileBrowseColumn | Unset
        if isinstance(_container_profile_browse_column_8, Unset):
            container_profile_browse_column_8 = UNSET
        else:
            container_profile_browse_column_8 = check_container_profile_browse_column(
                _container_profile_browse_column_8
            )

        _container_profile_sort_column = d.pop("container_profile_sort_column", UNSET)
        container_profile_sort_column: DefaultsContainerProfileSortColumn | Unset
        if isinstance(_container_profile_sort_column, Unset):
            container_profile_sort_column = UNSET
        else:
            container_profile_sort_column = (
                check_defaults_container_profile_sort_column(
                    _container_profile_sort_column
                )
            )

        _container_profile_sort_direction = d.pop(
            "container_profile_sort_direction", UNSET
        )
        container_profile_sort_direction: BrowseSortDirection | Unset
        if isinstance(_container_profile_sort_direction, Unset):
            container_profile_sort_direction = UNSET
        else:
            container_profile_sort_direction = check_browse_sort_direction(
                _container_profile_sort_direction
            )

        _digital_object_component_browse_column_1 = d.pop(
            "digital_object_component_browse_column_1", UNSET
        )
        digital_object_component_browse_column_1: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_1, Unset):
            digital_object_component_browse_column_1 = UNSET
        else:
            digital_object_component_browse_column_1 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_1
                )
            )

        _digital_object_component_browse_column_2 = d.pop(
            "digital_object_component_browse_column_2", UNSET
        )
        digital_object_component_browse_column_2: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_2, Unset):
            digital_object_component_browse_column_2 = UNSET
        else:
            digital_object_component_browse_column_2 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_2
                )
            )

        _digital_object_component_browse_column_3 = d.pop(
            "digital_object_component_browse_column_3", UNSET
        )
        digital_object_component_browse_column_3: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_3, Unset):
            digital_object_component_browse_column_3 = UNSET
        else:
            digital_object_component_browse_column_3 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_3
                )
            )

        _digital_object_component_browse_column_4 = d.pop(
            "digital_object_component_browse_column_4", UNSET
        )
        digital_object_component_browse_column_4: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_4, Unset):
            digital_object_component_browse_column_4 = UNSET
        else:
            digital_object_component_browse_column_4 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_4
                )
            )

        _digital_object_component_browse_column_5 = d.pop(
            "digital_object_component_browse_column_5", UNSET
        )
        digital_object_component_browse_column_5: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_5, Unset):
            digital_object_component_browse_column_5 = UNSET
        else:
            digital_object_component_browse_column_5 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_5
                )
            )

        _digital_object_component_browse_column_6 = d.pop(
            "digital_object_component_browse_column_6", UNSET
        )
        digital_object_component_browse_column_6: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_6, Unset):
            digital_object_component_browse_column_6 = UNSET
        else:
            digital_object_component_browse_column_6 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_6
                )
            )

        _digital_object_component_browse_column_7 = d.pop(
            "digital_object_component_browse_column_7", UNSET
        )
        digital_object_component_browse_column_7: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_7, Unset):
            digital_object_component_browse_column_7 = UNSET
        else:
            digital_object_component_browse_column_7 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_7
                )
            )

        _digital_object_component_browse_column_8 = d.pop(
            "digital_object_component_browse_column_8", UNSET
        )
        digital_object_component_browse_column_8: (
            DigitalObjectComponentBrowseColumn | Unset
        )
        if isinstance(_digital_object_component_browse_column_8, Unset):
            digital_object_component_browse_column_8 = UNSET
        else:
            digital_object_component_browse_column_8 = (
                check_digital_object_component_browse_column(
                    _digital_object_component_browse_column_8
                )
            )

        _digital_object_component_sort_column = d.pop(
            "digital_object_component_sort_column", UNSET
        )
        digital_object_component_sort_column: (
            DefaultsDigitalObjectComponentSortColumn | Unset
        )
        if isinstance(_digital_object_component_sort_column, Unset):
            digital_object_component_sort_column = UNSET
        else:
            digital_object_component_sort_column = (
                check_defaults_digital_object_component_sort_column(
                    _digital_object_component_sort_column
                )
            )

        _digital_object_component_sort_direction = d.pop(
            "digital_object_component_sort_direction", UNSET
        )
        digital_object_component_sort_direction: BrowseSortDirection | Unset
        if isinstance(_digital_object_component_sort_direction, Unset):
            digital_object_component_sort_direction = UNSET
        else:
            digital_object_component_sort_direction = check_browse_sort_direction(
                _digital_object_component_sort_direction
            )

        _event_browse_column_1 = d.pop("event_browse_column_1", UNSET)
        event_browse_column_1: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_1, Unset):
            event_browse_column_1 = UNSET
        else:
            event_browse_column_1 = check_event_browse_column(_event_browse_column_1)

        _event_browse_column_2 = d.pop("event_browse_column_2", UNSET)
        event_browse_column_2: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_2, Unset):
            event_browse_column_2 = UNSET
        else:
            event_browse_column_2 = check_event_browse_column(_event_browse_column_2)

        _event_browse_column_3 = d.pop("event_browse_column_3", UNSET)
        event_browse_column_3: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_3, Unset):
            event_browse_column_3 = UNSET
        else:
            event_browse_column_3 = check_event_browse_column(_event_browse_column_3)

        _event_browse_column_4 = d.pop("event_browse_column_4", UNSET)
        event_browse_column_4: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_4, Unset):
            event_browse_column_4 = UNSET
        else:
            event_browse_column_4 = check_event_browse_column(_event_browse_column_4)

        _event_browse_column_5 = d.pop("event_browse_column_5", UNSET)
        event_browse_column_5: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_5, Unset):
            event_browse_column_5 = UNSET
        else:
            event_browse_column_5 = check_event_browse_column(_event_browse_column_5)

        _event_browse_column_6 = d.pop("event_browse_column_6", UNSET)
        event_browse_column_6: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_6, Unset):
            event_browse_column_6 = UNSET
        else:
            event_browse_column_6 = check_event_browse_column(_event_browse_column_6)

        _event_browse_column_7 = d.pop("event_browse_column_7", UNSET)
        event_browse_column_7: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_7, Unset):
            event_browse_column_7 = UNSET
        else:
            event_browse_column_7 = check_event_browse_column(_event_browse_column_7)

        _event_browse_column_8 = d.pop("event_browse_column_8", UNSET)
        event_browse_column_8: EventBrowseColumn | Unset
        if isinstance(_event_browse_column_8, Unset):
            event_browse_column_8 = UNSET
        else:
            event_browse_column_8 = check_event_browse_column(_event_browse_column_8)

        _event_sort_column = d.pop("event_sort_column", UNSET)
        event_sort_column: DefaultsEventSortColumn | Unset
        if isinstance(_event_sort_column, Unset):
            event_sort_column = UNSET
        else:
            event_sort_column = check_defaults_event_sort_column(_event_sort_column)

        _event_sort_direction = d.pop("event_sort_direction", UNSET)
        event_sort_direction: BrowseSortDirection | Unset
        if isinstance(_event_sort_direction, Unset):
            event_sort_direction = UNSET
        else:
            event_sort_direction = check_browse_sort_direction(_event_sort_direction)

        _location_profile_browse_column_1 = d.pop(
            "location_profile_browse_column_1", UNSET
        )
        location_profile_browse_column_1: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_1, Unset):
            location_profile_browse_column_1 = UNSET
        else:
            location_profile_browse_column_1 = check_location_profile_browse_column(
                _location_profile_browse_column_1
            )

        _location_profile_browse_column_2 = d.pop(
            "location_profile_browse_column_2", UNSET
        )
        location_profile_browse_column_2: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_2, Unset):
            location_profile_browse_column_2 = UNSET
        else:
            location_profile_browse_column_2 = check_location_profile_browse_column(
                _location_profile_browse_column_2
            )

        _location_profile_browse_column_3 = d.pop(
            "location_profile_browse_column_3", UNSET
        )
        location_profile_browse_column_3: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_3, Unset):
            location_profile_browse_column_3 = UNSET
        else:
            location_profile_browse_column_3 = check_location_profile_browse_column(
                _location_profile_browse_column_3
            )

        _location_profile_browse_column_4 = d.pop(
            "location_profile_browse_column_4", UNSET
        )
        location_profile_browse_column_4: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_4, Unset):
            location_profile_browse_column_4 = UNSET
        else:
            location_profile_browse_column_4 = check_location_profile_browse_column(
                _location_profile_browse_column_4
            )

        _location_profile_browse_column_5 = d.pop(
            "location_profile_browse_column_5", UNSET
        )
        location_profile_browse_column_5: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_5, Unset):
            location_profile_browse_column_5 = UNSET
        else:
            location_profile_browse_column_5 = check_location_profile_browse_column(
                _location_profile_browse_column_5
            )

        _location_profile_browse_column_6 = d.pop(
            "location_profile_browse_column_6", UNSET
        )
        location_profile_browse_column_6: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_6, Unset):
            location_profile_browse_column_6 = UNSET
        else:
            location_profile_browse_column_6 = check_location_profile_browse_column(
                _location_profile_browse_column_6
            )

        _location_profile_browse_column_7 = d.pop(
            "location_profile_browse_column_7", UNSET
        )
        location_profile_browse_column_7: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_7, Unset):
            location_profile_browse_column_7 = UNSET
        else:
            location_profile_browse_column_7 = check_location_profile_browse_column(
                _location_profile_browse_column_7
            )

        _location_profile_browse_column_8 = d.pop(
            "location_profile_browse_column_8", UNSET
        )
        location_profile_browse_column_8: LocationProfileBrowseColumn | Unset
        if isinstance(_location_profile_browse_column_8, Unset):
            location_profile_browse_column_8 = UNSET
        else:
            location_profile_browse_column_8 = check_location_profile_browse_column(
                _location_profile_browse_column_8
            )

        _location_profile_sort_column = d.pop("location_profile_sort_column", UNSET)
        location_profile_sort_column: DefaultsLocationProfileSortColumn | Unset
        if isinstance(_location_profile_sort_column, Unset):
            location_profile_sort_column = UNSET
        else:
            location_profile_sort_column = check_defaults_location_profile_sort_column(
                _location_profile_sort_column
            )

        _location_profile_sort_direction = d.pop(
            "location_profile_sort_direction", UNSET
        )
        location_profile_sort_direction: BrowseSortDirection | Unset
        if isinstance(_location_profile_sort_direction, Unset):
            location_profile_sort_direction = UNSET
        else:
            location_profile_sort_direction = check_browse_sort_direction(
                _location_profile_sort_direction
            )

        _repositories_browse_column_1 = d.pop("repositories_browse_column_1", UNSET)
        repositories_browse_column_1: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_1, Unset):
            repositories_browse_column_1 = UNSET
        else:
            repositories_browse_column_1 = check_repository_browse_column(
                _repositories_browse_column_1
            )

        _repositories_browse_column_2 = d.pop("repositories_browse_column_2", UNSET)
        repositories_browse_column_2: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_2, Unset):
            repositories_browse_column_2 = UNSET
        else:
            repositories_browse_column_2 = check_repository_browse_column(
                _repositories_browse_column_2
            )

        _repositories_browse_column_3 = d.pop("repositories_browse_column_3", UNSET)
        repositories_browse_column_3: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_3, Unset):
            repositories_browse_column_3 = UNSET
        else:
            repositories_browse_column_3 = check_repository_browse_column(
                _repositories_browse_column_3
            )

        _repositories_browse_column_4 = d.pop("repositories_browse_column_4", UNSET)
        repositories_browse_column_4: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_4, Unset):
            repositories_browse_column_4 = UNSET
        else:
            repositories_browse_column_4 = check_repository_browse_column(
                _repositories_browse_column_4
            )

        _repositories_browse_column_5 = d.pop("repositories_browse_column_5", UNSET)
        repositories_browse_column_5: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_5, Unset):
            repositories_browse_column_5 = UNSET
        else:
            repositories_browse_column_5 = check_repository_browse_column(
                _repositories_browse_column_5
            )

        _repositories_browse_column_6 = d.pop("repositories_browse_column_6", UNSET)
        repositories_browse_column_6: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_6, Unset):
            repositories_browse_column_6 = UNSET
        else:
            repositories_browse_column_6 = check_repository_browse_column(
                _repositories_browse_column_6
            )

        _repositories_browse_column_7 = d.pop("repositories_browse_column_7", UNSET)
        repositories_browse_column_7: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_7, Unset):
            repositories_browse_column_7 = UNSET
        else:
            repositories_browse_column_7 = check_repository_browse_column(
                _repositories_browse_column_7
            )

        _repositories_browse_column_8 = d.pop("repositories_browse_column_8", UNSET)
        repositories_browse_column_8: RepositoryBrowseColumn | Unset
        if isinstance(_repositories_browse_column_8, Unset):
            repositories_browse_column_8 = UNSET
        else:
            repositories_browse_column_8 = check_repository_browse_column(
                _repositories_browse_column_8
            )

        _repositories_sort_column = d.pop("repositories_sort_column", UNSET)
        repositories_sort_column: DefaultsRepositoriesSortColumn | Unset
        if isinstance(_repositories_sort_column, Unset):
            repositories_sort_column = UNSET
        else:
            repositories_sort_column = check_defaults_repositories_sort_column(
                _repositories_sort_column
            )

        _repositories_sort_direction = d.pop("repositories_sort_direction", UNSET)
        repositories_sort_direction: BrowseSortDirection | Unset
        if isinstance(_repositories_sort_direction, Unset):
            repositories_sort_direction = UNSET
        else:
            repositories_sort_direction = check_browse_sort_direction(
                _repositories_sort_direction
            )

        _subject_browse_column_1 = d.pop("subject_browse_column_1", UNSET)
        subject_browse_column_1: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_1, Unset):
            subject_browse_column_1 = UNSET
        else:
            subject_browse_column_1 = check_subject_browse_column(
                _subject_browse_column_1
            )

        _subject_browse_column_2 = d.pop("subject_browse_column_2", UNSET)
        subject_browse_column_2: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_2, Unset):
            subject_browse_column_2 = UNSET
        else:
            subject_browse_column_2 = check_subject_browse_column(
                _subject_browse_column_2
            )

        _subject_browse_column_3 = d.pop("subject_browse_column_3", UNSET)
        subject_browse_column_3: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_3, Unset):
            subject_browse_column_3 = UNSET
        else:
            subject_browse_column_3 = check_subject_browse_column(
                _subject_browse_column_3
            )

        _subject_browse_column_4 = d.pop("subject_browse_column_4", UNSET)
        subject_browse_column_4: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_4, Unset):
            subject_browse_column_4 = UNSET
        else:
            subject_browse_column_4 = check_subject_browse_column(
                _subject_browse_column_4
            )

        _subject_browse_column_5 = d.pop("subject_browse_column_5", UNSET)
        subject_browse_column_5: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_5, Unset):
            subject_browse_column_5 = UNSET
        else:
            subject_browse_column_5 = check_subject_browse_column(
                _subject_browse_column_5
            )

        _subject_browse_column_6 = d.pop("subject_browse_column_6", UNSET)
        subject_browse_column_6: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_6, Unset):
            subject_browse_column_6 = UNSET
        else:
            subject_browse_column_6 = check_subject_browse_column(
                _subject_browse_column_6
            )

        _subject_browse_column_7 = d.pop("subject_browse_column_7", UNSET)
        subject_browse_column_7: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_7, Unset):
            subject_browse_column_7 = UNSET
        else:
            subject_browse_column_7 = check_subject_browse_column(
                _subject_browse_column_7
            )

        _subject_browse_column_8 = d.pop("subject_browse_column_8", UNSET)
        subject_browse_column_8: SubjectBrowseColumn | Unset
        if isinstance(_subject_browse_column_8, Unset):
            subject_browse_column_8 = UNSET
        else:
            subject_browse_column_8 = check_subject_browse_column(
                _subject_browse_column_8
            )

        _subject_sort_column = d.pop("subject_sort_column", UNSET)
        subject_sort_column: DefaultsSubjectSortColumn | Unset
        if isinstance(_subject_sort_column, Unset):
            subject_sort_column = UNSET
        else:
            subject_sort_column = check_defaults_subject_sort_column(
                _subject_sort_column
            )

        _subject_sort_direction = d.pop("subject_sort_direction", UNSET)
        subject_sort_direction: BrowseSortDirection | Unset
        if isinstance(_subject_sort_direction, Unset):
            subject_sort_direction = UNSET
        else:
            subject_sort_direction = check_browse_sort_direction(
                _subject_sort_direction
            )

        _top_container_browse_column_1 = d.pop("top_container_browse_column_1", UNSET)
        top_container_browse_column_1: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_1, Unset):
            top_container_browse_column_1 = UNSET
        else:
            top_container_browse_column_1 = check_top_container_browse_column(
                _top_container_browse_column_1
            )

        _top_container_browse_column_2 = d.pop("top_container_browse_column_2", UNSET)
        top_container_browse_column_2: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_2, Unset):
            top_container_browse_column_2 = UNSET
        else:
            top_container_browse_column_2 = check_top_container_browse_column(
                _top_container_browse_column_2
            )

        _top_container_browse_column_3 = d.pop("top_container_browse_column_3", UNSET)
        top_container_browse_column_3: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_3, Unset):
            top_container_browse_column_3 = UNSET
        else:
            top_container_browse_column_3 = check_top_container_browse_column(
                _top_container_browse_column_3
            )

        _top_container_browse_column_4 = d.pop("top_container_browse_column_4", UNSET)
        top_container_browse_column_4: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_4, Unset):
            top_container_browse_column_4 = UNSET
        else:
            top_container_browse_column_4 = check_top_container_browse_column(
                _top_container_browse_column_4
            )

        _top_container_browse_column_5 = d.pop("top_container_browse_column_5", UNSET)
        top_container_browse_column_5: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_5, Unset):
            top_container_browse_column_5 = UNSET
        else:
            top_container_browse_column_5 = check_top_container_browse_column(
                _top_container_browse_column_5
            )

        _top_container_browse_column_6 = d.pop("top_container_browse_column_6", UNSET)
        top_container_browse_column_6: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_6, Unset):
            top_container_browse_column_6 = UNSET
        else:
            top_container_browse_column_6 = check_top_container_browse_column(
                _top_container_browse_column_6
            )

        _top_container_browse_column_7 = d.pop("top_container_browse_column_7", UNSET)
        top_container_browse_column_7: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_7, Unset):
            top_container_browse_column_7 = UNSET
        else:
            top_container_browse_column_7 = check_top_container_browse_column(
                _top_container_browse_column_7
            )

        _top_container_browse_column_8 = d.pop("top_container_browse_column_8", UNSET)
        top_container_browse_column_8: TopContainerBrowseColumn | Unset
        if isinstance(_top_container_browse_column_8, Unset):
            top_container_browse_column_8 = UNSET
        else:
            top_container_browse_column_8 = check_top_container_browse_column(
                _top_container_browse_column_8
            )

        _top_container_sort_column = d.pop("top_container_sort_column", UNSET)
        top_container_sort_column: DefaultsTopContainerSortColumn | Unset
        if isinstance(_top_container_sort_column, Unset):
            top_container_sort_column = UNSET
        else:
            top_container_sort_column = check_defaults_top_container_sort_column(
                _top_container_sort_column
            )

        _top_container_sort_direction = d.pop("top_container_sort_direction", UNSET)
        top_container_sort_direction: BrowseSortDirection | Unset
        if isinstance(_top_container_sort_direction, Unset):
            top_container_sort_direction = UNSET
        else:
            top_container_sort_direction = check_browse_sort_direction(
                _top_container_sort_direction
            )

        _top_container_mgmt_browse_column_1 = d.pop(
            "top_container_mgmt_browse_column_1", UNSET
        )
        top_container_mgmt_browse_column_1: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_1, Unset):
            top_container_mgmt_browse_column_1 = UNSET
        else:
            top_container_mgmt_browse_column_1 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_1
            )

        _top_container_mgmt_browse_column_2 = d.pop(
            "top_container_mgmt_browse_column_2", UNSET
        )
        top_container_mgmt_browse_column_2: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_2, Unset):
            top_container_mgmt_browse_column_2 = UNSET
        else:
            top_container_mgmt_browse_column_2 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_2
            )

        _top_container_mgmt_browse_column_3 = d.pop(
            "top_container_mgmt_browse_column_3", UNSET
        )
        top_container_mgmt_browse_column_3: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_3, Unset):
            top_container_mgmt_browse_column_3 = UNSET
        else:
            top_container_mgmt_browse_column_3 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_3
            )

        _top_container_mgmt_browse_column_4 = d.pop(
            "top_container_mgmt_browse_column_4", UNSET
        )
        top_container_mgmt_browse_column_4: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_4, Unset):
            top_container_mgmt_browse_column_4 = UNSET
        else:
            top_container_mgmt_browse_column_4 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_4
            )

        _top_container_mgmt_browse_column_5 = d.pop(
            "top_container_mgmt_browse_column_5", UNSET
        )
        top_container_mgmt_browse_column_5: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_5, Unset):
            top_container_mgmt_browse_column_5 = UNSET
        else:
            top_container_mgmt_browse_column_5 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_5
            )

        _top_container_mgmt_browse_column_6 = d.pop(
            "top_container_mgmt_browse_column_6", UNSET
        )
        top_container_mgmt_browse_column_6: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_6, Unset):
            top_container_mgmt_browse_column_6 = UNSET
        else:
            top_container_mgmt_browse_column_6 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_6
            )

        _top_container_mgmt_browse_column_7 = d.pop(
            "top_container_mgmt_browse_column_7", UNSET
        )
        top_container_mgmt_browse_column_7: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_7, Unset):
            top_container_mgmt_browse_column_7 = UNSET
        else:
            top_container_mgmt_browse_column_7 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_7
            )

        _top_container_mgmt_browse_column_8 = d.pop(
            "top_container_mgmt_browse_column_8", UNSET
        )
        top_container_mgmt_browse_column_8: TopContainerMgmtBrowseColumn | Unset
        if isinstance(_top_container_mgmt_browse_column_8, Unset):
            top_container_mgmt_browse_column_8 = UNSET
        else:
            top_container_mgmt_browse_column_8 = check_top_container_mgmt_browse_column(
                _top_container_mgmt_browse_column_8
            )

        _top_container_mgmt_sort_column = d.pop("top_container_mgmt_sort_column", UNSET)
        top_container_mgmt_sort_column: DefaultsTopContainerMgmtSortColumn | Unset
        if isinstance(_top_container_mgmt_sort_column, Unset):
            top_container_mgmt_sort_column = UNSET
        else:
            top_container_mgmt_sort_column = (
                check_defaults_top_container_mgmt_sort_column(
                    _top_container_mgmt_sort_column
                )
            )

        _top_container_mgmt_sort_direction = d.pop(
            "top_container_mgmt_sort_direction", UNSET
        )
        top_container_mgmt_sort_direction: BrowseSortDirection | Unset
        if isinstance(_top_container_mgmt_sort_direction, Unset):
            top_container_mgmt_sort_direction = UNSET
        else:
            top_container_mgmt_sort_direction = check_browse_sort_direction(
                _top_container_mgmt_sort_direction
            )

        _job_browse_column_1 = d.pop("job_browse_column_1", UNSET)
        job_browse_column_1: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_1, Unset):
            job_browse_column_1 = UNSET
        else:
            job_browse_column_1 = check_job_browse_column(_job_browse_column_1)

        _job_browse_column_2 = d.pop("job_browse_column_2", UNSET)
        job_browse_column_2: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_2, Unset):
            job_browse_column_2 = UNSET
        else:
            job_browse_column_2 = check_job_browse_column(_job_browse_column_2)

        _job_browse_column_3 = d.pop("job_browse_column_3", UNSET)
        job_browse_column_3: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_3, Unset):
            job_browse_column_3 = UNSET
        else:
            job_browse_column_3 = check_job_browse_column(_job_browse_column_3)

        _job_browse_column_4 = d.pop("job_browse_column_4", UNSET)
        job_browse_column_4: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_4, Unset):
            job_browse_column_4 = UNSET
        else:
            job_browse_column_4 = check_job_browse_column(_job_browse_column_4)

        _job_browse_column_5 = d.pop("job_browse_column_5", UNSET)
        job_browse_column_5: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_5, Unset):
            job_browse_column_5 = UNSET
        else:
            job_browse_column_5 = check_job_browse_column(_job_browse_column_5)

        _job_browse_column_6 = d.pop("job_browse_column_6", UNSET)
        job_browse_column_6: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_6, Unset):
            job_browse_column_6 = UNSET
        else:
            job_browse_column_6 = check_job_browse_column(_job_browse_column_6)

        _job_browse_column_7 = d.pop("job_browse_column_7", UNSET)
        job_browse_column_7: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_7, Unset):
            job_browse_column_7 = UNSET
        else:
            job_browse_column_7 = check_job_browse_column(_job_browse_column_7)

        _job_browse_column_8 = d.pop("job_browse_column_8", UNSET)
        job_browse_column_8: JobBrowseColumn | Unset
        if isinstance(_job_browse_column_8, Unset):
            job_browse_column_8 = UNSET
        else:
            job_browse_column_8 = check_job_browse_column(_job_browse_column_8)

        _job_sort_column = d.pop("job_sort_column", UNSET)
        job_sort_column: DefaultsJobSortColumn | Unset
        if isinstance(_job_sort_column, Unset):
            job_sort_column = UNSET
        else:
            job_sort_column = check_defaults_job_sort_column(_job_sort_column)

        _job_sort_direction = d.pop("job_sort_direction", UNSET)
        job_sort_direction: BrowseSortDirection | Unset
        if isinstance(_job_sort_direction, Unset):
            job_sort_direction = UNSET
        else:
            job_sort_direction = check_browse_sort_direction(_job_sort_direction)

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
            show_suppressed=show_suppressed,
            publish=publish,
            rde_sort_alpha=rde_sort_alpha,
            include_unpublished=include_unpublished,
            locale=locale,
            default_values=default_values,
            note_order=note_order,
            digital_object_spawn=digital_object_spawn,
            accession_browse_column_1=accession_browse_column_1,
            accession_browse_column_2=accession_browse_column_2,
            accession_browse_column_3=accession_browse_column_3,
            accession_browse_column_4=accession_browse_column_4,
            accession_browse_column_5=accession_browse_column_5,
            accession_browse_column_6=accession_browse_column_6,
            accession_browse_column_7=accession_browse_column_7,
            accession_browse_column_8=accession_browse_column_8,
            accession_sort_column=accession_sort_column,
            accession_sort_direction=accession_sort_direction,
            resource_browse_column_1=resource_browse_column_1,
            resource_browse_column_2=resource_browse_column_2,
            resource_browse_column_3=resource_browse_column_3,
            resource_browse_column_4=resource_browse_column_4,
            resource_browse_column_5=resource_browse_column_5,
            resource_browse_column_6=resource_browse_column_6,
            resource_browse_column_7=resource_browse_column_7,
            resource_browse_column_8=resource_browse_column_8,
            resource_sort_column=resource_sort_column,
            resource_sort_direction=resource_sort_direction,
            digital_object_browse_column_1=digital_object_browse_column_1,
            digital_object_browse_column_2=digital_object_browse_column_2,
            digital_object_browse_column_3=digital_object_browse_column_3,
            digital_object_browse_column_4=digital_object_browse_column_4,
            digital_object_browse_column_5=digital_object_browse_column_5,
            digital_object_browse_column_6=digital_object_browse_column_6,
            digital_object_browse_column_7=digital_object_browse_column_7,
            digital_object_browse_column_8=digital_object_browse_column_8,
            digital_object_sort_column=digital_object_sort_column,
            digital_object_sort_direction=digital_object_sort_direction,
            multi_browse_column_1=multi_browse_column_1,
            multi_browse_column_2=multi_browse_column_2,
            multi_browse_column_3=multi_browse_column_3,
            multi_browse_column_4=multi_browse_column_4,
            multi_browse_column_5=multi_browse_column_5,
            multi_browse_column_6=multi_browse_column_6,
            multi_browse_column_7=multi_browse_column_7,
            multi_browse_column_8=multi_browse_column_8,
            multi_sort_column=multi_sort_column,
            multi_sort_direction=multi_sort_direction,
            location_browse_column_1=location_browse_column_1,
            location_browse_column_2=location_browse_column_2,
            location_browse_column_3=location_browse_column_3,
            location_browse_column_4=location_browse_column_4,
            location_browse_column_5=location_browse_column_5,
            location_browse_column_6=location_browse_column_6,
            location_browse_column_7=location_browse_column_7,
            location_browse_column_8=location_browse_column_8,
            location_sort_column=location_sort_column,
            location_sort_direction=location_sort_direction,
            agent_browse_column_1=agent_browse_column_1,
            agent_browse_column_2=agent_browse_column_2,
            agent_browse_column_3=agent_browse_column_3,
            agent_browse_column_4=agent_browse_column_4,
            agent_browse_column_5=agent_browse_column_5,
            agent_browse_column_6=agent_browse_column_6,
            agent_browse_column_7=agent_browse_column_7,
            agent_browse_column_8=agent_browse_column_8,
            agent_sort_column=agent_sort_column,
            agent_sort_direction=agent_sort_direction,
            archival_object_browse_column_1=archival_object_browse_column_1,
            archival_object_browse_column_2=archival_object_browse_column_2,
            archival_object_browse_column_3=archival_object_browse_column_3,
            archival_object_browse_column_4=archival_object_browse_column_4,
            archival_object_browse_column_5=archival_object_browse_column_5,
            archival_object_browse_column_6=archival_object_browse_column_6,
            archival_object_browse_column_7=archival_object_browse_column_7,
            archival_object_browse_column_8=archival_object_browse_column_8,
            archival_object_sort_column=archival_object_sort_column,
            archival_object_sort_direction=archival_object_sort_direction,
            assessment_browse_column_1=assessment_browse_column_1,
            assessment_browse_column_2=assessment_browse_column_2,
            assessment_browse_column_3=assessment_browse_column_3,
            assessment_browse_column_4=assessment_browse_column_4,
            assessment_browse_column_5=assessment_browse_column_5,
            assessment_browse_column_6=assessment_browse_column_6,
            assessment_browse_column_7=assessment_browse_column_7,
            assessment_browse_column_8=assessment_browse_column_8,
            assessment_sort_column=assessment_sort_column,
            assessment_sort_direction=assessment_sort_direction,
            classification_browse_column_1=classification_browse_column_1,
            classification_browse_column_2=classification_browse_column_2,
            classification_browse_column_3=classification_browse_column_3,
            classification_browse_column_4=classification_browse_column_4,
            classification_browse_column_5=classification_browse_column_5,
            classification_browse_column_6=classification_browse_column_6,
            classification_browse_column_7=classification_browse_column_7,
            classification_browse_column_8=classification_browse_column_8,
            classification_sort_column=classification_sort_column,
            classification_sort_direction=classification_sort_direction,
            collection_management_browse_column_1=collection_management_browse_column_1,
            collection_management_browse_column_2=collection_management_browse_column_2,
            collection_management_browse_column_3=collection_management_browse_column_3,
            collection_management_browse_column_4=collection_management_browse_column_4,
            collection_management_browse_column_5=collection_management_browse_column_5,
            collection_management_browse_column_6=collection_management_browse_column_6,
            collection_management_browse_column_7=collection_management_browse_column_7,
            collection_management_browse_column_8=collection_management_browse_column_8,
            collection_management_sort_column=collection_management_sort_column,
            collection_management_sort_direction=collection_management_sort_direction,
            container_profile_browse_column_1=container_profile_browse_column_1,
            container_profile_browse_column_2=container_profile_browse_column_2,
            container_profile_browse_column_3=container_profile_browse_column_3,
            container_profile_browse_column_4=container_profile_browse_column_4,
            container_profile_browse_column_5=container_profile_browse_column_5,
            container_profile_browse_column_6=container_profile_browse_column_6,
            container_profile_browse_column_7=container_profile_browse_column_7,
            container_profile_browse_column_8=container_profile_browse_column_8,
            container_profile_sort_column=container_profile_sort_column,
            container_profile_sort_direction=container_profile_sort_direction,
            digital_object_component_browse_column_1=digital_object_component_browse_column_1,
            digital_object_component_browse_column_2=digital_object_component_browse_column_2,
            digital_object_component_browse_column_3=digital_object_component_browse_column_3,
            digital_object_component_browse_column_4=digital_object_component_browse_column_4,
            digital_object_component_browse_column_5=digital_object_component_browse_column_5,
            digital_object_component_browse_column_6=digital_object_component_browse_column_6,
            digital_object_component_browse_column_7=digital_object_component_browse_column_7,
            digital_object_component_browse_column_8=digital_object_component_browse_column_8,
            digital_object_component_sort_column=digital_object_component_sort_column,
            digital_object_component_sort_direction=digital_object_component_sort_direction,
            event_browse_column_1=event_browse_column_1,
            event_browse_column_2=event_browse_column_2,
            event_browse_column_3=event_browse_column_3,
            event_browse_column_4=event_browse_column_4,
            event_browse_column_5=event_browse_column_5,
            event_browse_column_6=event_browse_column_6,
            event_browse_column_7=event_browse_column_7,
            event_browse_column_8=event_browse_column_8,
            event_sort_column=event_sort_column,
            event_sort_direction=event_sort_direction,
            location_profile_browse_column_1=location_profile_browse_column_1,
            location_profile_browse_column_2=location_profile_browse_column_2,
            location_profile_browse_column_3=location_profile_browse_column_3,
            location_profile_browse_column_4=location_profile_browse_column_4,
            location_profile_browse_column_5=location_profile_browse_column_5,
            location_profile_browse_column_6=location_profile_browse_column_6,
            location_profile_browse_column_7=location_profile_browse_column_7,
            location_profile_browse_column_8=location_profile_browse_column_8,
            location_profile_sort_column=location_profile_sort_column,
            location_profile_sort_direction=location_profile_sort_direction,
            repositories_browse_column_1=repositories_browse_column_1,
            repositories_browse_column_2=repositories_browse_column_2,
            repositories_browse_column_3=repositories_browse_column_3,
            repositories_browse_column_4=repositories_browse_column_4,
            repositories_browse_column_5=repositories_browse_column_5,
            repositories_browse_column_6=repositories_browse_column_6,
            repositories_browse_column_7=repositories_browse_column_7,
            repositories_browse_column_8=repositories_browse_column_8,
            repositories_sort_column=repositories_sort_column,
            repositories_sort_direction=repositories_sort_direction,
            subject_browse_column_1=subject_browse_column_1,
            subject_browse_column_2=subject_browse_column_2,
            subject_browse_column_3=subject_browse_column_3,
            subject_browse_column_4=subject_browse_column_4,
            subject_browse_column_5=subject_browse_column_5,
            subject_browse_column_6=subject_browse_column_6,
            subject_browse_column_7=subject_browse_column_7,
            subject_browse_column_8=subject_browse_column_8,
            subject_sort_column=subject_sort_column,
            subject_sort_direction=subject_sort_direction,
            top_container_browse_column_1=top_container_browse_column_1,
            top_container_browse_column_2=top_container_browse_column_2,
            top_container_browse_column_3=top_container_browse_column_3,
            top_container_browse_column_4=top_container_browse_column_4,
            top_container_browse_column_5=top_container_browse_column_5,
            top_container_browse_column_6=top_container_browse_column_6,
            top_container_browse_column_7=top_container_browse_column_7,
            top_container_browse_column_8=top_container_browse_column_8,
            top_container_sort_column=top_container_sort_column,
            top_container_sort_direction=top_container_sort_direction,
            top_container_mgmt_browse_column_1=top_container_mgmt_browse_column_1,
            top_container_mgmt_browse_column_2=top_container_mgmt_browse_column_2,
            top_container_mgmt_browse_column_3=top_container_mgmt_browse_column_3,
            top_container_mgmt_browse_column_4=top_container_mgmt_browse_column_4,
            top_container_mgmt_browse_column_5=top_container_mgmt_browse_column_5,
            top_container_mgmt_browse_column_6=top_container_mgmt_browse_column_6,
            top_container_mgmt_browse_column_7=top_container_mgmt_browse_column_7,
            top_container_mgmt_browse_column_8=top_container_mgmt_browse_column_8,
            top_container_mgmt_sort_column=top_container_mgmt_sort_column,
            top_container_mgmt_sort_direction=top_container_mgmt_sort_direction,
            job_browse_column_1=job_browse_column_1,
            job_browse_column_2=job_browse_column_2,
            job_browse_column_3=job_browse_column_3,
            job_browse_column_4=job_browse_column_4,
            job_browse_column_5=job_browse_column_5,
            job_browse_column_6=job_browse_column_6,
            job_browse_column_7=job_browse_column_7,
            job_browse_column_8=job_browse_column_8,
            job_sort_column=job_sort_column,
            job_sort_direction=job_sort_direction,
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
