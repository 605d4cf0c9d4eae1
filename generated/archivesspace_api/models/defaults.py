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
from ..models.accession_browse_column import (
    AccessionBrowseColumn,
)
from ..models.agent_browse_column import AgentBrowseColumn
from ..models.archival_object_browse_column import (
    ArchivalObjectBrowseColumn,
)
from ..models.assessment_browse_column import (
    AssessmentBrowseColumn,
)
from ..models.browse_sort_direction import (
    BrowseSortDirection,
)
from ..models.classification_browse_column import (
    ClassificationBrowseColumn,
)
from ..models.collection_management_browse_column import (
    CollectionManagementBrowseColumn,
)
from ..models.container_profile_browse_column import (
    ContainerProfileBrowseColumn,
)
from ..models.defaults_accession_sort_column import (
    DefaultsAccessionSortColumn,
)
from ..models.defaults_agent_sort_column import (
    DefaultsAgentSortColumn,
)
from ..models.defaults_archival_object_sort_column import (
    DefaultsArchivalObjectSortColumn,
)
from ..models.defaults_assessment_sort_column import (
    DefaultsAssessmentSortColumn,
)
from ..models.defaults_classification_sort_column import (
    DefaultsClassificationSortColumn,
)
from ..models.defaults_collection_management_sort_column import (
    DefaultsCollectionManagementSortColumn,
)
from ..models.defaults_container_profile_sort_column import (
    DefaultsContainerProfileSortColumn,
)
from ..models.defaults_digital_object_component_sort_column import (
    DefaultsDigitalObjectComponentSortColumn,
)
from ..models.defaults_digital_object_sort_column import (
    DefaultsDigitalObjectSortColumn,
)
from ..models.defaults_event_sort_column import (
    DefaultsEventSortColumn,
)
from ..models.defaults_job_sort_column import (
    DefaultsJobSortColumn,
)
from ..models.defaults_locale import DefaultsLocale
from ..models.defaults_location_profile_sort_column import (
    DefaultsLocationProfileSortColumn,
)
from ..models.defaults_location_sort_column import (
    DefaultsLocationSortColumn,
)
from ..models.defaults_multi_sort_column import (
    DefaultsMultiSortColumn,
)
from ..models.defaults_repositories_sort_column import (
    DefaultsRepositoriesSortColumn,
)
from ..models.defaults_resource_sort_column import (
    DefaultsResourceSortColumn,
)
from ..models.defaults_subject_sort_column import (
    DefaultsSubjectSortColumn,
)
from ..models.defaults_top_container_mgmt_sort_column import (
    DefaultsTopContainerMgmtSortColumn,
)
from ..models.defaults_top_container_sort_column import (
    DefaultsTopContainerSortColumn,
)
from ..models.digital_object_browse_column import (
    DigitalObjectBrowseColumn,
)
from ..models.digital_object_component_browse_column import (
    DigitalObjectComponentBrowseColumn,
)
from ..models.event_browse_column import EventBrowseColumn
from ..models.job_browse_column import JobBrowseColumn
from ..models.location_browse_column import (
    LocationBrowseColumn,
)
from ..models.location_profile_browse_column import (
    LocationProfileBrowseColumn,
)
from ..models.multi_browse_column import MultiBrowseColumn
from ..models.repository_browse_column import (
    RepositoryBrowseColumn,
)
from ..models.resource_browse_column import (
    ResourceBrowseColumn,
)
from ..models.subject_browse_column import (
    SubjectBrowseColumn,
)
from ..models.top_container_browse_column import (
    TopContainerBrowseColumn,
)
from ..models.top_container_mgmt_browse_column import (
    TopContainerMgmtBrowseColumn,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Defaults(_r.Record):
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
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
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
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Defaults,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("defaults"), True),
    _r.Field("show_suppressed", "show_suppressed", _r.BOOL),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("rde_sort_alpha", "rde_sort_alpha", _r.BOOL),
    _r.Field("include_unpublished", "include_unpublished", _r.BOOL),
    _r.Field("locale", "locale", _r.choice("de", "en", "es", "fre", "ja", "nl", "uk")),
    _r.Field("default_values", "default_values", _r.BOOL),
    _r.Field("note_order", "note_order", _r.ListOf(_r.STR)),
    _r.Field("digital_object_spawn", "digital_object_spawn", _r.BOOL),
    _r.Field(
        "accession_browse_column_1",
        "accession_browse_column_1",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_2",
        "accession_browse_column_2",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_3",
        "accession_browse_column_3",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_4",
        "accession_browse_column_4",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_5",
        "accession_browse_column_5",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_6",
        "accession_browse_column_6",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_7",
        "accession_browse_column_7",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_browse_column_8",
        "accession_browse_column_8",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "audit_info",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions_apply",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_sort_column",
        "accession_sort_column",
        _r.choice(
            "access_restrictions",
            "accession_date",
            "acquisition_type",
            "create_time",
            "identifier",
            "processing_priority",
            "processors",
            "publish",
            "resource_type",
            "restrictions_apply",
            "score",
            "title",
            "uri",
            "use_restrictions",
            "user_mtime",
        ),
    ),
    _r.Field(
        "accession_sort_direction", "accession_sort_direction", _r.choice("asc", "desc")
    ),
    _r.Field(
        "resource_browse_column_1",
        "resource_browse_column_1",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_2",
        "resource_browse_column_2",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_3",
        "resource_browse_column_3",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_4",
        "resource_browse_column_4",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_5",
        "resource_browse_column_5",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_6",
        "resource_browse_column_6",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_7",
        "resource_browse_column_7",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_browse_column_8",
        "resource_browse_column_8",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "ead_id",
            "extents",
            "finding_aid_status",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "processing_priority",
            "processors",
            "publish",
            "representative_file_version",
            "resource_type",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_sort_column",
        "resource_sort_column",
        _r.choice(
            "create_time",
            "ead_id",
            "finding_aid_status",
            "identifier",
            "level",
            "processing_priority",
            "processors",
            "publish",
            "resource_type",
            "restrictions",
            "score",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "resource_sort_direction", "resource_sort_direction", _r.choice("asc", "desc")
    ),
    _r.Field(
        "digital_object_browse_column_1",
        "digital_object_browse_column_1",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_2",
        "digital_object_browse_column_2",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_3",
        "digital_object_browse_column_3",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_4",
        "digital_object_browse_column_4",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_5",
        "digital_object_browse_column_5",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_6",
        "digital_object_browse_column_6",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_7",
        "digital_object_browse_column_7",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_browse_column_8",
        "digital_object_browse_column_8",
        _r.choice(
            "audit_info",
            "create_time",
            "dates",
            "digital_object_id",
            "digital_object_type",
            "extents",
            "langcode",
            "level",
            "no_value",
            "publish",
            "representative_file_version",
            "restrictions",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_sort_column",
        "digital_object_sort_column",
        _r.choice(
            "create_time",
            "digital_object_id",
            "digital_object_type",
            "level",
            "publish",
            "restrictions",
            "score",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "digital_object_sort_direction",
        "digital_object_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "multi_browse_column_1",
        "multi_browse_column_1",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_2",
        "multi_browse_column_2",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_3",
        "multi_browse_column_3",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_4",
        "multi_browse_column_4",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_5",
        "multi_browse_column_5",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_6",
        "multi_browse_column_6",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_7",
        "multi_browse_column_7",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_browse_column_8",
        "multi_browse_column_8",
        _r.choice(
            "audit_info",
            "context",
            "create_time",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "no_value",
            "primary_type",
            "representative_file_version",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field(
        "multi_sort_column",
        "multi_sort_column",
        _r.choice(
            "create_time",
            "identifier",
            "primary_type",
            "score",
            "title",
            "uri",
            "user_mtime",
        ),
    ),
    _r.Field("multi_sort_direction", "multi_sort_direction", _r.choice("asc", "desc")),
    _r.Field(
        "location_browse_column_1",
        "location_browse_column_1",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_2",
        "location_browse_column_2",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_3",
        "location_browse_column_3",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_4",
        "location_browse_column_4",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_5",
        "location_browse_column_5",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_6",
        "location_browse_column_6",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_7",
        "location_browse_column_7",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_browse_column_8",
        "location_browse_column_8",
        _r.choice(
            "area",
            "audit_info",
            "building",
            "floor",
            "location_holdings",
            "location_profile_display_string_u_ssort",
            "no_value",
            "owner_repo_display_string_u_ssort",
            "room",
            "temporary",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_sort_column",
        "location_sort_column",
        _r.choice(
            "area", "building", "floor", "room", "score", "temporary", "title", "uri"
        ),
    ),
    _r.Field(
        "location_sort_direction", "location_sort_direction", _r.choice("asc", "desc")
    ),
    _r.Field(
        "agent_browse_column_1",
        "agent_browse_column_1",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_2",
        "agent_browse_column_2",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_3",
        "agent_browse_column_3",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_4",
        "agent_browse_column_4",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_5",
        "agent_browse_column_5",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_6",
        "agent_browse_column_6",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_7",
        "agent_browse_column_7",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_browse_column_8",
        "agent_browse_column_8",
        _r.choice(
            "audit_info",
            "authority_id",
            "is_user",
            "no_value",
            "primary_type",
            "publish",
            "rules",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "agent_sort_column",
        "agent_sort_column",
        _r.choice(
            "authority_id",
            "is_user",
            "primary_type",
            "publish",
            "rules",
            "score",
            "source",
            "title",
            "uri",
        ),
    ),
    _r.Field("agent_sort_direction", "agent_sort_direction", _r.choice("asc", "desc")),
    _r.Field(
        "archival_object_browse_column_1",
        "archival_object_browse_column_1",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_2",
        "archival_object_browse_column_2",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_3",
        "archival_object_browse_column_3",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_4",
        "archival_object_browse_column_4",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_5",
        "archival_object_browse_column_5",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_6",
        "archival_object_browse_column_6",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_7",
        "archival_object_browse_column_7",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_browse_column_8",
        "archival_object_browse_column_8",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "identifier",
            "langcode",
            "level",
            "no_value",
            "publish",
            "ref_id",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "archival_object_sort_column",
        "archival_object_sort_column",
        _r.choice("identifier", "level", "publish", "ref_id", "score", "title", "uri"),
    ),
    _r.Field(
        "archival_object_sort_direction",
        "archival_object_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "assessment_browse_column_1",
        "assessment_browse_column_1",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_2",
        "assessment_browse_column_2",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_3",
        "assessment_browse_column_3",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_4",
        "assessment_browse_column_4",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_5",
        "assessment_browse_column_5",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_6",
        "assessment_browse_column_6",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_7",
        "assessment_browse_column_7",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_browse_column_8",
        "assessment_browse_column_8",
        _r.choice(
            "assessment_collections",
            "assessment_completed",
            "assessment_conservation_issues",
            "assessment_formats",
            "assessment_id",
            "assessment_inactive",
            "assessment_ratings",
            "assessment_record_types",
            "assessment_records",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "assessment_survey_year",
            "assessment_surveyors",
            "audit_info",
            "no_value",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_sort_column",
        "assessment_sort_column",
        _r.choice(
            "assessment_completed",
            "assessment_id",
            "assessment_inactive",
            "assessment_review_required",
            "assessment_sensitive_material",
            "assessment_survey_begin",
            "score",
            "uri",
        ),
    ),
    _r.Field(
        "assessment_sort_direction",
        "assessment_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "classification_browse_column_1",
        "classification_browse_column_1",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_2",
        "classification_browse_column_2",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_3",
        "classification_browse_column_3",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_4",
        "classification_browse_column_4",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_5",
        "classification_browse_column_5",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_6",
        "classification_browse_column_6",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_7",
        "classification_browse_column_7",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_browse_column_8",
        "classification_browse_column_8",
        _r.choice(
            "audit_info",
            "has_classification_terms",
            "identifier",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "classification_sort_column",
        "classification_sort_column",
        _r.choice("has_classification_terms", "identifier", "score", "title", "uri"),
    ),
    _r.Field(
        "classification_sort_direction",
        "classification_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "collection_management_browse_column_1",
        "collection_management_browse_column_1",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_2",
        "collection_management_browse_column_2",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_3",
        "collection_management_browse_column_3",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_4",
        "collection_management_browse_column_4",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_5",
        "collection_management_browse_column_5",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_6",
        "collection_management_browse_column_6",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_7",
        "collection_management_browse_column_7",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_browse_column_8",
        "collection_management_browse_column_8",
        _r.choice(
            "audit_info",
            "no_value",
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_sort_column",
        "collection_management_sort_column",
        _r.choice(
            "parent_title",
            "parent_type",
            "processing_funding_source",
            "processing_hours_total",
            "processing_priority",
            "processing_status",
            "processors",
            "score",
            "uri",
        ),
    ),
    _r.Field(
        "collection_management_sort_direction",
        "collection_management_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "container_profile_browse_column_1",
        "container_profile_browse_column_1",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_2",
        "container_profile_browse_column_2",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_3",
        "container_profile_browse_column_3",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_4",
        "container_profile_browse_column_4",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_5",
        "container_profile_browse_column_5",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_6",
        "container_profile_browse_column_6",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_7",
        "container_profile_browse_column_7",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_browse_column_8",
        "container_profile_browse_column_8",
        _r.choice(
            "audit_info",
            "container_profile_depth_u_sstr",
            "container_profile_dimension_units_u_sstr",
            "container_profile_height_u_sstr",
            "container_profile_width_u_sstr",
            "no_value",
            "notes",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "container_profile_sort_column",
        "container_profile_sort_column",
        _r.choice("score", "title", "uri"),
    ),
    _r.Field(
        "container_profile_sort_direction",
        "container_profile_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "digital_object_component_browse_column_1",
        "digital_object_component_browse_column_1",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_2",
        "digital_object_component_browse_column_2",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_3",
        "digital_object_component_browse_column_3",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_4",
        "digital_object_component_browse_column_4",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_5",
        "digital_object_component_browse_column_5",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_6",
        "digital_object_component_browse_column_6",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_7",
        "digital_object_component_browse_column_7",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_browse_column_8",
        "digital_object_component_browse_column_8",
        _r.choice(
            "audit_info",
            "context",
            "dates",
            "extents",
            "langcode",
            "no_value",
            "publish",
            "representative_file_version",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "digital_object_component_sort_column",
        "digital_object_component_sort_column",
        _r.choice("publish", "score", "title", "uri"),
    ),
    _r.Field(
        "digital_object_component_sort_direction",
        "digital_object_component_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "event_browse_column_1",
        "event_browse_column_1",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_2",
        "event_browse_column_2",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_3",
        "event_browse_column_3",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_4",
        "event_browse_column_4",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_5",
        "event_browse_column_5",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_6",
        "event_browse_column_6",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_7",
        "event_browse_column_7",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_browse_column_8",
        "event_browse_column_8",
        _r.choice(
            "agents",
            "audit_info",
            "event_type",
            "linked_records",
            "no_value",
            "outcome",
            "uri",
        ),
    ),
    _r.Field(
        "event_sort_column",
        "event_sort_column",
        _r.choice("event_type", "outcome", "score", "uri"),
    ),
    _r.Field("event_sort_direction", "event_sort_direction", _r.choice("asc", "desc")),
    _r.Field(
        "location_profile_browse_column_1",
        "location_profile_browse_column_1",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_2",
        "location_profile_browse_column_2",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_3",
        "location_profile_browse_column_3",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_4",
        "location_profile_browse_column_4",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_5",
        "location_profile_browse_column_5",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_6",
        "location_profile_browse_column_6",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_7",
        "location_profile_browse_column_7",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_browse_column_8",
        "location_profile_browse_column_8",
        _r.choice(
            "audit_info",
            "location_profile_depth_u_sstr",
            "location_profile_dimension_units_u_sstr",
            "location_profile_height_u_sstr",
            "location_profile_width_u_sstr",
            "no_value",
            "title",
            "uri",
        ),
    ),
    _r.Field(
        "location_profile_sort_column",
        "location_profile_sort_column",
        _r.choice("score", "title", "uri"),
    ),
    _r.Field(
        "location_profile_sort_direction",
        "location_profile_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "repositories_browse_column_1",
        "repositories_browse_column_1",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_2",
        "repositories_browse_column_2",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_3",
        "repositories_browse_column_3",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_4",
        "repositories_browse_column_4",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_5",
        "repositories_browse_column_5",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_6",
        "repositories_browse_column_6",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_7",
        "repositories_browse_column_7",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_browse_column_8",
        "repositories_browse_column_8",
        _r.choice("audit_info", "no_value", "publish", "title", "uri"),
    ),
    _r.Field(
        "repositories_sort_column",
        "repositories_sort_column",
        _r.choice("publish", "score", "title", "uri"),
    ),
    _r.Field(
        "repositories_sort_direction",
        "repositories_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "subject_browse_column_1",
        "subject_browse_column_1",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_2",
        "subject_browse_column_2",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_3",
        "subject_browse_column_3",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_4",
        "subject_browse_column_4",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_5",
        "subject_browse_column_5",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_6",
        "subject_browse_column_6",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_7",
        "subject_browse_column_7",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_browse_column_8",
        "subject_browse_column_8",
        _r.choice(
            "audit_info", "first_term_type", "no_value", "source", "title", "uri"
        ),
    ),
    _r.Field(
        "subject_sort_column",
        "subject_sort_column",
        _r.choice("first_term_type", "score", "source", "title", "uri"),
    ),
    _r.Field(
        "subject_sort_direction", "subject_sort_direction", _r.choice("asc", "desc")
    ),
    _r.Field(
        "top_container_browse_column_1",
        "top_container_browse_column_1",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_2",
        "top_container_browse_column_2",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_3",
        "top_container_browse_column_3",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_4",
        "top_container_browse_column_4",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_5",
        "top_container_browse_column_5",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_6",
        "top_container_browse_column_6",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_7",
        "top_container_browse_column_7",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_browse_column_8",
        "top_container_browse_column_8",
        _r.choice(
            "audit_info",
            "barcode",
            "container_profile_display_string_u_sstr",
            "context",
            "indicator",
            "location_display_string_u_sstr",
            "no_value",
            "title",
            "type",
            "uri",
        ),
    ),
    _r.Field(
        "top_container_sort_column",
        "top_container_sort_column",
        _r.choice("barcode", "indicator", "score", "title", "type", "uri"),
    ),
    _r.Field(
        "top_container_sort_direction",
        "top_container_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_1",
        "top_container_mgmt_browse_column_1",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_2",
        "top_container_mgmt_browse_column_2",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_3",
        "top_container_mgmt_browse_column_3",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_4",
        "top_container_mgmt_browse_column_4",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_5",
        "top_container_mgmt_browse_column_5",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_6",
        "top_container_mgmt_browse_column_6",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_7",
        "top_container_mgmt_browse_column_7",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_browse_column_8",
        "top_container_mgmt_browse_column_8",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "no_value",
            "resource_accession",
            "resource_accession_id",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_sort_column",
        "top_container_mgmt_sort_column",
        _r.choice(
            "barcode",
            "container_profile",
            "exported_to_ils",
            "ils_holding_id",
            "indicator",
            "internal_note",
            "location",
            "location_profile",
            "resource_accession",
            "restricted",
            "series",
            "type",
        ),
    ),
    _r.Field(
        "top_container_mgmt_sort_direction",
        "top_container_mgmt_sort_direction",
        _r.choice("asc", "desc"),
    ),
    _r.Field(
        "job_browse_column_1",
        "job_browse_column_1",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_2",
        "job_browse_column_2",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_3",
        "job_browse_column_3",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_4",
        "job_browse_column_4",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_5",
        "job_browse_column_5",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_6",
        "job_browse_column_6",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_7",
        "job_browse_column_7",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_browse_column_8",
        "job_browse_column_8",
        _r.choice(
            "audit_info",
            "job_data",
            "job_report_type",
            "no_value",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field(
        "job_sort_column",
        "job_sort_column",
        _r.choice(
            "job_report_type",
            "score",
            "status",
            "time_finished",
            "time_started",
            "time_submitted",
            "uri",
        ),
    ),
    _r.Field("job_sort_direction", "job_sort_direction", _r.choice("asc", "desc")),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
