from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopContainerBatchResult")


@_attrs_define
class TopContainerBatchResult:
    """What a batch change of top containers answers. On failure the whole batch is rolled back, `records_updated` is 0 and
    `error` says why; the HTTP status is still 200.

        Attributes:
            records_updated (int | Unset): How many containers were changed.
            error (str | Unset): Why the batch failed, when it did.
    """

    records_updated: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records_updated = self.records_updated

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records_updated is not UNSET:
            field_dict["records_updated"] = records_updated
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        records_updated = d.pop("records_updated", UNSET)

        error = d.pop("error", UNSET)

        _obj = cls(
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
