from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRecordsForm")


@_attrs_define
class SearchRecordsForm:
    """The form fields of `POST /search/records`.

    Attributes:
        uri (list[str]): URIs of the records to fetch; the hits come back in this order.
        resolve (list[str] | Unset): Search-style resolving, `field:solr_field` or `field:solr_field@resolver`.
    """

    uri: list[str]
    resolve: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        resolve: list[str] | Unset = UNSET
        if not isinstance(self.resolve, Unset):
            resolve = self.resolve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri[]": uri,
            }
        )
        if resolve is not UNSET:
            field_dict["resolve[]"] = resolve

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = cast("list[str]", d.pop("uri[]"))

        resolve = cast("list[str]", d.pop("resolve[]", UNSET))

        _obj = cls(
            uri=uri,
            resolve=resolve,
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
