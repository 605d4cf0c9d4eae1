from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.archival_object import ArchivalObject


@_attrs_define(slots=False, repr=False)
class ArchivalObjectPage(_r.Record):
    """One page of archival objects.

    Attributes:
        first_page (int): Always 1.
        last_page (int): The number of the last page.
        this_page (int): The number of this page.
        total (int): How many archival objects match in all.
        results (list[ArchivalObject]):
    """

    first_page: int
    last_page: int
    this_page: int
    total: int
    results: list[ArchivalObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ArchivalObjectPage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("total", "total", _r.INT, True),
    _r.Field(
        "results",
        "results",
        _r.ListOf(_r.model("archival_object", "ArchivalObject")),
        True,
    ),
    extra=_r.ANY,
)
