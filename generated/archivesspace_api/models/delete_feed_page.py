from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class DeleteFeedPage(_r.Record):
    """One page of the URIs of deleted records. Unlike other pages it has no `total`.

    Attributes:
        first_page (int): The first page number (1).
        last_page (int): The last page number.
        this_page (int): The number of this page.
        results (list[str]): The URIs of records deleted since `modified_since`.
    """

    first_page: int
    last_page: int
    this_page: int
    results: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    DeleteFeedPage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("results", "results", _r.ListOf(_r.STR), True),
    extra=_r.ANY,
)
