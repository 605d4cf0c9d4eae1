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
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

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
    from ..models.repository import Repository
    from ..models.resource_duplicate_job import ResourceDuplicateJob
    from ..models.top_container_linker_job import TopContainerLinkerJob
    from ..models.trim_whitespace_job import TrimWhitespaceJob


@_attrs_define(slots=False, repr=False)
class Job(_r.Record):
    """A background job of a repository: an import, a report, a PDF, a find-and-replace... The type-specific settings go in
    `job` (one of the job type models, told apart by `jsonmodel_type`); everything else is filled in by the server,
    which runs queued jobs one after another. Poll `GET .../jobs/{id}` for `status` and `GET .../jobs/{id}/log` for
    progress.

        Attributes:
            jsonmodel_type (Literal['job']):  Default: 'job'.
            uri (str): The job's URI.
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
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["job"] = "job"
    uri: str = _r.NOT_YET_SENT
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
    Job,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("job"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("job_type", "job_type", _r.STR),
    _r.Field(
        "job",
        "job",
        _r.one_of(
            _r.model("import_job", "ImportJob"),
            _r.model("report_job", "ReportJob"),
            _r.model("print_to_pdf_job", "PrintToPdfJob"),
            _r.model("find_and_replace_job", "FindAndReplaceJob"),
            _r.model("container_conversion_job", "ContainerConversionJob"),
            _r.model("container_labels_job", "ContainerLabelsJob"),
            _r.model("generate_arks_job", "GenerateArksJob"),
            _r.model("generate_slugs_job", "GenerateSlugsJob"),
            _r.model("ns_2_remover_job", "Ns2RemoverJob"),
            _r.model("resource_duplicate_job", "ResourceDuplicateJob"),
            _r.model("top_container_linker_job", "TopContainerLinkerJob"),
            _r.model("trim_whitespace_job", "TrimWhitespaceJob"),
            _r.model("bulk_import_job", "BulkImportJob"),
            _r.model(
                "bulk_archival_object_updater_job", "BulkArchivalObjectUpdaterJob"
            ),
            tag="jsonmodel_type",
            tags=(
                "import_job",
                "report_job",
                "print_to_pdf_job",
                "find_and_replace_job",
                "container_conversion_job",
                "container_labels_job",
                "generate_arks_job",
                "generate_slugs_job",
                "ns2_remover_job",
                "resource_duplicate_job",
                "top_container_linker_job",
                "trim_whitespace_job",
                "bulk_import_job",
                "bulk_archival_object_updater_job",
            ),
        ),
    ),
    _r.Field("job_params", "job_params", _r.STR),
    _r.Field("time_submitted", "time_submitted", _r.DATETIME),
    _r.Field("time_started", "time_started", _r.DATETIME),
    _r.Field("time_finished", "time_finished", _r.DATETIME),
    _r.Field("owner", "owner", _r.STR),
    _r.Field(
        "status",
        "status",
        _r.choice("canceled", "completed", "failed", "queued", "running"),
    ),
    _r.Field("queue_position", "queue_position", _r.NUMBER),
    _r.Field("has_modified_records", "has_modified_records", _r.BOOL),
    _r.Field("inactive_record", "inactive_record", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
