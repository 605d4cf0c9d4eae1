from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_report_field import CustomReportField
    from ..models.custom_report_subreport import CustomReportSubreport

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.custom_report_field import CustomReportField  # noqa: PLC0415
    from ..models.custom_report_subreport import CustomReportSubreport  # noqa: PLC0415

    globals().update(
        {
            "CustomReportField": CustomReportField,
            "CustomReportSubreport": CustomReportSubreport,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="CustomReportRecordType")


@_attrs_define
class CustomReportRecordType:
    """What a custom report on one record type may use (a value of the map answered by `GET /reports/custom_data`, keyed by
    record type, plus `global` for fields every type has).

        Attributes:
            fields (list[CustomReportField] | Unset):
            subreports (list[CustomReportSubreport] | Unset):
    """

    fields: list[CustomReportField] | Unset = UNSET
    subreports: list[CustomReportSubreport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        subreports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subreports, Unset):
            subreports = []
            for subreports_item_data in self.subreports:
                subreports_item = subreports_item_data.to_dict()
                subreports.append(subreports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if subreports is not UNSET:
            field_dict["subreports"] = subreports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: list[CustomReportField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CustomReportField.from_dict(fields_item_data)

                fields.append(fields_item)

        _subreports = d.pop("subreports", UNSET)
        subreports: list[CustomReportSubreport] | Unset = UNSET
        if _subreports is not UNSET:
            subreports = []
            for subreports_item_data in _subreports:
                subreports_item = CustomReportSubreport.from_dict(subreports_item_data)

                subreports.append(subreports_item)

        _obj = cls(
            fields=fields,
            subreports=subreports,
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
