from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteCitationXlink")


@_attrs_define
class NoteCitationXlink:
    """The XLink attributes of a citation's link to its source (`href` is the address).

    Attributes:
        actuate (str | Unset):
        arcrole (str | Unset):
        href (str | Unset):
        role (str | Unset):
        show (str | Unset):
        title (str | Unset):
        type_ (str | Unset):
    """

    actuate: str | Unset = UNSET
    arcrole: str | Unset = UNSET
    href: str | Unset = UNSET
    role: str | Unset = UNSET
    show: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actuate = self.actuate

        arcrole = self.arcrole

        href = self.href

        role = self.role

        show = self.show

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actuate is not UNSET:
            field_dict["actuate"] = actuate
        if arcrole is not UNSET:
            field_dict["arcrole"] = arcrole
        if href is not UNSET:
            field_dict["href"] = href
        if role is not UNSET:
            field_dict["role"] = role
        if show is not UNSET:
            field_dict["show"] = show
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actuate = d.pop("actuate", UNSET)

        arcrole = d.pop("arcrole", UNSET)

        href = d.pop("href", UNSET)

        role = d.pop("role", UNSET)

        show = d.pop("show", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls(
            actuate=actuate,
            arcrole=arcrole,
            href=href,
            role=role,
            show=show,
            title=title,
            type_=type_,
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
