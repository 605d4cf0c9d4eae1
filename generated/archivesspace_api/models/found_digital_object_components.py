from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="FoundDigitalObjectComponents")


@_attrs_define
class FoundDigitalObjectComponents:
    """The digital object components found by component ID (an empty list when nothing matched).

    Attributes:
        digital_object_components (list[Ref]): Links to the matching components; each has `_resolved` with
            `resolve[]=digital_object_components`.
    """

    digital_object_components: list[Ref]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        digital_object_components = []
        for digital_object_components_item_data in self.digital_object_components:
            digital_object_components_item = (
                digital_object_components_item_data.to_dict()
            )
            digital_object_components.append(digital_object_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digital_object_components": digital_object_components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        digital_object_components = []
        _digital_object_components = d.pop("digital_object_components")
        for digital_object_components_item_data in _digital_object_components:
            digital_object_components_item = Ref.from_dict(
                digital_object_components_item_data
            )

            digital_object_components.append(digital_object_components_item)

        _obj = cls(
            digital_object_components=digital_object_components,
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
