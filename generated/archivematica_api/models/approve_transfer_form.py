from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_type import TransferType, check_transfer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveTransferForm")


@_attrs_define
class ApproveTransferForm:
    """The form fields of `approve_transfer`.

    Attributes:
        directory (str): The transfer's directory name inside the watched directory of its type.
        type_ (TransferType | Unset): The kind of transfer, which picks the watched directory it goes to.
            `start_transfer` silently treats an unknown value as `standard`; `approve_transfer` answers 500.
    """

    directory: str
    type_: TransferType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory = self.directory

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directory": directory,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        directory = d.pop("directory")

        _type_ = d.pop("type", UNSET)
        type_: TransferType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_transfer_type(_type_)

        _obj = cls(
            directory=directory,
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
