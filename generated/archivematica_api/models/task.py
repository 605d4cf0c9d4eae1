from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task of a job. `list_jobs` gives only `uuid` and `exit_code` unless `detailed` is sent; `get_task` gives every
    field. Times are `YYYY-MM-DDTHH:MM:SS` in the server's time zone, without an offset.

        Attributes:
            uuid (UUID): The task's UUID.
            exit_code (int | None | Unset): The task's exit code; null while it runs.
            file_uuid (None | str | Unset): The UUID of the file the task worked on, if any.
            file_name (str | Unset): The name of the file the task worked on.
            time_created (datetime.datetime | None | Unset): When the task was created.
            time_started (datetime.datetime | None | Unset): When the task started running; null before.
            time_ended (datetime.datetime | None | Unset): When the task ended; null while it runs.
            duration (int | None | str | Unset): How long the task ran, in whole seconds: an integer, the string `"< 1"` for
                a task that took under a second, or the empty string `""` while it runs (as a 1.17 dashboard answers).
    """

    uuid: UUID
    exit_code: int | None | Unset = UNSET
    file_uuid: None | str | Unset = UNSET
    file_name: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_started: datetime.datetime | None | Unset = UNSET
    time_ended: datetime.datetime | None | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        file_uuid: None | str | Unset
        if isinstance(self.file_uuid, Unset):
            file_uuid = UNSET
        else:
            file_uuid = self.file_uuid

        file_name = self.file_name

        time_created: None | str | Unset
        if isinstance(self.time_created, Unset):
            time_created = UNSET
        elif isinstance(self.time_created, datetime.datetime):
            time_created = self.time_created.isoformat()
        else:
            time_created = self.time_created

        time_started: None | str | Unset
        if isinstance(self.time_started, Unset):
            time_started = UNSET
        elif isinstance(self.time_started, datetime.datetime):
            time_started = self.time_started.isoformat()
        else:
            time_started = self.time_started

        time_ended: None | str | Unset
        if isinstance(self.time_ended, Unset):
            time_ended = UNSET
        elif isinstance(self.time_ended, datetime.datetime):
            time_ended = self.time_ended.isoformat()
        else:
            time_ended = self.time_ended

        duration: int | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if file_uuid is not UNSET:
            field_dict["file_uuid"] = file_uuid
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_started is not UNSET:
            field_dict["time_started"] = time_started
        if time_ended is not UNSET:
            field_dict["time_ended"] = time_ended
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

        def _parse_file_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_uuid = _parse_file_uuid(d.pop("file_uuid", UNSET))

        file_name = d.pop("file_name", UNSET)

        def _parse_time_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_created_type_0 = parse_datetime(data)

                return time_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        time_created = _parse_time_created(d.pop("time_created", UNSET))

        def _parse_time_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_started_type_0 = parse_datetime(data)

                return time_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        time_started = _parse_time_started(d.pop("time_started", UNSET))

        def _parse_time_ended(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_ended_type_0 = parse_datetime(data)

                return time_ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        time_ended = _parse_time_ended(d.pop("time_ended", UNSET))

        def _parse_duration(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | str | Unset", data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _obj = cls(
            uuid=uuid,
            exit_code=exit_code,
            file_uuid=file_uuid,
            file_name=file_name,
            time_created=time_created,
            time_started=time_started,
            time_ended=time_ended,
            duration=duration,
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
