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
class AgentOtherAgencyCodes(_r.Record):
    """A code of another agency responsible for the record (EAC-CPF `<otherAgencyCode>`).

    Attributes:
        jsonmodel_type (Literal['agent_other_agency_codes']):  Default: 'agent_other_agency_codes'.
        maintenance_agency (str): The agency's code.
        agency_code_type (str | Unset): The kind of code (enumeration `agency_code_type`; known values `oclc`, `local`).
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    maintenance_agency: str
    jsonmodel_type: Literal["agent_other_agency_codes"] = "agent_other_agency_codes"
    agency_code_type: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentOtherAgencyCodes,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("agent_other_agency_codes"), True
    ),
    _r.Field("maintenance_agency", "maintenance_agency", _r.STR, True),
    _r.Field("agency_code_type", "agency_code_type", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
