from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.user import User


@_attrs_define(slots=False, repr=False)
class UserPage(_r.Record):
    """One page of users.

    Attributes:
        first_page (int):
        last_page (int):
        this_page (int):
        total (int): How many users there are in all.
        results (list[User]):
    """

    first_page: int
    last_page: int
    this_page: int
    total: int
    results: list[User]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    UserPage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("total", "total", _r.INT, True),
    _r.Field("results", "results", _r.ListOf(_r.model("user", "User")), True),
    extra=_r.ANY,
)
