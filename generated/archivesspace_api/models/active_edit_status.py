from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_edit_status_edited_by import ActiveEditStatusEditedBy

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.active_edit_status_edited_by import ActiveEditStatusEditedBy  # noqa: PLC0415

    globals().update(
        {
            "ActiveEditStatusEditedBy": ActiveEditStatusEditedBy,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ActiveEditStatus")


@_attrs_define
class ActiveEditStatus:
    """Who is editing one record, and the record's current lock version.

    Attributes:
        edited_by (ActiveEditStatusEditedBy | Unset): When each user editing the record last said so, keyed by user name
            (timestamps as text).
        lock_version (int | Unset): The record's lock version in the database; if it is higher than the one being
            edited, someone saved meanwhile.
    """

    edited_by: ActiveEditStatusEditedBy | Unset = UNSET
    lock_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        edited_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited_by, Unset):
            edited_by = self.edited_by.to_dict()

        lock_version = self.lock_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edited_by is not UNSET:
            field_dict["edited_by"] = edited_by
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _edited_by = d.pop("edited_by", UNSET)
        edited_by: ActiveEditStatusEditedBy | Unset
        if isinstance(_edited_by, Unset):
            edited_by = UNSET
        else:
            edited_by = ActiveEditStatusEditedBy.from_dict(_edited_by)

        lock_version = d.pop("lock_version", UNSET)

        _obj = cls(
            edited_by=edited_by,
            lock_version=lock_version,
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
