from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixityFailuresFiles")


@_attrs_define
class FixityFailuresFiles:
    """The failing files, by kind of failure.

    Attributes:
        missing (list[str] | Unset): Files in the manifest but not in the package.
        changed (list[str] | Unset): Files whose checksum changed.
        untracked (list[str] | Unset): Files in the package but not in the manifest.
    """

    missing: list[str] | Unset = UNSET
    changed: list[str] | Unset = UNSET
    untracked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing: list[str] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = self.missing

        changed: list[str] | Unset = UNSET
        if not isinstance(self.changed, Unset):
            changed = self.changed

        untracked: list[str] | Unset = UNSET
        if not isinstance(self.untracked, Unset):
            untracked = self.untracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing is not UNSET:
            field_dict["missing"] = missing
        if changed is not UNSET:
            field_dict["changed"] = changed
        if untracked is not UNSET:
            field_dict["untracked"] = untracked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        missing = cast("list[str]", d.pop("missing", UNSET))

        changed = cast("list[str]", d.pop("changed", UNSET))

        untracked = cast("list[str]", d.pop("untracked", UNSET))

        _obj = cls(
            missing=missing,
            changed=changed,
            untracked=untracked,
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
