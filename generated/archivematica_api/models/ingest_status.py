from __future__ import annotations

from typing import (
    Any,
    Literal,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.unit_status import UnitStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class IngestStatus(_r.Record):
    """The status of a SIP. Unlike a transfer's status it has no `sip_uuid`.

    Attributes:
        type (Literal['SIP']): Always `SIP`.
        uuid (UUID): The SIP's UUID.
        status (UnitStatus): The status of a transfer or SIP, worked out from its jobs: PROCESSING while jobs run,
            USER_INPUT when a decision is awaited, COMPLETE when the unit finished (a transfer becomes a SIP or goes to
            backlog), FAILED when a job failed the unit, REJECTED when a user rejected it.
        path (str | Unset): The SIP's current absolute directory on the pipeline (with `%sharedPath%` expanded).
        directory (str | Unset): The last component of `path`.
        name (str | Unset): The SIP's name (`directory` without the `-<uuid>` suffix).
        microservice (str | Unset): The name of the job that ran last (or is running).
        message (str | Unset):
    """

    type: Literal["SIP"]
    uuid: UUID
    status: UnitStatus
    path: str | Unset = UNSET
    directory: str | Unset = UNSET
    name: str | Unset = UNSET
    microservice: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    IngestStatus,
    _r.Field("type", "type", _r.choice("SIP"), True),
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field(
        "status",
        "status",
        _r.choice("COMPLETE", "FAILED", "PROCESSING", "REJECTED", "USER_INPUT"),
        True,
    ),
    _r.Field("path", "path", _r.STR),
    _r.Field("directory", "directory", _r.STR),
    _r.Field("name", "name", _r.STR),
    _r.Field("microservice", "microservice", _r.STR),
    _r.Field("message", "message", _r.STR),
    extra=_r.ANY,
)
