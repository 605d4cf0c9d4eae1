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
from ..models.structured_date_label_date_type_structured import (
    StructuredDateLabelDateTypeStructured,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_range import StructuredDateRange
    from ..models.structured_date_single import StructuredDateSingle


@_attrs_define(slots=False, repr=False)
class StructuredDateLabel(_r.Record):
    """A dated fact about an agent (existence, name use, a relationship): a label, and either `structured_date_single`
    (`date_type_structured: single`) or `structured_date_range` (`range`).

        Attributes:
            jsonmodel_type (Literal['structured_date_label']):  Default: 'structured_date_label'.
            date_label (str): What the date is of (enumeration `date_label`; known values `existence`, `usage`,
                `agent_relation`, `creation`, `publication`, `record_keeping`, `event`, `other`, ...).
            date_type_structured (StructuredDateLabelDateTypeStructured): Whether the date is a single date or a range.
            structured_date_single (StructuredDateSingle | Unset): A single date, the beginning or the end of something.
                Give an expression, a standardized date, or both.
            structured_date_range (StructuredDateRange | Unset): A range of dates. Each end may be given as an expression, a
                standardized date, or both.
            date_certainty (str | Unset): How sure the date is (enumeration `date_certainty`; known values `approximate`,
                `inferred`, `questionable`).
            date_era (str | Unset): The era (enumeration `date_era`; known value `ce`).
            date_calendar (str | Unset): The calendar (enumeration `date_calendar`; known value `gregorian`).
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    date_label: str
    date_type_structured: StructuredDateLabelDateTypeStructured
    jsonmodel_type: Literal["structured_date_label"] = "structured_date_label"
    structured_date_single: StructuredDateSingle | Unset = UNSET
    structured_date_range: StructuredDateRange | Unset = UNSET
    date_certainty: str | Unset = UNSET
    date_era: str | Unset = UNSET
    date_calendar: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    StructuredDateLabel,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("structured_date_label"), True
    ),
    _r.Field("date_label", "date_label", _r.STR, True),
    _r.Field(
        "date_type_structured",
        "date_type_structured",
        _r.choice("range", "single"),
        True,
    ),
    _r.Field(
        "structured_date_single",
        "structured_date_single",
        _r.model("structured_date_single", "StructuredDateSingle"),
    ),
    _r.Field(
        "structured_date_range",
        "structured_date_range",
        _r.model("structured_date_range", "StructuredDateRange"),
    ),
    _r.Field("date_certainty", "date_certainty", _r.STR),
    _r.Field("date_era", "date_era", _r.STR),
    _r.Field("date_calendar", "date_calendar", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
