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
class AgentRecordIdentifier(_r.Record):
    """An identifier of the agent's authority record, in this system or another (EAC-CPF `<recordId>`, `<otherRecordId>`).

    Attributes:
        jsonmodel_type (Literal['agent_record_identifier']):  Default: 'agent_record_identifier'.
        primary_identifier (bool): Whether this is the record's primary identifier (at most one per agent).
        record_identifier (str): The identifier.
        source (str): Who issued the identifier (enumeration `name_source`; known values `naf`, `local`, `snac`, `ulan`,
            `nad`, ...).
        identifier_type (str | Unset): The kind of identifier (enumeration `identifier_type`; known values `loc`, `lac`,
            `local`).
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    primary_identifier: bool
    record_identifier: str
    source: str
    jsonmodel_type: Literal["agent_record_identifier"] = "agent_record_identifier"
    identifier_type: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentRecordIdentifier,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("agent_record_identifier"), True
    ),
    _r.Field("primary_identifier", "primary_identifier", _r.BOOL, True),
    _r.Field("record_identifier", "record_identifier", _r.STR, True),
    _r.Field("source", "source", _r.STR, True),
    _r.Field("identifier_type", "identifier_type", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
