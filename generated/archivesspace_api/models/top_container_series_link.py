from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_container_series_link_resolved import (
        TopContainerSeriesLinkResolved,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.top_container_series_link_resolved import (
        TopContainerSeriesLinkResolved,  # noqa: PLC0415
    )

    globals().update(
        {
            "TopContainerSeriesLinkResolved": TopContainerSeriesLinkResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TopContainerSeriesLink")


@_attrs_define
class TopContainerSeriesLink:
    """A link from a top container to a series-level archival object, computed by the server.

    Attributes:
        ref (str | Unset): The archival object's URI.
        identifier (str | Unset): The series' component identifier.
        display_string (str | Unset): The series' title.
        level_display_string (str | Unset): The series' level as displayed (`Series`).
        publish (bool | Unset): Whether the series is published and not suppressed.
        field_resolved (TopContainerSeriesLinkResolved | Unset): The archival object, when asked for with `resolve[]`.
    """

    ref: str | Unset = UNSET
    identifier: str | Unset = UNSET
    display_string: str | Unset = UNSET
    level_display_string: str | Unset = UNSET
    publish: bool | Unset = UNSET
    field_resolved: TopContainerSeriesLinkResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

        identifier = self.identifier

        display_string = self.display_string

        level_display_string = self.level_display_string

        publish = self.publish

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref is not UNSET:
            field_dict["ref"] = ref
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if level_display_string is not UNSET:
            field_dict["level_display_string"] = level_display_string
        if publish is not UNSET:
            field_dict["publish"] = publish
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        ref = d.pop("ref", UNSET)

        identifier = d.pop("identifier", UNSET)

        display_string = d.pop("display_string", UNSET)

        level_display_string = d.pop("level_display_string", UNSET)

        publish = d.pop("publish", UNSET)

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: TopContainerSeriesLinkResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = TopContainerSeriesLinkResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
            identifier=identifier,
            display_string=display_string,
            level_display_string=level_display_string,
            publish=publish,
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
