from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class NoteChronologyItem(_r.Record):
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


_r.bind(
    NoteChronologyItem,
    _r.Field("event_date", "event_date", _r.STR),
    _r.Field("place", "place", _r.STR),
    _r.Field("events", "events", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
