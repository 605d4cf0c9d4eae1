from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ordered_record_resolved import ResourceOrderedRecordResolved

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.resource_ordered_record_resolved import ResourceOrderedRecordResolved  # noqa: PLC0415

    globals().update(
        {
            "ResourceOrderedRecordResolved": ResourceOrderedRecordResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ResourceOrderedRecord")


@_attrs_define
class ResourceOrderedRecord:
    """One record in a resource's tree order.

    Attributes:
        ref (str): The record's URI (the resource or one of its archival objects).
        display_string (str | Unset): The record's display string.
        depth (int | Unset): How deep the record sits (0 for the resource, 1 for top-level archival objects...).
        level (str | Unset): The record's level of description.
        field_resolved (ResourceOrderedRecordResolved | Unset):
    """

    ref: str
    display_string: str | Unset = UNSET
    depth: int | Unset = UNSET
    level: str | Unset = UNSET
    field_resolved: ResourceOrderedRecordResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

        display_string = self.display_string

        depth = self.depth

        level = self.level

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
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if depth is not UNSET:
            field_dict["depth"] = depth
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
        ref = d.pop("ref")

        display_string = d.pop("display_string", UNSET)

        depth = d.pop("depth", UNSET)

        level = d.pop("level", UNSET)

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: ResourceOrderedRecordResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = ResourceOrderedRecordResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
            display_string=display_string,
            depth=depth,
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
