from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.custom_report_record_type import CustomReportRecordType


@_attrs_define(slots=False, repr=False)
class CustomReportOptions(_r.Record):
    """The fields and subreports a custom report can use, keyed by record type (`accession`, `resource`...)."""

    additional_properties: dict[str, CustomReportRecordType] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    CustomReportOptions,
    extra=_r.model("custom_report_record_type", "CustomReportRecordType"),
)
