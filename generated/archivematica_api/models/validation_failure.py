from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationFailure")


@_attrs_define
class ValidationFailure:
    """A 400 of CSV validation: `{valid: false, reason}` when the CSV is invalid, or `{error: true, message}` when the
    request is (a wrong Content-Type, an unexpected validator failure).

        Attributes:
            valid (bool | Unset): Always `false` when set.
            reason (str | Unset): Why the CSV is invalid.
            error (bool | Unset): `true` when the request, not the CSV, was at fault.
            message (str | Unset): What was wrong with the request.
    """

    valid: bool | Unset = UNSET
    reason: str | Unset = UNSET
    error: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        reason = self.reason

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid", UNSET)

        reason = d.pop("reason", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        _obj = cls(
            valid=valid,
            reason=reason,
            error=error,
            message=message,
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
