"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562), so importing one operation loads only the models it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .approve_reingest_form import ApproveReingestForm
    from .approve_transfer_form import ApproveTransferForm
    from .approve_transfer_result import ApproveTransferResult
    from .completed_unit_list import CompletedUnitList
    from .copy_metadata_files_form import CopyMetadataFilesForm
    from .copy_metadata_files_result import CopyMetadataFilesResult
    from .create_package_request import CreatePackageRequest
    from .create_package_result import CreatePackageResult
    from .error import Error
    from .failure_result import FailureResult
    from .hide_completed_result import HideCompletedResult
    from .hide_result import HideResult
    from .ingest_status import IngestStatus
    from .job import Job
    from .job_status import JobStatus
    from .level_of_description import LevelOfDescription
    from .message_result import MessageResult
    from .not_removed_result import NotRemovedResult
    from .package_type import PackageType
    from .path_metadata import PathMetadata
    from .path_metadata_form import PathMetadataForm
    from .processing_configuration_list import ProcessingConfigurationList
    from .reingest_form import ReingestForm
    from .reingest_result import ReingestResult
    from .start_transfer_form import StartTransferForm
    from .start_transfer_result import StartTransferResult
    from .success_result import SuccessResult
    from .task import Task
    from .transfer_status import TransferStatus
    from .transfer_type import TransferType
    from .unapproved_transfer import UnapprovedTransfer
    from .unapproved_transfer_list import UnapprovedTransferList
    from .unit_status import UnitStatus
    from .validation_failure import ValidationFailure
    from .validation_result import ValidationResult
    from .validator_name import ValidatorName
    from .waiting_unit import WaitingUnit
    from .waiting_unit_list import WaitingUnitList

_MODULES: dict[str, str] = {
    "ApproveReingestForm": ".approve_reingest_form",
    "ApproveTransferForm": ".approve_transfer_form",
    "ApproveTransferResult": ".approve_transfer_result",
    "CompletedUnitList": ".completed_unit_list",
    "CopyMetadataFilesForm": ".copy_metadata_files_form",
    "CopyMetadataFilesResult": ".copy_metadata_files_result",
    "CreatePackageRequest": ".create_package_request",
    "CreatePackageResult": ".create_package_result",
    "Error": ".error",
    "FailureResult": ".failure_result",
    "HideCompletedResult": ".hide_completed_result",
    "HideResult": ".hide_result",
    "IngestStatus": ".ingest_status",
    "Job": ".job",
    "JobStatus": ".job_status",
    "LevelOfDescription": ".level_of_description",
    "MessageResult": ".message_result",
    "NotRemovedResult": ".not_removed_result",
    "PackageType": ".package_type",
    "PathMetadata": ".path_metadata",
    "PathMetadataForm": ".path_metadata_form",
    "ProcessingConfigurationList": ".processing_configuration_list",
    "ReingestForm": ".reingest_form",
    "ReingestResult": ".reingest_result",
    "StartTransferForm": ".start_transfer_form",
    "StartTransferResult": ".start_transfer_result",
    "SuccessResult": ".success_result",
    "Task": ".task",
    "TransferStatus": ".transfer_status",
    "TransferType": ".transfer_type",
    "UnapprovedTransfer": ".unapproved_transfer",
    "UnapprovedTransferList": ".unapproved_transfer_list",
    "UnitStatus": ".unit_status",
    "ValidationFailure": ".validation_failure",
    "ValidationResult": ".validation_result",
    "ValidatorName": ".validator_name",
    "WaitingUnit": ".waiting_unit",
    "WaitingUnitList": ".waiting_unit_list",
}

__all__ = (
    "ApproveReingestForm",
    "ApproveTransferForm",
    "ApproveTransferResult",
    "CompletedUnitList",
    "CopyMetadataFilesForm",
    "CopyMetadataFilesResult",
    "CreatePackageRequest",
    "CreatePackageResult",
    "Error",
    "FailureResult",
    "HideCompletedResult",
    "HideResult",
    "IngestStatus",
    "Job",
    "JobStatus",
    "LevelOfDescription",
    "MessageResult",
    "NotRemovedResult",
    "PackageType",
    "PathMetadata",
    "PathMetadataForm",
    "ProcessingConfigurationList",
    "ReingestForm",
    "ReingestResult",
    "StartTransferForm",
    "StartTransferResult",
    "SuccessResult",
    "Task",
    "TransferStatus",
    "TransferType",
    "UnapprovedTransfer",
    "UnapprovedTransferList",
    "UnitStatus",
    "ValidationFailure",
    "ValidationResult",
    "ValidatorName",
    "WaitingUnit",
    "WaitingUnitList",
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
