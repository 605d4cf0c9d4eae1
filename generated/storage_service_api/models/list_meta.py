from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ListMeta(_r.Record):
    """The page information of a Tastypie list. `next` and `previous` are relative URLs that repeat the request's query
    string, credentials included when they were sent as `username`/`api_key` parameters.

        Attributes:
            limit (int): Objects on this page at most.
            offset (int): Objects skipped before this page.
            total_count (int): Objects matching the query, over every page.
            next (None | str | Unset): The next page's URL, or null on the last page.
            previous (None | str | Unset): The previous page's URL; null whenever `offset` is smaller than `limit`.
    """

    limit: int
    offset: int
    total_count: int
    next: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ListMeta,
    _r.Field("limit", "limit", _r.INT, True),
    _r.Field("offset", "offset", _r.INT, True),
    _r.Field("total_count", "total_count", _r.INT, True),
    _r.Field("next", "next", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("previous", "previous", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
