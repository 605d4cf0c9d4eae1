from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationCoordinateRange")


@_attrs_define
class LocationCoordinateRange:
    """A range of values for one coordinate of a location batch. The values run in sequence from `start` to `end` (`1` to
    `10`, or `A` to `F`) and each becomes an indicator `prefix` + value + `suffix`. The server caps the number of values
    with its `max_location_range` setting.

        Attributes:
            label (str): The coordinate's name (`Shelf`).
            start (str):
            end (str):
            prefix (str | Unset): Text put before each value.
            suffix (str | Unset): Text put after each value.
    """

    label: str
    start: str
    end: str
    prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        start = self.start

        end = self.end

        prefix = self.prefix

        suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "start": start,
                "end": end,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        start = d.pop("start")

        end = d.pop("end")

        prefix = d.pop("prefix", UNSET)

        suffix = d.pop("suffix", UNSET)

        _obj = cls(
            label=label,
            start=start,
            end=end,
            prefix=prefix,
            suffix=suffix,
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
