from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReingestResult")


@_attrs_define
class ReingestResult:
    """What a started reingest answers.

    Attributes:
        message (str):
        reingest_uuid (UUID): The UUID of the transfer or SIP the pipeline started.
        error (bool | Unset): Always `false`.
        status_code (int | Unset): The HTTP status, repeated (202).
    """

    message: str
    reingest_uuid: UUID
    error: bool | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        reingest_uuid = str(self.reingest_uuid)

        error = self.error

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "reingest_uuid": reingest_uuid,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        reingest_uuid = UUID(d.pop("reingest_uuid"))

        error = d.pop("error", UNSET)

        status_code = d.pop("status_code", UNSET)

        _obj = cls(
            message=message,
            reingest_uuid=reingest_uuid,
            error=error,
            status_code=status_code,
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
