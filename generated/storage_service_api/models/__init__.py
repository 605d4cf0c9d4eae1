"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562), so importing one operation loads only the models it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_package_sword_media_in_progress import AddPackageSwordMediaInProgress
    from .add_package_sword_media_packaging import AddPackageSwordMediaPackaging
    from .api_root import ApiRoot
    from .async_task import AsyncTask
    from .async_task_list import AsyncTaskList
    from .browse_entry_properties import BrowseEntryProperties
    from .callback_failure import CallbackFailure
    from .check_package_fixity_force_local import CheckPackageFixityForceLocal
    from .create_location_sword_deposit_in_progress import (
        CreateLocationSwordDepositInProgress,
    )
    from .error_message import ErrorMessage
    from .error_result import ErrorResult
    from .failure_result import FailureResult
    from .file_metadata import FileMetadata
    from .file_move import FileMove
    from .fixity_failures import FixityFailures
    from .fixity_failures_files import FixityFailuresFiles
    from .fixity_report import FixityReport
    from .list_async_tasks_format import ListAsyncTasksFormat
    from .list_locations_format import ListLocationsFormat
    from .list_meta import ListMeta
    from .list_packages_format import ListPackagesFormat
    from .list_pipelines_format import ListPipelinesFormat
    from .list_spaces_format import ListSpacesFormat
    from .location import Location
    from .location_browse_result import LocationBrowseResult
    from .location_browse_result_properties import LocationBrowseResultProperties
    from .location_create import LocationCreate
    from .location_list import LocationList
    from .location_purpose import LocationPurpose
    from .message_result import MessageResult
    from .move_files_request import MoveFilesRequest
    from .move_files_result import MoveFilesResult
    from .move_package_form import MovePackageForm
    from .package import Package
    from .package_content_file import PackageContentFile
    from .package_content_input import PackageContentInput
    from .package_contents import PackageContents
    from .package_contents_added import PackageContentsAdded
    from .package_create import PackageCreate
    from .package_create_misc_attributes import PackageCreateMiscAttributes
    from .package_event_request import PackageEventRequest
    from .package_event_result import PackageEventResult
    from .package_list import PackageList
    from .package_misc_attributes_type_0 import PackageMiscAttributesType0
    from .package_reingest_patch import PackageReingestPatch
    from .package_status import PackageStatus
    from .package_type import PackageType
    from .package_update import PackageUpdate
    from .package_update_misc_attributes import PackageUpdateMiscAttributes
    from .pipeline import Pipeline
    from .pipeline_create import PipelineCreate
    from .pipeline_list import PipelineList
    from .reindex_result import ReindexResult
    from .reingest_request import ReingestRequest
    from .reingest_result import ReingestResult
    from .reingest_type import ReingestType
    from .resource_field import ResourceField
    from .resource_field_related_type import ResourceFieldRelatedType
    from .resource_link import ResourceLink
    from .resource_schema import ResourceSchema
    from .resource_schema_fields import ResourceSchemaFields
    from .resource_schema_filtering import ResourceSchemaFiltering
    from .space import Space
    from .space_browse_result import SpaceBrowseResult
    from .space_browse_result_properties import SpaceBrowseResultProperties
    from .space_create import SpaceCreate
    from .space_list import SpaceList
    from .tastypie_error import TastypieError
    from .update_package_sword_deposit_in_progress import (
        UpdatePackageSwordDepositInProgress,
    )

_MODULES: dict[str, str] = {
    "AddPackageSwordMediaInProgress": ".add_package_sword_media_in_progress",
    "AddPackageSwordMediaPackaging": ".add_package_sword_media_packaging",
    "ApiRoot": ".api_root",
    "AsyncTask": ".async_task",
    "AsyncTaskList": ".async_task_list",
    "BrowseEntryProperties": ".browse_entry_properties",
    "CallbackFailure": ".callback_failure",
    "CheckPackageFixityForceLocal": ".check_package_fixity_force_local",
    "CreateLocationSwordDepositInProgress": ".create_location_sword_deposit_in_progress",
    "ErrorMessage": ".error_message",
    "ErrorResult": ".error_result",
    "FailureResult": ".failure_result",
    "FileMetadata": ".file_metadata",
    "FileMove": ".file_move",
    "FixityFailures": ".fixity_failures",
    "FixityFailuresFiles": ".fixity_failures_files",
    "FixityReport": ".fixity_report",
    "ListAsyncTasksFormat": ".list_async_tasks_format",
    "ListLocationsFormat": ".list_locations_format",
    "ListMeta": ".list_meta",
    "ListPackagesFormat": ".list_packages_format",
    "ListPipelinesFormat": ".list_pipelines_format",
    "ListSpacesFormat": ".list_spaces_format",
    "Location": ".location",
    "LocationBrowseResult": ".location_browse_result",
    "LocationBrowseResultProperties": ".location_browse_result_properties",
    "LocationCreate": ".location_create",
    "LocationList": ".location_list",
    "LocationPurpose": ".location_purpose",
    "MessageResult": ".message_result",
    "MoveFilesRequest": ".move_files_request",
    "MoveFilesResult": ".move_files_result",
    "MovePackageForm": ".move_package_form",
    "Package": ".package",
    "PackageContentFile": ".package_content_file",
    "PackageContentInput": ".package_content_input",
    "PackageContents": ".package_contents",
    "PackageContentsAdded": ".package_contents_added",
    "PackageCreate": ".package_create",
    "PackageCreateMiscAttributes": ".package_create_misc_attributes",
    "PackageEventRequest": ".package_event_request",
    "PackageEventResult": ".package_event_result",
    "PackageList": ".package_list",
    "PackageMiscAttributesType0": ".package_misc_attributes_type_0",
    "PackageReingestPatch": ".package_reingest_patch",
    "PackageStatus": ".package_status",
    "PackageType": ".package_type",
    "PackageUpdate": ".package_update",
    "PackageUpdateMiscAttributes": ".package_update_misc_attributes",
    "Pipeline": ".pipeline",
    "PipelineCreate": ".pipeline_create",
    "PipelineList": ".pipeline_list",
    "ReindexResult": ".reindex_result",
    "ReingestRequest": ".reingest_request",
    "ReingestResult": ".reingest_result",
    "ReingestType": ".reingest_type",
    "ResourceField": ".resource_field",
    "ResourceFieldRelatedType": ".resource_field_related_type",
    "ResourceLink": ".resource_link",
    "ResourceSchema": ".resource_schema",
    "ResourceSchemaFields": ".resource_schema_fields",
    "ResourceSchemaFiltering": ".resource_schema_filtering",
    "Space": ".space",
    "SpaceBrowseResult": ".space_browse_result",
    "SpaceBrowseResultProperties": ".space_browse_result_properties",
    "SpaceCreate": ".space_create",
    "SpaceList": ".space_list",
    "TastypieError": ".tastypie_error",
    "UpdatePackageSwordDepositInProgress": ".update_package_sword_deposit_in_progress",
}

__all__ = (
    "AddPackageSwordMediaInProgress",
    "AddPackageSwordMediaPackaging",
    "ApiRoot",
    "AsyncTask",
    "AsyncTaskList",
    "BrowseEntryProperties",
    "CallbackFailure",
    "CheckPackageFixityForceLocal",
    "CreateLocationSwordDepositInProgress",
    "ErrorMessage",
    "ErrorResult",
    "FailureResult",
    "FileMetadata",
    "FileMove",
    "FixityFailures",
    "FixityFailuresFiles",
    "FixityReport",
    "ListAsyncTasksFormat",
    "ListLocationsFormat",
    "ListMeta",
    "ListPackagesFormat",
    "ListPipelinesFormat",
    "ListSpacesFormat",
    "Location",
    "LocationBrowseResult",
    "LocationBrowseResultProperties",
    "LocationCreate",
    "LocationList",
    "LocationPurpose",
    "MessageResult",
    "MoveFilesRequest",
    "MoveFilesResult",
    "MovePackageForm",
    "Package",
    "PackageContentFile",
    "PackageContentInput",
    "PackageContents",
    "PackageContentsAdded",
    "PackageCreate",
    "PackageCreateMiscAttributes",
    "PackageEventRequest",
    "PackageEventResult",
    "PackageList",
    "PackageMiscAttributesType0",
    "PackageReingestPatch",
    "PackageStatus",
    "PackageType",
    "PackageUpdate",
    "PackageUpdateMiscAttributes",
    "Pipeline",
    "PipelineCreate",
    "PipelineList",
    "ReindexResult",
    "ReingestRequest",
    "ReingestResult",
    "ReingestType",
    "ResourceField",
    "ResourceFieldRelatedType",
    "ResourceLink",
    "ResourceSchema",
    "ResourceSchemaFields",
    "ResourceSchemaFiltering",
    "Space",
    "SpaceBrowseResult",
    "SpaceBrowseResultProperties",
    "SpaceCreate",
    "SpaceList",
    "TastypieError",
    "UpdatePackageSwordDepositInProgress",
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
