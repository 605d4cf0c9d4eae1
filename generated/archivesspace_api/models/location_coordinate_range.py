from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class LocationCoordinateRange(_r.Record):
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


_r.bind(
    LocationCoordinateRange,
    _r.Field("label", "label", _r.STR, True),
    _r.Field("start", "start", _r.STR, True),
    _r.Field("end", "end", _r.STR, True),
    _r.Field("prefix", "prefix", _r.STR),
    _r.Field("suffix", "suffix", _r.STR),
    extra=_r.ANY,
)
