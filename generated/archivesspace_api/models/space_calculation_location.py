from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_calculation_location_resolved import (
        SpaceCalculationLocationResolved,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.space_calculation_location_resolved import (
        SpaceCalculationLocationResolved,  # noqa: PLC0415
    )

    globals().update(
        {
            "SpaceCalculationLocationResolved": SpaceCalculationLocationResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SpaceCalculationLocation")


@_attrs_define
class SpaceCalculationLocation:
    """One location in a space calculation. The location and its profile come resolved.

    Attributes:
        ref (str):
        count (int | Unset): How many more containers fit (locations with space only).
        reason (str | Unset): Why there is no space or no answer: `container_is_bigger`,
            `location_cannot_fit_container`, `location_lacks_a_profile`, `location_lacks_dimension_data`,
            `container_at_location_lacks_profile` or `containers_at_location_dont_fit`.
        field_resolved (SpaceCalculationLocationResolved | Unset): The location, with its `location_profile` resolved.
    """

    ref: str
    count: int | Unset = UNSET
    reason: str | Unset = UNSET
    field_resolved: SpaceCalculationLocationResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

        count = self.count

        reason = self.reason

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if reason is not UNSET:
            field_dict["reason"] = reason
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        ref = d.pop("ref")

        count = d.pop("count", UNSET)

        reason = d.pop("reason", UNSET)

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: SpaceCalculationLocationResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = SpaceCalculationLocationResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
            count=count,
            reason=reason,
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
