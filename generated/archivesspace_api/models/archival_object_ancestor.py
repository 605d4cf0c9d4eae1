from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archival_object_ancestor_resolved import (
        ArchivalObjectAncestorResolved,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.archival_object_ancestor_resolved import (
        ArchivalObjectAncestorResolved,  # noqa: PLC0415
    )

    globals().update(
        {
            "ArchivalObjectAncestorResolved": ArchivalObjectAncestorResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ArchivalObjectAncestor")


@_attrs_define
class ArchivalObjectAncestor:
    """A link to one ancestor of an archival object (a parent archival object or the resource), with its level.

    Attributes:
        ref (str | Unset): The ancestor's URI.
        level (str | Unset): The ancestor's level of description.
        field_resolved (ArchivalObjectAncestorResolved | Unset): The ancestor, when asked for with
            `resolve[]=ancestors`.
    """

    ref: str | Unset = UNSET
    level: str | Unset = UNSET
    field_resolved: ArchivalObjectAncestorResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

        level = self.level

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref is not UNSET:
            field_dict["ref"] = ref
        if level is not UNSET:
            field_dict["level"] = level
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        ref = d.pop("ref", UNSET)

        level = d.pop("level", UNSET)

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: ArchivalObjectAncestorResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = ArchivalObjectAncestorResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
            level=level,
            field_resolved=field_resolved,
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
