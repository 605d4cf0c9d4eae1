from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_browse_result_properties import (
        LocationBrowseResultProperties,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.location_browse_result_properties import (
        LocationBrowseResultProperties,  # noqa: PLC0415
    )

    globals().update(
        {
            "LocationBrowseResultProperties": LocationBrowseResultProperties,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="LocationBrowseResult")


@_attrs_define
class LocationBrowseResult:
    """A directory listing of a location. Every name is base64-encoded - the items of `entries` and `directories` and the
    keys of `properties` (`aW1hZ2Vz` is `images`).

        Attributes:
            entries (list[str]): Every entry of the directory (files and directories), base64-encoded.
            directories (list[str]): The entries that are directories, base64-encoded.
            properties (LocationBrowseResultProperties | Unset): Details of the entries, keyed by the base64-encoded name.
    """

    entries: list[str]
    directories: list[str]
    properties: LocationBrowseResultProperties | Unset = UNSET
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
        properties: LocationBrowseResultProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = LocationBrowseResultProperties.from_dict(_properties)

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
