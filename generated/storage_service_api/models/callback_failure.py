from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackFailure")


@_attrs_define
class CallbackFailure:
    """The body of a post-store callback run where some calls failed.

    Attributes:
        message (str):
        failure_count (int): How many callback calls failed.
        callback_uris (list[str] | Unset): The URIs of the enabled post-store callbacks.
    """

    message: str
    failure_count: int
    callback_uris: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        failure_count = self.failure_count

        callback_uris: list[str] | Unset = UNSET
        if not isinstance(self.callback_uris, Unset):
            callback_uris = self.callback_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "failure_count": failure_count,
            }
        )
        if callback_uris is not UNSET:
            field_dict["callback_uris"] = callback_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        failure_count = d.pop("failure_count")

        callback_uris = cast("list[str]", d.pop("callback_uris", UNSET))

        _obj = cls(
            message=message,
            failure_count=failure_count,
            callback_uris=callback_uris,
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
