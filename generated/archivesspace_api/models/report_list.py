from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_list_reports import ReportListReports

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.report_list_reports import ReportListReports  # noqa: PLC0415

    globals().update(
        {
            "ReportListReports": ReportListReports,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ReportList")


@_attrs_define
class ReportList:
    """The reports a server can run, and the formats it can write them in.

    Attributes:
        reports (ReportListReports): The reports, keyed by their code (the value of `ReportJob.report_type`).
        formats (list[str]): The output formats (values of `ReportJob.format`).
    """

    reports: ReportListReports
    formats: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        reports = self.reports.to_dict()

        formats = self.formats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reports": reports,
                "formats": formats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        reports = ReportListReports.from_dict(d.pop("reports"))

        formats = cast("list[str]", d.pop("formats"))

        _obj = cls(
            reports=reports,
            formats=formats,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
