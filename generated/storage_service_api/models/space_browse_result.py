from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_browse_result_properties import SpaceBrowseResultProperties

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.space_browse_result_properties import SpaceBrowseResultProperties  # noqa: PLC0415

    globals().update(
        {
            "SpaceBrowseResultProperties": SpaceBrowseResultProperties,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SpaceBrowseResult")


@_attrs_define
class SpaceBrowseResult:
    """A directory listing of a space. The items of `entries` and `directories` are base64-encoded, but the keys of
    `properties` are plain names (unlike location browse).

        Attributes:
            entries (list[str]): Every entry of the directory (files and directories), base64-encoded.
            directories (list[str]): The entries that are directories, base64-encoded.
            properties (SpaceBrowseResultProperties | Unset): Details of the entries, keyed by the plain (not encoded) name.
    """

    entries: list[str]
    directories: list[str]
    properties: SpaceBrowseResultProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        entries = self.entries

        directories = self.directories

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "directories": directories,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        entries = cast("list[str]", d.pop("entries"))

        directories = cast("list[str]", d.pop("directories"))

        _properties = d.pop("properties", UNSET)
        properties: SpaceBrowseResultProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SpaceBrowseResultProperties.from_dict(_properties)

        _obj = cls(
            entries=entries,
            directories=directories,
            properties=properties,
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
