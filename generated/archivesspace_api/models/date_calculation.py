from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calculated_record import CalculatedRecord
    from ..models.calculated_resource import CalculatedResource


@_attrs_define(slots=False, repr=False)
class DateCalculation(_r.Record):
    """The earliest begin and latest end of the dates in a resource's or archival object's tree (the record and everything
    below it).

        Attributes:
            object_ (CalculatedRecord | Unset): The record a calculation was run on.
            resource (CalculatedResource | None | Unset): The resource at the top of the tree (the record itself for a
                resource).
            label (None | str | Unset): The date label the calculation was limited to, if any.
            min_begin (None | str | Unset): The earliest begin date as recorded (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
            min_begin_date (None | str | Unset): The same date padded to a full `YYYY-MM-DD` (the first day of the period).
            max_end (None | str | Unset): The latest end date as recorded.
            max_end_date (None | str | Unset): The same date padded to a full `YYYY-MM-DD` (the last day of the period).
    """

    object_: CalculatedRecord | Unset = UNSET
    resource: CalculatedResource | None | Unset = UNSET
    label: None | str | Unset = UNSET
    min_begin: None | str | Unset = UNSET
    min_begin_date: None | str | Unset = UNSET
    max_end: None | str | Unset = UNSET
    max_end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    DateCalculation,
    _r.Field("object_", "object", _r.model("calculated_record", "CalculatedRecord")),
    _r.Field(
        "resource",
        "resource",
        _r.one_of(_r.model("calculated_resource", "CalculatedResource"), _r.NONE),
    ),
    _r.Field("label", "label", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("min_begin", "min_begin", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("min_begin_date", "min_begin_date", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("max_end", "max_end", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("max_end_date", "max_end_date", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
