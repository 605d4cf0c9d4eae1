from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.waiting_unit import WaitingUnit

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.waiting_unit import WaitingUnit  # noqa: PLC0415

    globals().update(
        {
            "WaitingUnit": WaitingUnit,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="WaitingUnitList")


@_attrs_define
class WaitingUnitList:
    """What `list_waiting_ingests` answers.

    Attributes:
        message (str):
        results (list[WaitingUnit]):
    """

    message: str
    results: list[WaitingUnit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        message = self.message

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        message = d.pop("message")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = WaitingUnit.from_dict(results_item_data)

            results.append(results_item)

        _obj = cls(
            message=message,
            results=results,
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
