from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class FileMove(_r.Record):
    """One file or directory to move, with paths relative to the origin and destination locations.

    Attributes:
        source (str): The path relative to the origin location.
        destination (str): The path relative to the destination location (the one in the URL).
    """

    source: str
    destination: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FileMove,
    _r.Field("source", "source", _r.STR, True),
    _r.Field("destination", "destination", _r.STR, True),
    extra=_r.ANY,
)
