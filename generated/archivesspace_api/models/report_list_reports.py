from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.report_definition import ReportDefinition


@_attrs_define(slots=False, repr=False)
class ReportListReports(_r.Record):
    """The reports, keyed by their code (the value of `ReportJob.report_type`)."""

    additional_properties: dict[str, ReportDefinition] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ReportListReports,
    extra=_r.model("report_definition", "ReportDefinition"),
)
