from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PackageReingestPatch")


@_attrs_define
class PackageReingestPatch:
    """The JSON body of `clear_package_reingest`; `reingest` is the only key the server allows.

    Attributes:
        reingest (Any): Any value (the dashboard sends null); its presence clears the reingest marker.
    """

    reingest: Any

    def to_dict(self) -> dict[str, Any]:
        reingest = self.reingest

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reingest": reingest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reingest = d.pop("reingest")

        _obj = cls(
            reingest=reingest,
        )

        return _obj
