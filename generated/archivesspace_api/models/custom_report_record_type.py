from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_report_field import CustomReportField
    from ..models.custom_report_subreport import CustomReportSubreport


@_attrs_define(slots=False, repr=False)
class CustomReportRecordType(_r.Record):
    """What a custom report on one record type may use (a value of the map answered by `GET /reports/custom_data`, keyed by
    record type, plus `global` for fields every type has).

        Attributes:
            fields (list[CustomReportField] | Unset):
            subreports (list[CustomReportSubreport] | Unset):
    """

    fields: list[CustomReportField] | Unset = UNSET
    subreports: list[CustomReportSubreport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CustomReportRecordType,
    _r.Field(
        "fields",
        "fields",
        _r.ListOf(_r.model("custom_report_field", "CustomReportField")),
    ),
    _r.Field(
        "subreports",
        "subreports",
        _r.ListOf(_r.model("custom_report_subreport", "CustomReportSubreport")),
    ),
    extra=_r.ANY,
)
