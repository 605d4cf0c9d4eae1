from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


@_attrs_define(slots=False, repr=False)
class Job(_r.Record):
    """A job a unit ran, with its tasks.

    Attributes:
        uuid (UUID): The job's UUID.
        name (str): The job's name.
        status (JobStatus): The status of one job.
        microservice (str | Unset): The microservice group the job belongs to.
        link_uuid (None | str | Unset): The UUID of the workflow link that ran the job.
        tasks (list[Task] | Unset): The job's tasks (one per file for file-level jobs).
    """

    uuid: UUID
    name: str
    status: JobStatus
    microservice: str | Unset = UNSET
    link_uuid: None | str | Unset = UNSET
    tasks: list[Task] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Job,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field(
        "status",
        "status",
        _r.choice("COMPLETE", "FAILED", "PROCESSING", "UNKNOWN", "USER_INPUT"),
        True,
    ),
    _r.Field("microservice", "microservice", _r.STR),
    _r.Field("link_uuid", "link_uuid", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("tasks", "tasks", _r.ListOf(_r.model("task", "Task"))),
    extra=_r.ANY,
)
