from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteFeedPage")


@_attrs_define
class DeleteFeedPage:
    """One page of the URIs of deleted records. Unlike other pages it has no `total`.

    Attributes:
        first_page (int): The first page number (1).
        last_page (int): The last page number.
        this_page (int): The number of this page.
        results (list[str]): The URIs of records deleted since `modified_since`.
    """

    first_page: int
    last_page: int
    this_page: int
    results: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_page = self.first_page

        last_page = self.last_page

        this_page = self.this_page

        results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_page": first_page,
                "last_page": last_page,
                "this_page": this_page,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_page = d.pop("first_page")

        last_page = d.pop("last_page")

        this_page = d.pop("this_page")

        results = cast("list[str]", d.pop("results"))

        _obj = cls(
            first_page=first_page,
            last_page=last_page,
            this_page=this_page,
            results=results,
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
