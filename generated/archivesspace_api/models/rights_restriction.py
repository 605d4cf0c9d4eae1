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
    from ..models.archival_object import ArchivalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class RightsRestriction(_r.Record):
    """A machine-readable access restriction of a conditions-governing-access or use note (`note_multipart` of type
    `accessrestrict` or `userestrict`): its period and local restriction types.

        Attributes:
            jsonmodel_type (Literal['rights_restriction']):  Default: 'rights_restriction'.
            begin (str | Unset): When the restriction begins, as `YYYY-MM-DD`.
            end (str | Unset): When the restriction ends, as `YYYY-MM-DD`.
            local_access_restriction_type (list[str]): Local restriction types (enumeration `restriction_type`; known values
                `RestrictedSpecColl`, `RestrictedCurApprSpecColl`, `RestrictedFragileSpecColl`, `InProcessSpecColl`,
                `ColdStorageBrbl`).
            linked_records (Ref[ArchivalObject | Resource] | Unset): A link to another record by URI. With `resolve[]`
                naming the property that holds it, the server adds the linked record as `_resolved`.
            restriction_note_type (str | Unset): The type of the note the restriction belongs to (`accessrestrict` or
                `userestrict`).
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["rights_restriction"] = "rights_restriction"
    begin: str | Unset = UNSET
    end: str | Unset = UNSET
    local_access_restriction_type: list[str] = _attrs_field(factory=list)
    linked_records: Ref[ArchivalObject | Resource] | Unset = UNSET
    restriction_note_type: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RightsRestriction,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("rights_restriction"), True),
    _r.Field("begin", "begin", _r.STR),
    _r.Field("end", "end", _r.STR),
    _r.Field(
        "local_access_restriction_type",
        "local_access_restriction_type",
        _r.ListOf(_r.STR),
        empty=True,
    ),
    _r.Field("linked_records", "linked_records", _r.model("ref", "Ref")),
    _r.Field("restriction_note_type", "restriction_note_type", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
