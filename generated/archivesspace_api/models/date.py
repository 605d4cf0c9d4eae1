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
class Date(_r.Record):
    """A date or date range of a record (creation, publication, deaccession...). The server wants either an `expression` or
    a `begin` date; `end` is only meaningful for `inclusive` and `bulk` dates. `begin` and `end` are partial ISO dates
    (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).

        Attributes:
            date_type (str): What kind of date this is (enumeration `date_type`; known values `single`, `inclusive`, `bulk`,
                `range`, `expression`).
            label (str): What the date records (enumeration `date_label`; known values `creation`, `publication`, `issued`,
                `modified`, `broadcast`, `copyright`, `deaccession`, `digitized`, `event`, `existence`, `record_keeping`,
                `acquisition`, `agent_relation`, `usage`, `other`).
            jsonmodel_type (Literal['date']):  Default: 'date'.
            certainty (str | Unset): How certain the date is (enumeration `date_certainty`; known values `approximate`,
                `inferred`, `questionable`).
            expression (str | Unset): The date as free text, as it should be displayed.
            begin (str | Unset): The (first) date, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
            end (str | Unset): The last date of a range, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; not before `begin`.
            era (str | Unset): The era (enumeration `date_era`; known value `ce`).
            calendar (str | Unset): The calendar (enumeration `date_calendar`; known value `gregorian`).
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    date_type: str
    label: str
    jsonmodel_type: Literal["date"] = "date"
    certainty: str | Unset = UNSET
    expression: str | Unset = UNSET
    begin: str | Unset = UNSET
    end: str | Unset = UNSET
    era: str | Unset = UNSET
    calendar: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Date,
    _r.Field("date_type", "date_type", _r.STR, True),
    _r.Field("label", "label", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("date"), True),
    _r.Field("certainty", "certainty", _r.STR),
    _r.Field("expression", "expression", _r.STR),
    _r.Field("begin", "begin", _r.STR),
    _r.Field("end", "end", _r.STR),
    _r.Field("era", "era", _r.STR),
    _r.Field("calendar", "calendar", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
