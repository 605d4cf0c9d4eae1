from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.report_list_reports import ReportListReports


@_attrs_define(slots=False, repr=False)
class ReportList(_r.Record):
    """The reports a server can run, and the formats it can write them in.

    Attributes:
        reports (ReportListReports): The reports, keyed by their code (the value of `ReportJob.report_type`).
        formats (list[str]): The output formats (values of `ReportJob.format`).
    """

    reports: ReportListReports
    formats: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReportList,
    _r.Field(
        "reports", "reports", _r.model("report_list_reports", "ReportListReports"), True
    ),
    _r.Field("formats", "formats", _r.ListOf(_r.STR), True),
    extra=_r.ANY,
)
