from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.container_profile import ContainerProfile


@_attrs_define(slots=False, repr=False)
class ContainerProfilePage(_r.Record):
    """One page of container profiles, as answered with `page`.

    Attributes:
        first_page (int): The first page number (1).
        last_page (int): The last page number.
        this_page (int): The number of this page.
        total (int): How many records there are in all.
        results (list[ContainerProfile]):
    """

    first_page: int
    last_page: int
    this_page: int
    total: int
    results: list[ContainerProfile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ContainerProfilePage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("total", "total", _r.INT, True),
    _r.Field(
        "results",
        "results",
        _r.ListOf(_r.model("container_profile", "ContainerProfile")),
        True,
    ),
    extra=_r.ANY,
)
