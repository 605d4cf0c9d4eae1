from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class Task(_r.Record):
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


_r.bind(
    Task,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("exit_code", "exit_code", _r.one_of(_r.INT, _r.NONE)),
    _r.Field("file_uuid", "file_uuid", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("file_name", "file_name", _r.STR),
    _r.Field("time_created", "time_created", _r.one_of(_r.DATETIME, _r.NONE)),
    _r.Field("time_started", "time_started", _r.one_of(_r.DATETIME, _r.NONE)),
    _r.Field("time_ended", "time_ended", _r.one_of(_r.DATETIME, _r.NONE)),
    _r.Field("duration", "duration", _r.one_of(_r.INT, _r.STR, _r.NONE)),
    extra=_r.ANY,
)
