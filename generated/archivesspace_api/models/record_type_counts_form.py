from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordTypeCountsForm")


@_attrs_define
class RecordTypeCountsForm:
    """The form fields of `POST /search/record_types_by_repository`.

    Attributes:
        record_types (list[str]): The record types to count.
        repo_uri (str | Unset): Count in this repository only (its URI).
    """

    record_types: list[str]
    repo_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_types = self.record_types

        repo_uri = self.repo_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_types[]": record_types,
            }
        )
        if repo_uri is not UNSET:
            field_dict["repo_uri"] = repo_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_types = cast("list[str]", d.pop("record_types[]"))

        repo_uri = d.pop("repo_uri", UNSET)

        _obj = cls(
            record_types=record_types,
            repo_uri=repo_uri,
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
