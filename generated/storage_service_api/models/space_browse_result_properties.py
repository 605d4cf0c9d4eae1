from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browse_entry_properties import BrowseEntryProperties

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.browse_entry_properties import BrowseEntryProperties  # noqa: PLC0415

    globals().update(
        {
            "BrowseEntryProperties": BrowseEntryProperties,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SpaceBrowseResultProperties")


@_attrs_define
class SpaceBrowseResultProperties:
    """Details of the entries, keyed by the plain (not encoded) name."""

    additional_properties: dict[str, BrowseEntryProperties] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _obj = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = BrowseEntryProperties.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BrowseEntryProperties:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BrowseEntryProperties) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
