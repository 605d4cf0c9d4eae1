from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AsyncTask")


@_attrs_define
class AsyncTask:
    """A background task. When it completed without error it has `result`; when it failed, `error`.

    Attributes:
        id (int): The task's id.
        completed (bool): Whether the task has finished.
        was_error (bool): Whether the task raised an exception.
        created_time (datetime.datetime | Unset): When the task was created (server time zone, no offset).
        updated_time (datetime.datetime | Unset): When the task was last updated.
        completed_time (datetime.datetime | None | Unset): When the task finished.
        resource_uri (str | Unset): The task's URI.
        result (Any | Unset): Only when completed without error - what the task produced: a message (`Files moved
            successfully` for a location move, `Package moved successfully` for `move_package`) or, for
            `create_package_async`, the stored package as a plain JSON object (not typed: `Package.from_dict(task.result)`
            reads it).
        error (str | Unset): Only when the task failed - the error.
    """

    id: int
    completed: bool
    was_error: bool
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    completed_time: datetime.datetime | None | Unset = UNSET
    resource_uri: str | Unset = UNSET
    result: Any | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        completed = self.completed

        was_error = self.was_error

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        completed_time: None | str | Unset
        if isinstance(self.completed_time, Unset):
            completed_time = UNSET
        elif isinstance(self.completed_time, datetime.datetime):
            completed_time = self.completed_time.isoformat()
        else:
            completed_time = self.completed_time

        resource_uri = self.resource_uri

        result = self.result

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "completed": completed,
                "was_error": was_error,
            }
        )
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if completed_time is not UNSET:
            field_dict["completed_time"] = completed_time
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        completed = d.pop("completed")

        was_error = d.pop("was_error")

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = parse_datetime(_created_time)

        _updated_time = d.pop("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = parse_datetime(_updated_time)

        def _parse_completed_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_time_type_0 = parse_datetime(data)

                return completed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        completed_time = _parse_completed_time(d.pop("completed_time", UNSET))

        resource_uri = d.pop("resource_uri", UNSET)

        result = d.pop("result", UNSET)

        error = d.pop("error", UNSET)

        _obj = cls(
            id=id,
            completed=completed,
            was_error=was_error,
            created_time=created_time,
            updated_time=updated_time,
            completed_time=completed_time,
            resource_uri=resource_uri,
            result=result,
            error=error,
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
