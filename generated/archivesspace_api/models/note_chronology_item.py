from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteChronologyItem")


@_attrs_define
class NoteChronologyItem:
    """One entry of a chronology; several events may share a date.

    Attributes:
        event_date (str | Unset): The date, as free text.
        place (str | Unset): Where the events happened.
        events (list[str] | Unset): What happened.
    """

    event_date: str | Unset = UNSET
    place: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_date = self.event_date

        place = self.place

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if place is not UNSET:
            field_dict["place"] = place
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_date = d.pop("event_date", UNSET)

        place = d.pop("place", UNSET)

        events = cast("list[str]", d.pop("events", UNSET))

        _obj = cls(
            event_date=event_date,
            place=place,
            events=events,
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
