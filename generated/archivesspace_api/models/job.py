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

from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.bulk_archival_object_updater_job import BulkArchivalObjectUpdaterJob
    from ..models.bulk_import_job import BulkImportJob
    from ..models.container_conversion_job import ContainerConversionJob
    from ..models.container_labels_job import ContainerLabelsJob
    from ..models.find_and_replace_job import FindAndReplaceJob
    from ..models.generate_arks_job import GenerateArksJob
    from ..models.generate_slugs_job import GenerateSlugsJob
    from ..models.import_job import ImportJob
    from ..models.ns_2_remover_job import Ns2RemoverJob
    from ..models.print_to_pdf_job import PrintToPdfJob
    from ..models.ref import Ref
    from ..models.report_job import ReportJob
    from ..models.resource_duplicate_job import ResourceDuplicateJob
    from ..models.top_container_linker_job import TopContainerLinkerJob
    from ..models.trim_whitespace_job import TrimWhitespaceJob

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.bulk_archival_object_updater_job import BulkArchivalObjectUpdaterJob  # noqa: PLC0415
    from ..models.bulk_import_job import BulkImportJob  # noqa: PLC0415
    from ..models.container_conversion_job import ContainerConversionJob  # noqa: PLC0415
    from ..models.container_labels_job import ContainerLabelsJob  # noqa: PLC0415
    from ..models.find_and_replace_job import FindAndReplaceJob  # noqa: PLC0415
    from ..models.generate_arks_job import GenerateArksJob  # noqa: PLC0415
    from ..models.generate_slugs_job import GenerateSlugsJob  # noqa: PLC0415
    from ..models.import_job import ImportJob  # noqa: PLC0415
    from ..models.ns_2_remover_job import Ns2RemoverJob  # noqa: PLC0415
    from ..models.print_to_pdf_job import PrintToPdfJob  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.report_job import ReportJob  # noqa: PLC0415
    from ..models.resource_duplicate_job import ResourceDuplicateJob  # noqa: PLC0415
    from ..models.top_container_linker_job import TopContainerLinkerJob  # noqa: PLC0415
    from ..models.trim_whitespace_job import TrimWhitespaceJob  # noqa: PLC0415

    globals().update(
        {
            "BulkArchivalObjectUpdaterJob": BulkArchivalObjectUpdaterJob,
            "BulkImportJob": BulkImportJob,
            "ContainerConversionJob": ContainerConversionJob,
            "ContainerLabelsJob": ContainerLabelsJob,
            "FindAndReplaceJob": FindAndReplaceJob,
            "GenerateArksJob": GenerateArksJob,
            "GenerateSlugsJob": GenerateSlugsJob,
            "ImportJob": ImportJob,
            "Ns2RemoverJob": Ns2RemoverJob,
            "PrintToPdfJob": PrintToPdfJob,
            "Ref": Ref,
            "ReportJob": ReportJob,
            "ResourceDuplicateJob": ResourceDuplicateJob,
            "TopContainerLinkerJob": TopContainerLinkerJob,
            "TrimWhitespaceJob": TrimWhitespaceJob,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A background job of a repository: an import, a report, a PDF, a find-and-replace... The type-specific settings go in
    `job` (one of the job type models, told apart by `jsonmodel_type`); everything else is filled in by the server,
    which runs queued jobs one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
    progress.

        Attributes:
            jsonmodel_type (Literal['job']):  Default: 'job'.
            uri (str | Unset): The job's URI.
            job_type (str | Unset): The `jsonmodel_type` of the job in `job` (`import_job`, `report_job`...).
            job (BulkArchivalObjectUpdaterJob | BulkImportJob | ContainerConversionJob | ContainerLabelsJob |
                FindAndReplaceJob | GenerateArksJob | GenerateSlugsJob | ImportJob | Ns2RemoverJob | PrintToPdfJob | ReportJob |
                ResourceDuplicateJob | TopContainerLinkerJob | TrimWhitespaceJob | Unset): The type-specific part of a job
                (`Job.job`), one of the job type models, told apart by `jsonmodel_type`. `GET /job_types` lists the types a
                server runs; plugins may register more.
            job_params (str | Unset): Extra parameters of the job as JSON text, read by some job types (report jobs keep the
                report's own parameters here).
            time_submitted (datetime.datetime | Unset): When the job was queued.
            time_started (datetime.datetime | Unset): When a worker picked the job up.
            time_finished (datetime.datetime | Unset): When the job completed, failed or was canceled.
            owner (str | Unset): The user name of whoever created the job.
            status (JobStatus | Unset): Where the job is in its life. Default: 'queued'.
            queue_position (float | Unset): The job's place in the queue while it waits (0 runs next).
            has_modified_records (bool | Unset): Whether the job created or changed records (list them with `GET
                .../jobs/{id}/records`). Default: False.
            inactive_record (bool | Unset): Whether the job is no longer active (it has finished one way or another).
                Default: False.
            lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the database row last changed.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["job"] = "job"
    uri: str | Unset = UNSET
    job_type: str | Unset = UNSET
    job: (
        BulkArchivalObjectUpdaterJob
        | BulkImportJob
        | ContainerConversionJob
        | ContainerLabelsJob
        | FindAndReplaceJob
        | GenerateArksJob
        | GenerateSlugsJob
        | ImportJob
        | Ns2RemoverJob
        | PrintToPdfJob
        | ReportJob
        | ResourceDuplicateJob
        | TopContainerLinkerJob
        | TrimWhitespaceJob
        | Unset
    ) = UNSET
    job_params: str | Unset = UNSET
    time_submitted: datetime.datetime | Unset = UNSET
    time_started: datetime.datetime | Unset = UNSET
    time_finished: datetime.datetime | Unset = UNSET
    owner: str | Unset = UNSET
    status: JobStatus | Unset = "queued"
    queue_position: float | Unset = UNSET
    has_modified_records: bool | Unset = False
    inactive_record: bool | Unset = False
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

        uri = self.uri

        job_type = self.job_type

        job: dict[str, Any] | Unset
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, ImportJob):
            job = self.job.to_dict()
        elif isinstance(self.job, ReportJob):
            job = self.job.to_dict()
        elif isinstance(self.job, PrintToPdfJob):
            job = self.job.to_dict()
        elif isinstance(self.job, FindAndReplaceJob):
            job = self.job.to_dict()
        elif isinstance(self.job, ContainerConversionJob):
            job = self.job.to_dict()
        elif isinstance(self.job, ContainerLabelsJob):
            job = self.job.to_dict()
        elif isinstance(self.job, GenerateArksJob):
            job = self.job.to_dict()
        elif isinstance(self.job, GenerateSlugsJob):
            job = self.job.to_dict()
        elif isinstance(self.job, Ns2RemoverJob):
            job = self.job.to_dict()
        elif isinstance(self.job, ResourceDuplicateJob):
            job = self.job.to_dict()
        elif isinstance(self.job, TopContainerLinkerJob):
            job = self.job.to_dict()
        elif isinstance(self.job, TrimWhitespaceJob):
            job = self.job.to_dict()
        elif isinstance(self.job, BulkImportJob):
            job = self.job.to_dict()
        else:
            job = self.job.to_dict()

        job_params = self.job_params

        time_submitted: str | Unset = UNSET
        if not isinstance(self.time_submitted, Unset):
            time_submitted = self.time_submitted.isoformat()

        time_started: str | Unset = UNSET
        if not isinstance(self.time_started, Unset):
            time_started = self.time_started.isoformat()

        time_finished: str | Unset = UNSET
        if not isinstance(self.time_finished, Unset):
            time_finished = self.time_finished.isoformat()

        owner = self.owner

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        queue_position = self.queue_position

        has_modified_records = self.has_modified_records

        inactive_record = self.inactive_record

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
        if uri is not UNSET:
            field_dict["uri"] = uri
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if job is not UNSET:
            field_dict["job"] = job
        if job_params is not UNSET:
            field_dict["job_params"] = job_params
        if time_submitted is not UNSET:
            field_dict["time_submitted"] = time_submitted
        if time_started is not UNSET:
            field_dict["time_started"] = time_started
        if time_finished is not UNSET:
            field_dict["time_finished"] = time_finished
        if owner is not UNSET:
            field_dict["owner"] = owner
        if status is not UNSET:
            field_dict["status"] = status
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if has_modified_records is not UNSET:
            field_dict["has_modified_records"] = has_modified_records
        if inactive_record is not UNSET:
            field_dict["inactive_record"] = inactive_record
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
        jsonmodel_type = cast("Literal['job']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "job":
            raise ValueError(
                f"jsonmodel_type must match const 'job', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        job_type = d.pop("job_type", UNSET)

        def _parse_job(
            data: object,
        ) -> (
            BulkArchivalObjectUpdaterJob
            | BulkImportJob
            | ContainerConversionJob
            | ContainerLabelsJob
            | FindAndReplaceJob
            | GenerateArksJob
            | GenerateSlugsJob
            | ImportJob
            | Ns2RemoverJob
            | PrintToPdfJob
            | ReportJob
            | ResourceDuplicateJob
            | TopContainerLinkerJob
            | TrimWhitespaceJob
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_0 = ImportJob.from_dict(data)

                return componentsschemas_job_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_1 = ReportJob.from_dict(data)

                return componentsschemas_job_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_2 = PrintToPdfJob.from_dict(data)

                return componentsschemas_job_type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_3 = FindAndReplaceJob.from_dict(data)

                return componentsschemas_job_type_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_4 = ContainerConversionJob.from_dict(
                    data
                )

                return componentsschemas_job_type_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_5 = ContainerLabelsJob.from_dict(data)

                return componentsschemas_job_type_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_6 = GenerateArksJob.from_dict(data)

                return componentsschemas_job_type_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_7 = GenerateSlugsJob.from_dict(data)

                return componentsschemas_job_type_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_8 = Ns2RemoverJob.from_dict(data)

                return componentsschemas_job_type_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_9 = ResourceDuplicateJob.from_dict(data)

                return componentsschemas_job_type_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_10 = TopContainerLinkerJob.from_dict(
                    data
                )

                return componentsschemas_job_type_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_11 = TrimWhitespaceJob.from_dict(data)

                return componentsschemas_job_type_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_type_type_12 = BulkImportJob.from_dict(data)

                return componentsschemas_job_type_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_job_type_type_13 = BulkArchivalObjectUpdaterJob.from_dict(
                data
            )

            return componentsschemas_job_type_type_13

        job = _parse_job(d.pop("job", UNSET))

        job_params = d.pop("job_params", UNSET)

        _time_submitted = d.pop("time_submitted", UNSET)
        time_submitted: datetime.datetime | Unset
        if isinstance(_time_submitted, Unset):
            time_submitted = UNSET
        else:
            time_submitted = parse_datetime(_time_submitted)

        _time_started = d.pop("time_started", UNSET)
        time_started: datetime.datetime | Unset
        if isinstance(_time_started, Unset):
            time_started = UNSET
        else:
            time_started = parse_datetime(_time_started)

        _time_finished = d.pop("time_finished", UNSET)
        time_finished: datetime.datetime | Unset
        if isinstance(_time_finished, Unset):
            time_finished = UNSET
        else:
            time_finished = parse_datetime(_time_finished)

        owner = d.pop("owner", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_job_status(_status)

        queue_position = d.pop("queue_position", UNSET)

        has_modified_records = d.pop("has_modified_records", UNSET)

        inactive_record = d.pop("inactive_record", UNSET)

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
            uri=uri,
            job_type=job_type,
            job=job,
            job_params=job_params,
            time_submitted=time_submitted,
            time_started=time_started,
            time_finished=time_finished,
            owner=owner,
            status=status,
            queue_position=queue_position,
            has_modified_records=has_modified_records,
            inactive_record=inactive_record,
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
