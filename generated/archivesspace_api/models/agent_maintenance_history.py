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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class AgentMaintenanceHistory(_r.Record):
    """One event in the history of the authority record (EAC-CPF `<maintenanceEvent>`).

    Attributes:
        jsonmodel_type (Literal['agent_maintenance_history']):  Default: 'agent_maintenance_history'.
        maintenance_event_type (str): What happened (enumeration `maintenance_event_type`; known values `created`,
            `revised`, `updated`, `derived`, `deleted`, `cancelled`).
        maintenance_agent_type (str): Whether a person or a program did it (enumeration `maintenance_agent_type`; known
            values `human`, `machine`).
        event_date (str): When it happened, an ISO 8601 date and time (`2024-03-01T12:00:00Z`); the server keeps the
            text it is sent.
        agent (str): Who did it, as text (a name or a program).
        descriptive_note (str | Unset): A note on the event.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    maintenance_event_type: str
    maintenance_agent_type: str
    event_date: str
    agent: str
    jsonmodel_type: Literal["agent_maintenance_history"] = "agent_maintenance_history"
    descriptive_note: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentMaintenanceHistory,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("agent_maintenance_history"), True
    ),
    _r.Field("maintenance_event_type", "maintenance_event_type", _r.STR, True),
    _r.Field("maintenance_agent_type", "maintenance_agent_type", _r.STR, True),
    _r.Field("event_date", "event_date", _r.STR, True),
    _r.Field("agent", "agent", _r.STR, True),
    _r.Field("descriptive_note", "descriptive_note", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
