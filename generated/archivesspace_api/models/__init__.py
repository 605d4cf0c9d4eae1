"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562), so importing one operation loads only the models it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abstract_agent import AbstractAgent
    from .abstract_agent_agent_type import AbstractAgentAgentType
    from .abstract_agent_relationship import AbstractAgentRelationship
    from .abstract_archival_object import AbstractArchivalObject
    from .abstract_classification import AbstractClassification
    from .abstract_name import AbstractName
    from .abstract_note import AbstractNote
    from .abstract_parallel_name import AbstractParallelName
    from .accession import Accession
    from .accession_browse_column import AccessionBrowseColumn
    from .accession_page import AccessionPage
    from .accession_parts_relationship import AccessionPartsRelationship
    from .accession_parts_relationship_resolved import (
        AccessionPartsRelationshipResolved,
    )
    from .accession_sibling_relationship import AccessionSiblingRelationship
    from .accession_sibling_relationship_resolved import (
        AccessionSiblingRelationshipResolved,
    )
    from .active_edit import ActiveEdit
    from .active_edit_status import ActiveEditStatus
    from .active_edit_status_edited_by import ActiveEditStatusEditedBy
    from .active_edit_statuses import ActiveEditStatuses
    from .active_edits import ActiveEdits
    from .advanced_query import AdvancedQuery
    from .agent_alternate_set import AgentAlternateSet
    from .agent_browse_column import AgentBrowseColumn
    from .agent_contact import AgentContact
    from .agent_conventions_declaration import AgentConventionsDeclaration
    from .agent_corporate_entity import AgentCorporateEntity
    from .agent_corporate_entity_agent_type import AgentCorporateEntityAgentType
    from .agent_corporate_entity_page import AgentCorporateEntityPage
    from .agent_export_metadata import AgentExportMetadata
    from .agent_family import AgentFamily
    from .agent_family_agent_type import AgentFamilyAgentType
    from .agent_family_page import AgentFamilyPage
    from .agent_function import AgentFunction
    from .agent_gender import AgentGender
    from .agent_identifier import AgentIdentifier
    from .agent_maintenance_history import AgentMaintenanceHistory
    from .agent_occupation import AgentOccupation
    from .agent_other_agency_codes import AgentOtherAgencyCodes
    from .agent_person import AgentPerson
    from .agent_person_agent_type import AgentPersonAgentType
    from .agent_person_page import AgentPersonPage
    from .agent_place import AgentPlace
    from .agent_record_control import AgentRecordControl
    from .agent_record_identifier import AgentRecordIdentifier
    from .agent_relationship_associative import AgentRelationshipAssociative
    from .agent_relationship_associative_resolved import (
        AgentRelationshipAssociativeResolved,
    )
    from .agent_relationship_earlierlater import AgentRelationshipEarlierlater
    from .agent_relationship_earlierlater_resolved import (
        AgentRelationshipEarlierlaterResolved,
    )
    from .agent_relationship_family import AgentRelationshipFamily
    from .agent_relationship_family_resolved import AgentRelationshipFamilyResolved
    from .agent_relationship_hierarchical import AgentRelationshipHierarchical
    from .agent_relationship_hierarchical_resolved import (
        AgentRelationshipHierarchicalResolved,
    )
    from .agent_relationship_identity import AgentRelationshipIdentity
    from .agent_relationship_identity_resolved import AgentRelationshipIdentityResolved
    from .agent_relationship_parentchild import AgentRelationshipParentchild
    from .agent_relationship_parentchild_resolved import (
        AgentRelationshipParentchildResolved,
    )
    from .agent_relationship_subordinatesuperior import (
        AgentRelationshipSubordinatesuperior,
    )
    from .agent_relationship_subordinatesuperior_resolved import (
        AgentRelationshipSubordinatesuperiorResolved,
    )
    from .agent_relationship_temporal import AgentRelationshipTemporal
    from .agent_relationship_temporal_resolved import AgentRelationshipTemporalResolved
    from .agent_resource import AgentResource
    from .agent_software import AgentSoftware
    from .agent_software_agent_type import AgentSoftwareAgentType
    from .agent_software_page import AgentSoftwarePage
    from .agent_sources import AgentSources
    from .agent_topic import AgentTopic
    from .archival_object import ArchivalObject
    from .archival_object_ancestor import ArchivalObjectAncestor
    from .archival_object_ancestor_resolved import ArchivalObjectAncestorResolved
    from .archival_object_browse_column import ArchivalObjectBrowseColumn
    from .archival_object_page import ArchivalObjectPage
    from .archival_record_children import ArchivalRecordChildren
    from .ark_name import ArkName
    from .assessment import Assessment
    from .assessment_attribute import AssessmentAttribute
    from .assessment_attribute_definition import AssessmentAttributeDefinition
    from .assessment_attribute_definition_type import AssessmentAttributeDefinitionType
    from .assessment_attribute_definitions import AssessmentAttributeDefinitions
    from .assessment_browse_column import AssessmentBrowseColumn
    from .assessment_page import AssessmentPage
    from .batch_delete_result import BatchDeleteResult
    from .batch_import_record import BatchImportRecord
    from .boolean_field_query import BooleanFieldQuery
    from .boolean_query import BooleanQuery
    from .boolean_query_op import BooleanQueryOp
    from .browse_sort_direction import BrowseSortDirection
    from .bulk_archival_object_updater_job import BulkArchivalObjectUpdaterJob
    from .bulk_import_job import BulkImportJob
    from .bulk_updater_tree import BulkUpdaterTree
    from .bulk_updater_tree_node import BulkUpdaterTreeNode
    from .calculated_record import CalculatedRecord
    from .calculated_resource import CalculatedResource
    from .classification import Classification
    from .classification_browse_column import ClassificationBrowseColumn
    from .classification_page import ClassificationPage
    from .classification_path_entry import ClassificationPathEntry
    from .classification_term import ClassificationTerm
    from .classification_term_page import ClassificationTermPage
    from .classification_tree import ClassificationTree
    from .collection_management import CollectionManagement
    from .collection_management_browse_column import CollectionManagementBrowseColumn
    from .component_transfer_result import ComponentTransferResult
    from .container_conversion_job import ContainerConversionJob
    from .container_labels_job import ContainerLabelsJob
    from .container_location import ContainerLocation
    from .container_location_resolved import ContainerLocationResolved
    from .container_profile import ContainerProfile
    from .container_profile_browse_column import ContainerProfileBrowseColumn
    from .container_profile_extent_dimension import ContainerProfileExtentDimension
    from .container_profile_page import ContainerProfilePage
    from .created_response import CreatedResponse
    from .created_response_warnings_type_0 import CreatedResponseWarningsType0
    from .current_preferences import CurrentPreferences
    from .current_preferences_defaults import CurrentPreferencesDefaults
    from .current_preferences_defaults_global import CurrentPreferencesDefaultsGlobal
    from .current_preferences_defaults_repo import CurrentPreferencesDefaultsRepo
    from .current_preferences_defaults_user_global import (
        CurrentPreferencesDefaultsUserGlobal,
    )
    from .current_preferences_defaults_user_repo import (
        CurrentPreferencesDefaultsUserRepo,
    )
    from .custom_report_field import CustomReportField
    from .custom_report_options import CustomReportOptions
    from .custom_report_record_type import CustomReportRecordType
    from .custom_report_subreport import CustomReportSubreport
    from .custom_report_template import CustomReportTemplate
    from .custom_report_template_page import CustomReportTemplatePage
    from .date import Date
    from .date_calculation import DateCalculation
    from .date_field_query import DateFieldQuery
    from .date_field_query_comparator import DateFieldQueryComparator
    from .date_field_query_precision import DateFieldQueryPrecision
    from .deaccession import Deaccession
    from .default_values import DefaultValues
    from .default_values_defaults import DefaultValuesDefaults
    from .default_values_record_type import DefaultValuesRecordType
    from .defaults import Defaults
    from .defaults_accession_sort_column import DefaultsAccessionSortColumn
    from .defaults_agent_sort_column import DefaultsAgentSortColumn
    from .defaults_archival_object_sort_column import DefaultsArchivalObjectSortColumn
    from .defaults_assessment_sort_column import DefaultsAssessmentSortColumn
    from .defaults_classification_sort_column import DefaultsClassificationSortColumn
    from .defaults_collection_management_sort_column import (
        DefaultsCollectionManagementSortColumn,
    )
    from .defaults_container_profile_sort_column import (
        DefaultsContainerProfileSortColumn,
    )
    from .defaults_digital_object_component_sort_column import (
        DefaultsDigitalObjectComponentSortColumn,
    )
    from .defaults_digital_object_sort_column import DefaultsDigitalObjectSortColumn
    from .defaults_event_sort_column import DefaultsEventSortColumn
    from .defaults_job_sort_column import DefaultsJobSortColumn
    from .defaults_locale import DefaultsLocale
    from .defaults_location_profile_sort_column import DefaultsLocationProfileSortColumn
    from .defaults_location_sort_column import DefaultsLocationSortColumn
    from .defaults_multi_sort_column import DefaultsMultiSortColumn
    from .defaults_repositories_sort_column import DefaultsRepositoriesSortColumn
    from .defaults_resource_sort_column import DefaultsResourceSortColumn
    from .defaults_subject_sort_column import DefaultsSubjectSortColumn
    from .defaults_top_container_mgmt_sort_column import (
        DefaultsTopContainerMgmtSortColumn,
    )
    from .defaults_top_container_sort_column import DefaultsTopContainerSortColumn
    from .delete_feed_page import DeleteFeedPage
    from .deleted_response import DeletedResponse
    from .digital_object import DigitalObject
    from .digital_object_browse_column import DigitalObjectBrowseColumn
    from .digital_object_component import DigitalObjectComponent
    from .digital_object_component_browse_column import (
        DigitalObjectComponentBrowseColumn,
    )
    from .digital_object_component_page import DigitalObjectComponentPage
    from .digital_object_export_metadata import DigitalObjectExportMetadata
    from .digital_object_page import DigitalObjectPage
    from .digital_object_tree import DigitalObjectTree
    from .digital_object_tree_file_versions_item import (
        DigitalObjectTreeFileVersionsItem,
    )
    from .digital_record_children import DigitalRecordChildren
    from .enumeration import Enumeration
    from .enumeration_migration import EnumerationMigration
    from .enumeration_value import EnumerationValue
    from .error import Error
    from .error_error_type_1 import ErrorErrorType1
    from .error_warning import ErrorWarning
    from .event import Event
    from .event_browse_column import EventBrowseColumn
    from .event_linked_agent import EventLinkedAgent
    from .event_linked_agent_resolved import EventLinkedAgentResolved
    from .event_linked_record import EventLinkedRecord
    from .event_linked_record_resolved import EventLinkedRecordResolved
    from .event_page import EventPage
    from .extent import Extent
    from .extent_calculation import ExtentCalculation
    from .extent_calculation_containers import ExtentCalculationContainers
    from .extent_calculation_profile import ExtentCalculationProfile
    from .external_document import ExternalDocument
    from .external_id import ExternalId
    from .field_query import FieldQuery
    from .field_query_comparator import FieldQueryComparator
    from .file_version import FileVersion
    from .find_and_replace_job import FindAndReplaceJob
    from .found_archival_objects import FoundArchivalObjects
    from .found_digital_object_components import FoundDigitalObjectComponents
    from .found_digital_objects import FoundDigitalObjects
    from .found_resources import FoundResources
    from .found_top_containers import FoundTopContainers
    from .generate_arks_job import GenerateArksJob
    from .generate_slugs_job import GenerateSlugsJob
    from .get_delete_feed_sort_direction import GetDeleteFeedSortDirection
    from .get_oai_verb import GetOaiVerb
    from .group import Group
    from .import_job import ImportJob
    from .import_type import ImportType
    from .instance import Instance
    from .job import Job
    from .job_browse_column import JobBrowseColumn
    from .job_created_record import JobCreatedRecord
    from .job_created_record_page import JobCreatedRecordPage
    from .job_page import JobPage
    from .job_status import JobStatus
    from .job_type_info import JobTypeInfo
    from .job_types import JobTypes
    from .job_with_files_form import JobWithFilesForm
    from .json_model_schema import JsonModelSchema
    from .json_model_schemas import JsonModelSchemas
    from .lang_material import LangMaterial
    from .language_and_script import LanguageAndScript
    from .linked_agent import LinkedAgent
    from .linked_agent_resolved import LinkedAgentResolved
    from .list_accessions_sort_direction import ListAccessionsSortDirection
    from .list_agents_corporate_entities_sort_direction import (
        ListAgentsCorporateEntitiesSortDirection,
    )
    from .list_agents_families_sort_direction import ListAgentsFamiliesSortDirection
    from .list_agents_people_sort_direction import ListAgentsPeopleSortDirection
    from .list_agents_software_sort_direction import ListAgentsSoftwareSortDirection
    from .list_archival_objects_sort_direction import ListArchivalObjectsSortDirection
    from .list_assessments_sort_direction import ListAssessmentsSortDirection
    from .list_classification_terms_sort_direction import (
        ListClassificationTermsSortDirection,
    )
    from .list_classifications_sort_direction import ListClassificationsSortDirection
    from .list_container_profiles_sort_direction import (
        ListContainerProfilesSortDirection,
    )
    from .list_custom_report_templates_sort_direction import (
        ListCustomReportTemplatesSortDirection,
    )
    from .list_digital_object_components_sort_direction import (
        ListDigitalObjectComponentsSortDirection,
    )
    from .list_digital_objects_sort_direction import ListDigitalObjectsSortDirection
    from .list_events_sort_direction import ListEventsSortDirection
    from .list_job_records_sort_direction import ListJobRecordsSortDirection
    from .list_jobs_archived_sort_direction import ListJobsArchivedSortDirection
    from .list_jobs_sort_direction import ListJobsSortDirection
    from .list_location_profiles_sort_direction import ListLocationProfilesSortDirection
    from .list_locations_sort_direction import ListLocationsSortDirection
    from .list_permissions_level import ListPermissionsLevel
    from .list_resources_sort_direction import ListResourcesSortDirection
    from .list_subjects_sort_direction import ListSubjectsSortDirection
    from .list_top_containers_sort_direction import ListTopContainersSortDirection
    from .list_users_sort_direction import ListUsersSortDirection
    from .location import Location
    from .location_batch import LocationBatch
    from .location_batch_update import LocationBatchUpdate
    from .location_browse_column import LocationBrowseColumn
    from .location_buildings import LocationBuildings
    from .location_buildings_additional_property import (
        LocationBuildingsAdditionalProperty,
    )
    from .location_buildings_additional_property_additional_property import (
        LocationBuildingsAdditionalPropertyAdditionalProperty,
    )
    from .location_coordinate_range import LocationCoordinateRange
    from .location_function import LocationFunction
    from .location_page import LocationPage
    from .location_profile import LocationProfile
    from .location_profile_browse_column import LocationProfileBrowseColumn
    from .location_profile_page import LocationProfilePage
    from .login_form import LoginForm
    from .login_result import LoginResult
    from .merge_request import MergeRequest
    from .merge_request_detail import MergeRequestDetail
    from .merge_request_detail_selections import MergeRequestDetailSelections
    from .merge_result import MergeResult
    from .merge_result_result import MergeResultResult
    from .merge_result_selections import MergeResultSelections
    from .metadata_rights_declaration import MetadataRightsDeclaration
    from .multi_browse_column import MultiBrowseColumn
    from .name_corporate_entity import NameCorporateEntity
    from .name_family import NameFamily
    from .name_form import NameForm
    from .name_person import NamePerson
    from .name_software import NameSoftware
    from .note_abstract import NoteAbstract
    from .note_agent_rights_statement import NoteAgentRightsStatement
    from .note_bibliography import NoteBibliography
    from .note_bioghist import NoteBioghist
    from .note_chronology import NoteChronology
    from .note_chronology_item import NoteChronologyItem
    from .note_citation import NoteCitation
    from .note_citation_xlink import NoteCitationXlink
    from .note_contact_note import NoteContactNote
    from .note_definedlist import NoteDefinedlist
    from .note_definedlist_item import NoteDefinedlistItem
    from .note_digital_object import NoteDigitalObject
    from .note_general_context import NoteGeneralContext
    from .note_index import NoteIndex
    from .note_index_item import NoteIndexItem
    from .note_langmaterial import NoteLangmaterial
    from .note_legal_status import NoteLegalStatus
    from .note_mandate import NoteMandate
    from .note_multipart import NoteMultipart
    from .note_orderedlist import NoteOrderedlist
    from .note_outline import NoteOutline
    from .note_outline_level import NoteOutlineLevel
    from .note_rights_statement import NoteRightsStatement
    from .note_rights_statement_act import NoteRightsStatementAct
    from .note_singlepart import NoteSinglepart
    from .note_structure_or_genealogy import NoteStructureOrGenealogy
    from .note_text import NoteText
    from .notification import Notification
    from .notification_params import NotificationParams
    from .ns_2_remover_job import Ns2RemoverJob
    from .oai_config import OaiConfig
    from .parallel_name_corporate_entity import ParallelNameCorporateEntity
    from .parallel_name_family import ParallelNameFamily
    from .parallel_name_person import ParallelNamePerson
    from .parallel_name_software import ParallelNameSoftware
    from .password_reset_acknowledgement import PasswordResetAcknowledgement
    from .permission import Permission
    from .permission_level import PermissionLevel
    from .preference import Preference
    from .print_to_pdf_job import PrintToPdfJob
    from .range_query import RangeQuery
    from .rde_template import RdeTemplate
    from .rde_template_defaults import RdeTemplateDefaults
    from .rde_template_record_type import RdeTemplateRecordType
    from .record_tree import RecordTree
    from .record_type_counts import RecordTypeCounts
    from .record_type_counts_additional_property_type_1 import (
        RecordTypeCountsAdditionalPropertyType1,
    )
    from .record_type_counts_form import RecordTypeCountsForm
    from .ref import Ref
    from .ref_resolved import RefResolved
    from .report_definition import ReportDefinition
    from .report_job import ReportJob
    from .report_list import ReportList
    from .report_list_reports import ReportListReports
    from .repository import Repository
    from .repository_browse_column import RepositoryBrowseColumn
    from .repository_search_form import RepositorySearchForm
    from .repository_with_agent import RepositoryWithAgent
    from .required_fields import RequiredFields
    from .required_fields_record_type import RequiredFieldsRecordType
    from .resource import Resource
    from .resource_browse_column import ResourceBrowseColumn
    from .resource_duplicate_job import ResourceDuplicateJob
    from .resource_export_metadata import ResourceExportMetadata
    from .resource_ordered_record import ResourceOrderedRecord
    from .resource_ordered_record_resolved import ResourceOrderedRecordResolved
    from .resource_ordered_records import ResourceOrderedRecords
    from .resource_page import ResourcePage
    from .resource_tree import ResourceTree
    from .resource_tree_containers_item import ResourceTreeContainersItem
    from .revision_statement import RevisionStatement
    from .rights_restriction import RightsRestriction
    from .rights_statement import RightsStatement
    from .rights_statement_act import RightsStatementAct
    from .rights_statement_external_document import RightsStatementExternalDocument
    from .search_facets import SearchFacets
    from .search_facets_facet_fields import SearchFacetsFacetFields
    from .search_facets_facet_heatmaps import SearchFacetsFacetHeatmaps
    from .search_facets_facet_intervals import SearchFacetsFacetIntervals
    from .search_facets_facet_queries import SearchFacetsFacetQueries
    from .search_facets_facet_ranges import SearchFacetsFacetRanges
    from .search_form import SearchForm
    from .search_page import SearchPage
    from .search_page_highlighting import SearchPageHighlighting
    from .search_page_highlighting_additional_property import (
        SearchPageHighlightingAdditionalProperty,
    )
    from .search_records_form import SearchRecordsForm
    from .search_result import SearchResult
    from .slug_lookup import SlugLookup
    from .space_calculation import SpaceCalculation
    from .space_calculation_location import SpaceCalculationLocation
    from .space_calculation_location_resolved import SpaceCalculationLocationResolved
    from .status_response import StatusResponse
    from .structured_date_label import StructuredDateLabel
    from .structured_date_label_date_type_structured import (
        StructuredDateLabelDateTypeStructured,
    )
    from .structured_date_range import StructuredDateRange
    from .structured_date_single import StructuredDateSingle
    from .sub_container import SubContainer
    from .subject import Subject
    from .subject_browse_column import SubjectBrowseColumn
    from .subject_page import SubjectPage
    from .subrecord_requirement import SubrecordRequirement
    from .suppressed_response import SuppressedResponse
    from .system_event import SystemEvent
    from .system_info import SystemInfo
    from .system_info_appconfig import SystemInfoAppconfig
    from .system_info_db_info import SystemInfoDbInfo
    from .system_info_memory import SystemInfoMemory
    from .system_info_solr_info import SystemInfoSolrInfo
    from .telephone import Telephone
    from .term import Term
    from .top_container import TopContainer
    from .top_container_batch_result import TopContainerBatchResult
    from .top_container_browse_column import TopContainerBrowseColumn
    from .top_container_bulk_locations_result import TopContainerBulkLocationsResult
    from .top_container_bulk_result import TopContainerBulkResult
    from .top_container_bulk_update import TopContainerBulkUpdate
    from .top_container_collection_link import TopContainerCollectionLink
    from .top_container_collection_link_resolved import (
        TopContainerCollectionLinkResolved,
    )
    from .top_container_linker_job import TopContainerLinkerJob
    from .top_container_mgmt_browse_column import TopContainerMgmtBrowseColumn
    from .top_container_page import TopContainerPage
    from .top_container_search_result import TopContainerSearchResult
    from .top_container_search_result_facet_counts import (
        TopContainerSearchResultFacetCounts,
    )
    from .top_container_search_result_response_header import (
        TopContainerSearchResultResponseHeader,
    )
    from .top_container_series_link import TopContainerSeriesLink
    from .top_container_series_link_resolved import TopContainerSeriesLinkResolved
    from .top_container_solr_documents import TopContainerSolrDocuments
    from .top_container_solr_documents_docs_item import (
        TopContainerSolrDocumentsDocsItem,
    )
    from .tree_container_summary import TreeContainerSummary
    from .tree_date_summary import TreeDateSummary
    from .tree_node import TreeNode
    from .tree_path_step import TreePathStep
    from .tree_paths import TreePaths
    from .tree_precomputed_waypoints import TreePrecomputedWaypoints
    from .tree_precomputed_waypoints_additional_property import (
        TreePrecomputedWaypointsAdditionalProperty,
    )
    from .tree_root import TreeRoot
    from .tree_waypoint_entry import TreeWaypointEntry
    from .trim_whitespace_job import TrimWhitespaceJob
    from .update_feed_entry import UpdateFeedEntry
    from .update_feed_entry_record_type_0 import UpdateFeedEntryRecordType0
    from .updated_response import UpdatedResponse
    from .updated_response_warnings_type_0 import UpdatedResponseWarningsType0
    from .used_language import UsedLanguage
    from .user import User
    from .user_defined import UserDefined
    from .user_page import UserPage
    from .user_permissions import UserPermissions
    from .vocabulary import Vocabulary

_MODULES: dict[str, str] = {
    "AbstractAgent": ".abstract_agent",
    "AbstractAgentAgentType": ".abstract_agent_agent_type",
    "AbstractAgentRelationship": ".abstract_agent_relationship",
    "AbstractArchivalObject": ".abstract_archival_object",
    "AbstractClassification": ".abstract_classification",
    "AbstractName": ".abstract_name",
    "AbstractNote": ".abstract_note",
    "AbstractParallelName": ".abstract_parallel_name",
    "Accession": ".accession",
    "AccessionBrowseColumn": ".accession_browse_column",
    "AccessionPage": ".accession_page",
    "AccessionPartsRelationship": ".accession_parts_relationship",
    "AccessionPartsRelationshipResolved": ".accession_parts_relationship_resolved",
    "AccessionSiblingRelationship": ".accession_sibling_relationship",
    "AccessionSiblingRelationshipResolved": ".accession_sibling_relationship_resolved",
    "ActiveEdit": ".active_edit",
    "ActiveEditStatus": ".active_edit_status",
    "ActiveEditStatusEditedBy": ".active_edit_status_edited_by",
    "ActiveEditStatuses": ".active_edit_statuses",
    "ActiveEdits": ".active_edits",
    "AdvancedQuery": ".advanced_query",
    "AgentAlternateSet": ".agent_alternate_set",
    "AgentBrowseColumn": ".agent_browse_column",
    "AgentContact": ".agent_contact",
    "AgentConventionsDeclaration": ".agent_conventions_declaration",
    "AgentCorporateEntity": ".agent_corporate_entity",
    "AgentCorporateEntityAgentType": ".agent_corporate_entity_agent_type",
    "AgentCorporateEntityPage": ".agent_corporate_entity_page",
    "AgentExportMetadata": ".agent_export_metadata",
    "AgentFamily": ".agent_family",
    "AgentFamilyAgentType": ".agent_family_agent_type",
    "AgentFamilyPage": ".agent_family_page",
    "AgentFunction": ".agent_function",
    "AgentGender": ".agent_gender",
    "AgentIdentifier": ".agent_identifier",
    "AgentMaintenanceHistory": ".agent_maintenance_history",
    "AgentOccupation": ".agent_occupation",
    "AgentOtherAgencyCodes": ".agent_other_agency_codes",
    "AgentPerson": ".agent_person",
    "AgentPersonAgentType": ".agent_person_agent_type",
    "AgentPersonPage": ".agent_person_page",
    "AgentPlace": ".agent_place",
    "AgentRecordControl": ".agent_record_control",
    "AgentRecordIdentifier": ".agent_record_identifier",
    "AgentRelationshipAssociative": ".agent_relationship_associative",
    "AgentRelationshipAssociativeResolved": ".agent_relationship_associative_resolved",
    "AgentRelationshipEarlierlater": ".agent_relationship_earlierlater",
    "AgentRelationshipEarlierlaterResolved": ".agent_relationship_earlierlater_resolved",
    "AgentRelationshipFamily": ".agent_relationship_family",
    "AgentRelationshipFamilyResolved": ".agent_relationship_family_resolved",
    "AgentRelationshipHierarchical": ".agent_relationship_hierarchical",
    "AgentRelationshipHierarchicalResolved": ".agent_relationship_hierarchical_resolved",
    "AgentRelationshipIdentity": ".agent_relationship_identity",
    "AgentRelationshipIdentityResolved": ".agent_relationship_identity_resolved",
    "AgentRelationshipParentchild": ".agent_relationship_parentchild",
    "AgentRelationshipParentchildResolved": ".agent_relationship_parentchild_resolved",
    "AgentRelationshipSubordinatesuperior": ".agent_relationship_subordinatesuperior",
    "AgentRelationshipSubordinatesuperiorResolved": ".agent_relationship_subordinatesuperior_resolved",
    "AgentRelationshipTemporal": ".agent_relationship_temporal",
    "AgentRelationshipTemporalResolved": ".agent_relationship_temporal_resolved",
    "AgentResource": ".agent_resource",
    "AgentSoftware": ".agent_software",
    "AgentSoftwareAgentType": ".agent_software_agent_type",
    "AgentSoftwarePage": ".agent_software_page",
    "AgentSources": ".agent_sources",
    "AgentTopic": ".agent_topic",
    "ArchivalObject": ".archival_object",
    "ArchivalObjectAncestor": ".archival_object_ancestor",
    "ArchivalObjectAncestorResolved": ".archival_object_ancestor_resolved",
    "ArchivalObjectBrowseColumn": ".archival_object_browse_column",
    "ArchivalObjectPage": ".archival_object_page",
    "ArchivalRecordChildren": ".archival_record_children",
    "ArkName": ".ark_name",
    "Assessment": ".assessment",
    "AssessmentAttribute": ".assessment_attribute",
    "AssessmentAttributeDefinition": ".assessment_attribute_definition",
    "AssessmentAttributeDefinitionType": ".assessment_attribute_definition_type",
    "AssessmentAttributeDefinitions": ".assessment_attribute_definitions",
    "AssessmentBrowseColumn": ".assessment_browse_column",
    "AssessmentPage": ".assessment_page",
    "BatchDeleteResult": ".batch_delete_result",
    "BatchImportRecord": ".batch_import_record",
    "BooleanFieldQuery": ".boolean_field_query",
    "BooleanQuery": ".boolean_query",
    "BooleanQueryOp": ".boolean_query_op",
    "BrowseSortDirection": ".browse_sort_direction",
    "BulkArchivalObjectUpdaterJob": ".bulk_archival_object_updater_job",
    "BulkImportJob": ".bulk_import_job",
    "BulkUpdaterTree": ".bulk_updater_tree",
    "BulkUpdaterTreeNode": ".bulk_updater_tree_node",
    "CalculatedRecord": ".calculated_record",
    "CalculatedResource": ".calculated_resource",
    "Classification": ".classification",
    "ClassificationBrowseColumn": ".classification_browse_column",
    "ClassificationPage": ".classification_page",
    "ClassificationPathEntry": ".classification_path_entry",
    "ClassificationTerm": ".classification_term",
    "ClassificationTermPage": ".classification_term_page",
    "ClassificationTree": ".classification_tree",
    "CollectionManagement": ".collection_management",
    "CollectionManagementBrowseColumn": ".collection_management_browse_column",
    "ComponentTransferResult": ".component_transfer_result",
    "ContainerConversionJob": ".container_conversion_job",
    "ContainerLabelsJob": ".container_labels_job",
    "ContainerLocation": ".container_location",
    "ContainerLocationResolved": ".container_location_resolved",
    "ContainerProfile": ".container_profile",
    "ContainerProfileBrowseColumn": ".container_profile_browse_column",
    "ContainerProfileExtentDimension": ".container_profile_extent_dimension",
    "ContainerProfilePage": ".container_profile_page",
    "CreatedResponse": ".created_response",
    "CreatedResponseWarningsType0": ".created_response_warnings_type_0",
    "CurrentPreferences": ".current_preferences",
    "CurrentPreferencesDefaults": ".current_preferences_defaults",
    "CurrentPreferencesDefaultsGlobal": ".current_preferences_defaults_global",
    "CurrentPreferencesDefaultsRepo": ".current_preferences_defaults_repo",
    "CurrentPreferencesDefaultsUserGlobal": ".current_preferences_defaults_user_global",
    "CurrentPreferencesDefaultsUserRepo": ".current_preferences_defaults_user_repo",
    "CustomReportField": ".custom_report_field",
    "CustomReportOptions": ".custom_report_options",
    "CustomReportRecordType": ".custom_report_record_type",
    "CustomReportSubreport": ".custom_report_subreport",
    "CustomReportTemplate": ".custom_report_template",
    "CustomReportTemplatePage": ".custom_report_template_page",
    "Date": ".date",
    "DateCalculation": ".date_calculation",
    "DateFieldQuery": ".date_field_query",
    "DateFieldQueryComparator": ".date_field_query_comparator",
    "DateFieldQueryPrecision": ".date_field_query_precision",
    "Deaccession": ".deaccession",
    "DefaultValues": ".default_values",
    "DefaultValuesDefaults": ".default_values_defaults",
    "DefaultValuesRecordType": ".default_values_record_type",
    "Defaults": ".defaults",
    "DefaultsAccessionSortColumn": ".defaults_accession_sort_column",
    "DefaultsAgentSortColumn": ".defaults_agent_sort_column",
    "DefaultsArchivalObjectSortColumn": ".defaults_archival_object_sort_column",
    "DefaultsAssessmentSortColumn": ".defaults_assessment_sort_column",
    "DefaultsClassificationSortColumn": ".defaults_classification_sort_column",
    "DefaultsCollectionManagementSortColumn": ".defaults_collection_management_sort_column",
    "DefaultsContainerProfileSortColumn": ".defaults_container_profile_sort_column",
    "DefaultsDigitalObjectComponentSortColumn": ".defaults_digital_object_component_sort_column",
    "DefaultsDigitalObjectSortColumn": ".defaults_digital_object_sort_column",
    "DefaultsEventSortColumn": ".defaults_event_sort_column",
    "DefaultsJobSortColumn": ".defaults_job_sort_column",
    "DefaultsLocale": ".defaults_locale",
    "DefaultsLocationProfileSortColumn": ".defaults_location_profile_sort_column",
    "DefaultsLocationSortColumn": ".defaults_location_sort_column",
    "DefaultsMultiSortColumn": ".defaults_multi_sort_column",
    "DefaultsRepositoriesSortColumn": ".defaults_repositories_sort_column",
    "DefaultsResourceSortColumn": ".defaults_resource_sort_column",
    "DefaultsSubjectSortColumn": ".defaults_subject_sort_column",
    "DefaultsTopContainerMgmtSortColumn": ".defaults_top_container_mgmt_sort_column",
    "DefaultsTopContainerSortColumn": ".defaults_top_container_sort_column",
    "DeleteFeedPage": ".delete_feed_page",
    "DeletedResponse": ".deleted_response",
    "DigitalObject": ".digital_object",
    "DigitalObjectBrowseColumn": ".digital_object_browse_column",
    "DigitalObjectComponent": ".digital_object_component",
    "DigitalObjectComponentBrowseColumn": ".digital_object_component_browse_column",
    "DigitalObjectComponentPage": ".digital_object_component_page",
    "DigitalObjectExportMetadata": ".digital_object_export_metadata",
    "DigitalObjectPage": ".digital_object_page",
    "DigitalObjectTree": ".digital_object_tree",
    "DigitalObjectTreeFileVersionsItem": ".digital_object_tree_file_versions_item",
    "DigitalRecordChildren": ".digital_record_children",
    "Enumeration": ".enumeration",
    "EnumerationMigration": ".enumeration_migration",
    "EnumerationValue": ".enumeration_value",
    "Error": ".error",
    "ErrorErrorType1": ".error_error_type_1",
    "ErrorWarning": ".error_warning",
    "Event": ".event",
    "EventBrowseColumn": ".event_browse_column",
    "EventLinkedAgent": ".event_linked_agent",
    "EventLinkedAgentResolved": ".event_linked_agent_resolved",
    "EventLinkedRecord": ".event_linked_record",
    "EventLinkedRecordResolved": ".event_linked_record_resolved",
    "EventPage": ".event_page",
    "Extent": ".extent",
    "ExtentCalculation": ".extent_calculation",
    "ExtentCalculationContainers": ".extent_calculation_containers",
    "ExtentCalculationProfile": ".extent_calculation_profile",
    "ExternalDocument": ".external_document",
    "ExternalId": ".external_id",
    "FieldQuery": ".field_query",
    "FieldQueryComparator": ".field_query_comparator",
    "FileVersion": ".file_version",
    "FindAndReplaceJob": ".find_and_replace_job",
    "FoundArchivalObjects": ".found_archival_objects",
    "FoundDigitalObjectComponents": ".found_digital_object_components",
    "FoundDigitalObjects": ".found_digital_objects",
    "FoundResources": ".found_resources",
    "FoundTopContainers": ".found_top_containers",
    "GenerateArksJob": ".generate_arks_job",
    "GenerateSlugsJob": ".generate_slugs_job",
    "GetDeleteFeedSortDirection": ".get_delete_feed_sort_direction",
    "GetOaiVerb": ".get_oai_verb",
    "Group": ".group",
    "ImportJob": ".import_job",
    "ImportType": ".import_type",
    "Instance": ".instance",
    "Job": ".job",
    "JobBrowseColumn": ".job_browse_column",
    "JobCreatedRecord": ".job_created_record",
    "JobCreatedRecordPage": ".job_created_record_page",
    "JobPage": ".job_page",
    "JobStatus": ".job_status",
    "JobTypeInfo": ".job_type_info",
    "JobTypes": ".job_types",
    "JobWithFilesForm": ".job_with_files_form",
    "JsonModelSchema": ".json_model_schema",
    "JsonModelSchemas": ".json_model_schemas",
    "LangMaterial": ".lang_material",
    "LanguageAndScript": ".language_and_script",
    "LinkedAgent": ".linked_agent",
    "LinkedAgentResolved": ".linked_agent_resolved",
    "ListAccessionsSortDirection": ".list_accessions_sort_direction",
    "ListAgentsCorporateEntitiesSortDirection": ".list_agents_corporate_entities_sort_direction",
    "ListAgentsFamiliesSortDirection": ".list_agents_families_sort_direction",
    "ListAgentsPeopleSortDirection": ".list_agents_people_sort_direction",
    "ListAgentsSoftwareSortDirection": ".list_agents_software_sort_direction",
    "ListArchivalObjectsSortDirection": ".list_archival_objects_sort_direction",
    "ListAssessmentsSortDirection": ".list_assessments_sort_direction",
    "ListClassificationTermsSortDirection": ".list_classification_terms_sort_direction",
    "ListClassificationsSortDirection": ".list_classifications_sort_direction",
    "ListContainerProfilesSortDirection": ".list_container_profiles_sort_direction",
    "ListCustomReportTemplatesSortDirection": ".list_custom_report_templates_sort_direction",
    "ListDigitalObjectComponentsSortDirection": ".list_digital_object_components_sort_direction",
    "ListDigitalObjectsSortDirection": ".list_digital_objects_sort_direction",
    "ListEventsSortDirection": ".list_events_sort_direction",
    "ListJobRecordsSortDirection": ".list_job_records_sort_direction",
    "ListJobsArchivedSortDirection": ".list_jobs_archived_sort_direction",
    "ListJobsSortDirection": ".list_jobs_sort_direction",
    "ListLocationProfilesSortDirection": ".list_location_profiles_sort_direction",
    "ListLocationsSortDirection": ".list_locations_sort_direction",
    "ListPermissionsLevel": ".list_permissions_level",
    "ListResourcesSortDirection": ".list_resources_sort_direction",
    "ListSubjectsSortDirection": ".list_subjects_sort_direction",
    "ListTopContainersSortDirection": ".list_top_containers_sort_direction",
    "ListUsersSortDirection": ".list_users_sort_direction",
    "Location": ".location",
    "LocationBatch": ".location_batch",
    "LocationBatchUpdate": ".location_batch_update",
    "LocationBrowseColumn": ".location_browse_column",
    "LocationBuildings": ".location_buildings",
    "LocationBuildingsAdditionalProperty": ".location_buildings_additional_property",
    "LocationBuildingsAdditionalPropertyAdditionalProperty": ".location_buildings_additional_property_additional_property",
    "LocationCoordinateRange": ".location_coordinate_range",
    "LocationFunction": ".location_function",
    "LocationPage": ".location_page",
    "LocationProfile": ".location_profile",
    "LocationProfileBrowseColumn": ".location_profile_browse_column",
    "LocationProfilePage": ".location_profile_page",
    "LoginForm": ".login_form",
    "LoginResult": ".login_result",
    "MergeRequest": ".merge_request",
    "MergeRequestDetail": ".merge_request_detail",
    "MergeRequestDetailSelections": ".merge_request_detail_selections",
    "MergeResult": ".merge_result",
    "MergeResultResult": ".merge_result_result",
    "MergeResultSelections": ".merge_result_selections",
    "MetadataRightsDeclaration": ".metadata_rights_declaration",
    "MultiBrowseColumn": ".multi_browse_column",
    "NameCorporateEntity": ".name_corporate_entity",
    "NameFamily": ".name_family",
    "NameForm": ".name_form",
    "NamePerson": ".name_person",
    "NameSoftware": ".name_software",
    "NoteAbstract": ".note_abstract",
    "NoteAgentRightsStatement": ".note_agent_rights_statement",
    "NoteBibliography": ".note_bibliography",
    "NoteBioghist": ".note_bioghist",
    "NoteChronology": ".note_chronology",
    "NoteChronologyItem": ".note_chronology_item",
    "NoteCitation": ".note_citation",
    "NoteCitationXlink": ".note_citation_xlink",
    "NoteContactNote": ".note_contact_note",
    "NoteDefinedlist": ".note_definedlist",
    "NoteDefinedlistItem": ".note_definedlist_item",
    "NoteDigitalObject": ".note_digital_object",
    "NoteGeneralContext": ".note_general_context",
    "NoteIndex": ".note_index",
    "NoteIndexItem": ".note_index_item",
    "NoteLangmaterial": ".note_langmaterial",
    "NoteLegalStatus": ".note_legal_status",
    "NoteMandate": ".note_mandate",
    "NoteMultipart": ".note_multipart",
    "NoteOrderedlist": ".note_orderedlist",
    "NoteOutline": ".note_outline",
    "NoteOutlineLevel": ".note_outline_level",
    "NoteRightsStatement": ".note_rights_statement",
    "NoteRightsStatementAct": ".note_rights_statement_act",
    "NoteSinglepart": ".note_singlepart",
    "NoteStructureOrGenealogy": ".note_structure_or_genealogy",
    "NoteText": ".note_text",
    "Notification": ".notification",
    "NotificationParams": ".notification_params",
    "Ns2RemoverJob": ".ns_2_remover_job",
    "OaiConfig": ".oai_config",
    "ParallelNameCorporateEntity": ".parallel_name_corporate_entity",
    "ParallelNameFamily": ".parallel_name_family",
    "ParallelNamePerson": ".parallel_name_person",
    "ParallelNameSoftware": ".parallel_name_software",
    "PasswordResetAcknowledgement": ".password_reset_acknowledgement",
    "Permission": ".permission",
    "PermissionLevel": ".permission_level",
    "Preference": ".preference",
    "PrintToPdfJob": ".print_to_pdf_job",
    "RangeQuery": ".range_query",
    "RdeTemplate": ".rde_template",
    "RdeTemplateDefaults": ".rde_template_defaults",
    "RdeTemplateRecordType": ".rde_template_record_type",
    "RecordTree": ".record_tree",
    "RecordTypeCounts": ".record_type_counts",
    "RecordTypeCountsAdditionalPropertyType1": ".record_type_counts_additional_property_type_1",
    "RecordTypeCountsForm": ".record_type_counts_form",
    "Ref": ".ref",
    "RefResolved": ".ref_resolved",
    "ReportDefinition": ".report_definition",
    "ReportJob": ".report_job",
    "ReportList": ".report_list",
    "ReportListReports": ".report_list_reports",
    "Repository": ".repository",
    "RepositoryBrowseColumn": ".repository_browse_column",
    "RepositorySearchForm": ".repository_search_form",
    "RepositoryWithAgent": ".repository_with_agent",
    "RequiredFields": ".required_fields",
    "RequiredFieldsRecordType": ".required_fields_record_type",
    "Resource": ".resource",
    "ResourceBrowseColumn": ".resource_browse_column",
    "ResourceDuplicateJob": ".resource_duplicate_job",
    "ResourceExportMetadata": ".resource_export_metadata",
    "ResourceOrderedRecord": ".resource_ordered_record",
    "ResourceOrderedRecordResolved": ".resource_ordered_record_resolved",
    "ResourceOrderedRecords": ".resource_ordered_records",
    "ResourcePage": ".resource_page",
    "ResourceTree": ".resource_tree",
    "ResourceTreeContainersItem": ".resource_tree_containers_item",
    "RevisionStatement": ".revision_statement",
    "RightsRestriction": ".rights_restriction",
    "RightsStatement": ".rights_statement",
    "RightsStatementAct": ".rights_statement_act",
    "RightsStatementExternalDocument": ".rights_statement_external_document",
    "SearchFacets": ".search_facets",
    "SearchFacetsFacetFields": ".search_facets_facet_fields",
    "SearchFacetsFacetHeatmaps": ".search_facets_facet_heatmaps",
    "SearchFacetsFacetIntervals": ".search_facets_facet_intervals",
    "SearchFacetsFacetQueries": ".search_facets_facet_queries",
    "SearchFacetsFacetRanges": ".search_facets_facet_ranges",
    "SearchForm": ".search_form",
    "SearchPage": ".search_page",
    "SearchPageHighlighting": ".search_page_highlighting",
    "SearchPageHighlightingAdditionalProperty": ".search_page_highlighting_additional_property",
    "SearchRecordsForm": ".search_records_form",
    "SearchResult": ".search_result",
    "SlugLookup": ".slug_lookup",
    "SpaceCalculation": ".space_calculation",
    "SpaceCalculationLocation": ".space_calculation_location",
    "SpaceCalculationLocationResolved": ".space_calculation_location_resolved",
    "StatusResponse": ".status_response",
    "StructuredDateLabel": ".structured_date_label",
    "StructuredDateLabelDateTypeStructured": ".structured_date_label_date_type_structured",
    "StructuredDateRange": ".structured_date_range",
    "StructuredDateSingle": ".structured_date_single",
    "SubContainer": ".sub_container",
    "Subject": ".subject",
    "SubjectBrowseColumn": ".subject_browse_column",
    "SubjectPage": ".subject_page",
    "SubrecordRequirement": ".subrecord_requirement",
    "SuppressedResponse": ".suppressed_response",
    "SystemEvent": ".system_event",
    "SystemInfo": ".system_info",
    "SystemInfoAppconfig": ".system_info_appconfig",
    "SystemInfoDbInfo": ".system_info_db_info",
    "SystemInfoMemory": ".system_info_memory",
    "SystemInfoSolrInfo": ".system_info_solr_info",
    "Telephone": ".telephone",
    "Term": ".term",
    "TopContainer": ".top_container",
    "TopContainerBatchResult": ".top_container_batch_result",
    "TopContainerBrowseColumn": ".top_container_browse_column",
    "TopContainerBulkLocationsResult": ".top_container_bulk_locations_result",
    "TopContainerBulkResult": ".top_container_bulk_result",
    "TopContainerBulkUpdate": ".top_container_bulk_update",
    "TopContainerCollectionLink": ".top_container_collection_link",
    "TopContainerCollectionLinkResolved": ".top_container_collection_link_resolved",
    "TopContainerLinkerJob": ".top_container_linker_job",
    "TopContainerMgmtBrowseColumn": ".top_container_mgmt_browse_column",
    "TopContainerPage": ".top_container_page",
    "TopContainerSearchResult": ".top_container_search_result",
    "TopContainerSearchResultFacetCounts": ".top_container_search_result_facet_counts",
    "TopContainerSearchResultResponseHeader": ".top_container_search_result_response_header",
    "TopContainerSeriesLink": ".top_container_series_link",
    "TopContainerSeriesLinkResolved": ".top_container_series_link_resolved",
    "TopContainerSolrDocuments": ".top_container_solr_documents",
    "TopContainerSolrDocumentsDocsItem": ".top_container_solr_documents_docs_item",
    "TreeContainerSummary": ".tree_container_summary",
    "TreeDateSummary": ".tree_date_summary",
    "TreeNode": ".tree_node",
    "TreePathStep": ".tree_path_step",
    "TreePaths": ".tree_paths",
    "TreePrecomputedWaypoints": ".tree_precomputed_waypoints",
    "TreePrecomputedWaypointsAdditionalProperty": ".tree_precomputed_waypoints_additional_property",
    "TreeRoot": ".tree_root",
    "TreeWaypointEntry": ".tree_waypoint_entry",
    "TrimWhitespaceJob": ".trim_whitespace_job",
    "UpdateFeedEntry": ".update_feed_entry",
    "UpdateFeedEntryRecordType0": ".update_feed_entry_record_type_0",
    "UpdatedResponse": ".updated_response",
    "UpdatedResponseWarningsType0": ".updated_response_warnings_type_0",
    "UsedLanguage": ".used_language",
    "User": ".user",
    "UserDefined": ".user_defined",
    "UserPage": ".user_page",
    "UserPermissions": ".user_permissions",
    "Vocabulary": ".vocabulary",
}

__all__ = (
    "AbstractAgent",
    "AbstractAgentAgentType",
    "AbstractAgentRelationship",
    "AbstractArchivalObject",
    "AbstractClassification",
    "AbstractName",
    "AbstractNote",
    "AbstractParallelName",
    "Accession",
    "AccessionBrowseColumn",
    "AccessionPage",
    "AccessionPartsRelationship",
    "AccessionPartsRelationshipResolved",
    "AccessionSiblingRelationship",
    "AccessionSiblingRelationshipResolved",
    "ActiveEdit",
    "ActiveEdits",
    "ActiveEditStatus",
    "ActiveEditStatusEditedBy",
    "ActiveEditStatuses",
    "AdvancedQuery",
    "AgentAlternateSet",
    "AgentBrowseColumn",
    "AgentContact",
    "AgentConventionsDeclaration",
    "AgentCorporateEntity",
    "AgentCorporateEntityAgentType",
    "AgentCorporateEntityPage",
    "AgentExportMetadata",
    "AgentFamily",
    "AgentFamilyAgentType",
    "AgentFamilyPage",
    "AgentFunction",
    "AgentGender",
    "AgentIdentifier",
    "AgentMaintenanceHistory",
    "AgentOccupation",
    "AgentOtherAgencyCodes",
    "AgentPerson",
    "AgentPersonAgentType",
    "AgentPersonPage",
    "AgentPlace",
    "AgentRecordControl",
    "AgentRecordIdentifier",
    "AgentRelationshipAssociative",
    "AgentRelationshipAssociativeResolved",
    "AgentRelationshipEarlierlater",
    "AgentRelationshipEarlierlaterResolved",
    "AgentRelationshipFamily",
    "AgentRelationshipFamilyResolved",
    "AgentRelationshipHierarchical",
    "AgentRelationshipHierarchicalResolved",
    "AgentRelationshipIdentity",
    "AgentRelationshipIdentityResolved",
    "AgentRelationshipParentchild",
    "AgentRelationshipParentchildResolved",
    "AgentRelationshipSubordinatesuperior",
    "AgentRelationshipSubordinatesuperiorResolved",
    "AgentRelationshipTemporal",
    "AgentRelationshipTemporalResolved",
    "AgentResource",
    "AgentSoftware",
    "AgentSoftwareAgentType",
    "AgentSoftwarePage",
    "AgentSources",
    "AgentTopic",
    "ArchivalObject",
    "ArchivalObjectAncestor",
    "ArchivalObjectAncestorResolved",
    "ArchivalObjectBrowseColumn",
    "ArchivalObjectPage",
    "ArchivalRecordChildren",
    "ArkName",
    "Assessment",
    "AssessmentAttribute",
    "AssessmentAttributeDefinition",
    "AssessmentAttributeDefinitions",
    "AssessmentAttributeDefinitionType",
    "AssessmentBrowseColumn",
    "AssessmentPage",
    "BatchDeleteResult",
    "BatchImportRecord",
    "BooleanFieldQuery",
    "BooleanQuery",
    "BooleanQueryOp",
    "BrowseSortDirection",
    "BulkArchivalObjectUpdaterJob",
    "BulkImportJob",
    "BulkUpdaterTree",
    "BulkUpdaterTreeNode",
    "CalculatedRecord",
    "CalculatedResource",
    "Classification",
    "ClassificationBrowseColumn",
    "ClassificationPage",
    "ClassificationPathEntry",
    "ClassificationTerm",
    "ClassificationTermPage",
    "ClassificationTree",
    "CollectionManagement",
    "CollectionManagementBrowseColumn",
    "ComponentTransferResult",
    "ContainerConversionJob",
    "ContainerLabelsJob",
    "ContainerLocation",
    "ContainerLocationResolved",
    "ContainerProfile",
    "ContainerProfileBrowseColumn",
    "ContainerProfileExtentDimension",
    "ContainerProfilePage",
    "CreatedResponse",
    "CreatedResponseWarningsType0",
    "CurrentPreferences",
    "CurrentPreferencesDefaults",
    "CurrentPreferencesDefaultsGlobal",
    "CurrentPreferencesDefaultsRepo",
    "CurrentPreferencesDefaultsUserGlobal",
    "CurrentPreferencesDefaultsUserRepo",
    "CustomReportField",
    "CustomReportOptions",
    "CustomReportRecordType",
    "CustomReportSubreport",
    "CustomReportTemplate",
    "CustomReportTemplatePage",
    "Date",
    "DateCalculation",
    "DateFieldQuery",
    "DateFieldQueryComparator",
    "DateFieldQueryPrecision",
    "Deaccession",
    "Defaults",
    "DefaultsAccessionSortColumn",
    "DefaultsAgentSortColumn",
    "DefaultsArchivalObjectSortColumn",
    "DefaultsAssessmentSortColumn",
    "DefaultsClassificationSortColumn",
    "DefaultsCollectionManagementSortColumn",
    "DefaultsContainerProfileSortColumn",
    "DefaultsDigitalObjectComponentSortColumn",
    "DefaultsDigitalObjectSortColumn",
    "DefaultsEventSortColumn",
    "DefaultsJobSortColumn",
    "DefaultsLocale",
    "DefaultsLocationProfileSortColumn",
    "DefaultsLocationSortColumn",
    "DefaultsMultiSortColumn",
    "DefaultsRepositoriesSortColumn",
    "DefaultsResourceSortColumn",
    "DefaultsSubjectSortColumn",
    "DefaultsTopContainerMgmtSortColumn",
    "DefaultsTopContainerSortColumn",
    "DefaultValues",
    "DefaultValuesDefaults",
    "DefaultValuesRecordType",
    "DeletedResponse",
    "DeleteFeedPage",
    "DigitalObject",
    "DigitalObjectBrowseColumn",
    "DigitalObjectComponent",
    "DigitalObjectComponentBrowseColumn",
    "DigitalObjectComponentPage",
    "DigitalObjectExportMetadata",
    "DigitalObjectPage",
    "DigitalObjectTree",
    "DigitalObjectTreeFileVersionsItem",
    "DigitalRecordChildren",
    "Enumeration",
    "EnumerationMigration",
    "EnumerationValue",
    "Error",
    "ErrorErrorType1",
    "ErrorWarning",
    "Event",
    "EventBrowseColumn",
    "EventLinkedAgent",
    "EventLinkedAgentResolved",
    "EventLinkedRecord",
    "EventLinkedRecordResolved",
    "EventPage",
    "Extent",
    "ExtentCalculation",
    "ExtentCalculationContainers",
    "ExtentCalculationProfile",
    "ExternalDocument",
    "ExternalId",
    "FieldQuery",
    "FieldQueryComparator",
    "FileVersion",
    "FindAndReplaceJob",
    "FoundArchivalObjects",
    "FoundDigitalObjectComponents",
    "FoundDigitalObjects",
    "FoundResources",
    "FoundTopContainers",
    "GenerateArksJob",
    "GenerateSlugsJob",
    "GetDeleteFeedSortDirection",
    "GetOaiVerb",
    "Group",
    "ImportJob",
    "ImportType",
    "Instance",
    "Job",
    "JobBrowseColumn",
    "JobCreatedRecord",
    "JobCreatedRecordPage",
    "JobPage",
    "JobStatus",
    "JobTypeInfo",
    "JobTypes",
    "JobWithFilesForm",
    "JsonModelSchema",
    "JsonModelSchemas",
    "LangMaterial",
    "LanguageAndScript",
    "LinkedAgent",
    "LinkedAgentResolved",
    "ListAccessionsSortDirection",
    "ListAgentsCorporateEntitiesSortDirection",
    "ListAgentsFamiliesSortDirection",
    "ListAgentsPeopleSortDirection",
    "ListAgentsSoftwareSortDirection",
    "ListArchivalObjectsSortDirection",
    "ListAssessmentsSortDirection",
    "ListClassificationsSortDirection",
    "ListClassificationTermsSortDirection",
    "ListContainerProfilesSortDirection",
    "ListCustomReportTemplatesSortDirection",
    "ListDigitalObjectComponentsSortDirection",
    "ListDigitalObjectsSortDirection",
    "ListEventsSortDirection",
    "ListJobRecordsSortDirection",
    "ListJobsArchivedSortDirection",
    "ListJobsSortDirection",
    "ListLocationProfilesSortDirection",
    "ListLocationsSortDirection",
    "ListPermissionsLevel",
    "ListResourcesSortDirection",
    "ListSubjectsSortDirection",
    "ListTopContainersSortDirection",
    "ListUsersSortDirection",
    "Location",
    "LocationBatch",
    "LocationBatchUpdate",
    "LocationBrowseColumn",
    "LocationBuildings",
    "LocationBuildingsAdditionalProperty",
    "LocationBuildingsAdditionalPropertyAdditionalProperty",
    "LocationCoordinateRange",
    "LocationFunction",
    "LocationPage",
    "LocationProfile",
    "LocationProfileBrowseColumn",
    "LocationProfilePage",
    "LoginForm",
    "LoginResult",
    "MergeRequest",
    "MergeRequestDetail",
    "MergeRequestDetailSelections",
    "MergeResult",
    "MergeResultResult",
    "MergeResultSelections",
    "MetadataRightsDeclaration",
    "MultiBrowseColumn",
    "NameCorporateEntity",
    "NameFamily",
    "NameForm",
    "NamePerson",
    "NameSoftware",
    "NoteAbstract",
    "NoteAgentRightsStatement",
    "NoteBibliography",
    "NoteBioghist",
    "NoteChronology",
    "NoteChronologyItem",
    "NoteCitation",
    "NoteCitationXlink",
    "NoteContactNote",
    "NoteDefinedlist",
    "NoteDefinedlistItem",
    "NoteDigitalObject",
    "NoteGeneralContext",
    "NoteIndex",
    "NoteIndexItem",
    "NoteLangmaterial",
    "NoteLegalStatus",
    "NoteMandate",
    "NoteMultipart",
    "NoteOrderedlist",
    "NoteOutline",
    "NoteOutlineLevel",
    "NoteRightsStatement",
    "NoteRightsStatementAct",
    "NoteSinglepart",
    "NoteStructureOrGenealogy",
    "NoteText",
    "Notification",
    "NotificationParams",
    "Ns2RemoverJob",
    "OaiConfig",
    "ParallelNameCorporateEntity",
    "ParallelNameFamily",
    "ParallelNamePerson",
    "ParallelNameSoftware",
    "PasswordResetAcknowledgement",
    "Permission",
    "PermissionLevel",
    "Preference",
    "PrintToPdfJob",
    "RangeQuery",
    "RdeTemplate",
    "RdeTemplateDefaults",
    "RdeTemplateRecordType",
    "RecordTree",
    "RecordTypeCounts",
    "RecordTypeCountsAdditionalPropertyType1",
    "RecordTypeCountsForm",
    "Ref",
    "RefResolved",
    "ReportDefinition",
    "ReportJob",
    "ReportList",
    "ReportListReports",
    "Repository",
    "RepositoryBrowseColumn",
    "RepositorySearchForm",
    "RepositoryWithAgent",
    "RequiredFields",
    "RequiredFieldsRecordType",
    "Resource",
    "ResourceBrowseColumn",
    "ResourceDuplicateJob",
    "ResourceExportMetadata",
    "ResourceOrderedRecord",
    "ResourceOrderedRecordResolved",
    "ResourceOrderedRecords",
    "ResourcePage",
    "ResourceTree",
    "ResourceTreeContainersItem",
    "RevisionStatement",
    "RightsRestriction",
    "RightsStatement",
    "RightsStatementAct",
    "RightsStatementExternalDocument",
    "SearchFacets",
    "SearchFacetsFacetFields",
    "SearchFacetsFacetHeatmaps",
    "SearchFacetsFacetIntervals",
    "SearchFacetsFacetQueries",
    "SearchFacetsFacetRanges",
    "SearchForm",
    "SearchPage",
    "SearchPageHighlighting",
    "SearchPageHighlightingAdditionalProperty",
    "SearchRecordsForm",
    "SearchResult",
    "SlugLookup",
    "SpaceCalculation",
    "SpaceCalculationLocation",
    "SpaceCalculationLocationResolved",
    "StatusResponse",
    "StructuredDateLabel",
    "StructuredDateLabelDateTypeStructured",
    "StructuredDateRange",
    "StructuredDateSingle",
    "SubContainer",
    "Subject",
    "SubjectBrowseColumn",
    "SubjectPage",
    "SubrecordRequirement",
    "SuppressedResponse",
    "SystemEvent",
    "SystemInfo",
    "SystemInfoAppconfig",
    "SystemInfoDbInfo",
    "SystemInfoMemory",
    "SystemInfoSolrInfo",
    "Telephone",
    "Term",
    "TopContainer",
    "TopContainerBatchResult",
    "TopContainerBrowseColumn",
    "TopContainerBulkLocationsResult",
    "TopContainerBulkResult",
    "TopContainerBulkUpdate",
    "TopContainerCollectionLink",
    "TopContainerCollectionLinkResolved",
    "TopContainerLinkerJob",
    "TopContainerMgmtBrowseColumn",
    "TopContainerPage",
    "TopContainerSearchResult",
    "TopContainerSearchResultFacetCounts",
    "TopContainerSearchResultResponseHeader",
    "TopContainerSeriesLink",
    "TopContainerSeriesLinkResolved",
    "TopContainerSolrDocuments",
    "TopContainerSolrDocumentsDocsItem",
    "TreeContainerSummary",
    "TreeDateSummary",
    "TreeNode",
    "TreePaths",
    "TreePathStep",
    "TreePrecomputedWaypoints",
    "TreePrecomputedWaypointsAdditionalProperty",
    "TreeRoot",
    "TreeWaypointEntry",
    "TrimWhitespaceJob",
    "UpdatedResponse",
    "UpdatedResponseWarningsType0",
    "UpdateFeedEntry",
    "UpdateFeedEntryRecordType0",
    "UsedLanguage",
    "User",
    "UserDefined",
    "UserPage",
    "UserPermissions",
    "Vocabulary",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
