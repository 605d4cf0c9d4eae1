from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class AsyncTask(_r.Record):
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


_r.bind(
    AsyncTask,
    _r.Field("id", "id", _r.INT, True),
    _r.Field("completed", "completed", _r.BOOL, True),
    _r.Field("was_error", "was_error", _r.BOOL, True),
    _r.Field("created_time", "created_time", _r.DATETIME),
    _r.Field("updated_time", "updated_time", _r.DATETIME),
    _r.Field("completed_time", "completed_time", _r.one_of(_r.DATETIME, _r.NONE)),
    _r.Field("resource_uri", "resource_uri", _r.STR),
    _r.Field("result", "result", _r.ANY),
    _r.Field("error", "error", _r.STR),
    extra=_r.ANY,
)
