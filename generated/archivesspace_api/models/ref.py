from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref_resolved import RefResolved

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref_resolved import RefResolved  # noqa: PLC0415

    globals().update(
        {
            "RefResolved": RefResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Ref")


@_attrs_define
class Ref:
    """A link to another record by URI. With `resolve[]` naming the property that holds it, the server adds the linked
    record as `_resolved`.

        Attributes:
            ref (str): The linked record's URI.
            field_resolved (RefResolved | Unset): The linked record, when asked for with `resolve[]`.
    """

    ref: str
    field_resolved: RefResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

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
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        ref = d.pop("ref")

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: RefResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = RefResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
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
