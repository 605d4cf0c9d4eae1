from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopContainerBulkLocationsResult")


@_attrs_define
class TopContainerBulkLocationsResult:
    """What a bulk change of locations answers. Containers whose location could not be found are skipped and `error` names
    the last failure.

        Attributes:
            records_ids_updated (list[int] | Unset): The ids of the containers that got their new location.
            records_updated (int | Unset): How many containers got their new location.
            error (str | Unset): The last failure, when there was one.
    """

    records_ids_updated: list[int] | Unset = UNSET
    records_updated: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records_ids_updated: list[int] | Unset = UNSET
        if not isinstance(self.records_ids_updated, Unset):
            records_ids_updated = self.records_ids_updated

        records_updated = self.records_updated

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records_ids_updated is not UNSET:
            field_dict["records_ids_updated"] = records_ids_updated
        if records_updated is not UNSET:
            field_dict["records_updated"] = records_updated
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        records_ids_updated = cast("list[int]", d.pop("records_ids_updated", UNSET))

        records_updated = d.pop("records_updated", UNSET)

        error = d.pop("error", UNSET)

        _obj = cls(
            records_ids_updated=records_ids_updated,
            records_updated=records_updated,
            error=error,
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
