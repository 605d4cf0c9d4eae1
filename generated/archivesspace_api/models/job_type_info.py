from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTypeInfo")


@_attrs_define
class JobTypeInfo:
    """The permissions a job type needs (a value of the map answered by `GET /job_types`).

    Attributes:
        create_permissions (list[str] | Unset): Permissions needed, on top of `create_job`, to create a job of this
            type.
        cancel_permissions (list[str] | Unset): Permissions needed, on top of `cancel_job`, to cancel a job of this
            type.
    """

    create_permissions: list[str] | Unset = UNSET
    cancel_permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_permissions: list[str] | Unset = UNSET
        if not isinstance(self.create_permissions, Unset):
            create_permissions = self.create_permissions

        cancel_permissions: list[str] | Unset = UNSET
        if not isinstance(self.cancel_permissions, Unset):
            cancel_permissions = self.cancel_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_permissions is not UNSET:
            field_dict["create_permissions"] = create_permissions
        if cancel_permissions is not UNSET:
            field_dict["cancel_permissions"] = cancel_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_permissions = cast("list[str]", d.pop("create_permissions", UNSET))

        cancel_permissions = cast("list[str]", d.pop("cancel_permissions", UNSET))

        _obj = cls(
            create_permissions=create_permissions,
            cancel_permissions=cancel_permissions,
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
