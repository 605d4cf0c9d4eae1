from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_browse_result_properties import SpaceBrowseResultProperties


@_attrs_define(slots=False, repr=False)
class SpaceBrowseResult(_r.Record):
    """A directory listing of a space. The items of `entries` and `directories` are base64-encoded, but the keys of
    `properties` are plain names (unlike location browse).

        Attributes:
            entries (list[str]): Every entry of the directory (files and directories), base64-encoded.
            directories (list[str]): The entries that are directories, base64-encoded.
            properties (SpaceBrowseResultProperties | Unset): Details of the entries, keyed by the plain (not encoded) name.
    """

    entries: list[str]
    directories: list[str]
    properties: SpaceBrowseResultProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SpaceBrowseResult,
    _r.Field("entries", "entries", _r.ListOf(_r.STR), True),
    _r.Field("directories", "directories", _r.ListOf(_r.STR), True),
    _r.Field(
        "properties",
        "properties",
        _r.model("space_browse_result_properties", "SpaceBrowseResultProperties"),
    ),
    extra=_r.ANY,
)
