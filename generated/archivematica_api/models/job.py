from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.task import Task  # noqa: PLC0415

    globals().update(
        {
            "Task": Task,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        uuid = str(self.uuid)

        name = self.name

        status: str = self.status

        microservice = self.microservice

        link_uuid: None | str | Unset
        if isinstance(self.link_uuid, Unset):
            link_uuid = UNSET
        else:
            link_uuid = self.link_uuid

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "status": status,
            }
        )
        if microservice is not UNSET:
            field_dict["microservice"] = microservice
        if link_uuid is not UNSET:
            field_dict["link_uuid"] = link_uuid
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        status = check_job_status(d.pop("status"))

        microservice = d.pop("microservice", UNSET)

        def _parse_link_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        link_uuid = _parse_link_uuid(d.pop("link_uuid", UNSET))

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Task] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _obj = cls(
            uuid=uuid,
            name=name,
            status=status,
            microservice=microservice,
            link_uuid=link_uuid,
            tasks=tasks,
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
