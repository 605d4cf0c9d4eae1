from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class BrowseEntryProperties(_r.Record):
    """What the server knows about one entry of a directory listing (other keys may appear).

    Attributes:
        size (int | Unset): A file's size in bytes.
        object_count (int | Unset): A directory's number of files, counted recursively.
    """

    size: int | Unset = UNSET
    object_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    BrowseEntryProperties,
    _r.Field("size", "size", _r.INT),
    _r.Field("object_count", "object count", _r.INT),
    extra=_r.ANY,
)
