from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_browse_result_properties import (
        LocationBrowseResultProperties,
    )


@_attrs_define(slots=False, repr=False)
class LocationBrowseResult(_r.Record):
    """A directory listing of a location. Every name is base64-encoded - the items of `entries` and `directories` and the
    keys of `properties` (`aW1hZ2Vz` is `images`).

        Attributes:
            entries (list[str]): Every entry of the directory (files and directories), base64-encoded.
            directories (list[str]): The entries that are directories, base64-encoded.
            properties (LocationBrowseResultProperties | Unset): Details of the entries, keyed by the base64-encoded name.
    """

    entries: list[str]
    directories: list[str]
    properties: LocationBrowseResultProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LocationBrowseResult,
    _r.Field("entries", "entries", _r.ListOf(_r.STR), True),
    _r.Field("directories", "directories", _r.ListOf(_r.STR), True),
    _r.Field(
        "properties",
        "properties",
        _r.model("location_browse_result_properties", "LocationBrowseResultProperties"),
    ),
    extra=_r.ANY,
)
