from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressedResponse")


@_attrs_define
class SuppressedResponse:
    """What a change of suppression answers.

    Attributes:
        status (Literal['Suppressed']):  Default: 'Suppressed'.
        id (int | Unset):
        suppressed_state (bool | Unset): Whether the record is now suppressed.
    """

    status: Literal["Suppressed"] = "Suppressed"
    id: int | Unset = UNSET
    suppressed_state: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        suppressed_state = self.suppressed_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if suppressed_state is not UNSET:
            field_dict["suppressed_state"] = suppressed_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast("Literal['Suppressed']", d.pop("status"))
        if status != "Suppressed":
            raise ValueError(f"status must match const 'Suppressed', got '{status}'")

        id = d.pop("id", UNSET)

        suppressed_state = d.pop("suppressed_state", UNSET)

        _obj = cls(
            status=status,
            id=id,
            suppressed_state=suppressed_state,
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
