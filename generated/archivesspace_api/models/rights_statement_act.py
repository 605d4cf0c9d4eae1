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
    from ..models.note_rights_statement_act import NoteRightsStatementAct
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class RightsStatementAct(_r.Record):
    """One act (use, publish, copy...) and whether a rights statement allows it.

    Attributes:
        act_type (str): The act (enumeration `rights_statement_act_type`; known values `delete`, `disseminate`,
            `migrate`, `modify`, `replicate`, `use`).
        restriction (str): Whether it is allowed (enumeration `rights_statement_act_restriction`; known values `allow`,
            `disallow`, `conditional`).
        start_date (str): From when, as `YYYY-MM-DD`.
        jsonmodel_type (Literal['rights_statement_act']):  Default: 'rights_statement_act'.
        end_date (str | Unset): Until when, as `YYYY-MM-DD`.
        notes (list[NoteRightsStatementAct]):
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    act_type: str
    restriction: str
    start_date: str
    jsonmodel_type: Literal["rights_statement_act"] = "rights_statement_act"
    end_date: str | Unset = UNSET
    notes: list[NoteRightsStatementAct] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RightsStatementAct,
    _r.Field("act_type", "act_type", _r.STR, True),
    _r.Field("restriction", "restriction", _r.STR, True),
    _r.Field("start_date", "start_date", _r.STR, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("rights_statement_act"), True
    ),
    _r.Field("end_date", "end_date", _r.STR),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(_r.model("note_rights_statement_act", "NoteRightsStatementAct")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
