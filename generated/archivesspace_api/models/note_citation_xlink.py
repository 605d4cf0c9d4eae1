from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class NoteCitationXlink(_r.Record):
    """The XLink attributes of a citation's link to its source (`href` is the address).

    Attributes:
        actuate (str | Unset):
        arcrole (str | Unset):
        href (str | Unset):
        role (str | Unset):
        show (str | Unset):
        title (str | Unset):
        type (str | Unset):
    """

    actuate: str | Unset = UNSET
    arcrole: str | Unset = UNSET
    href: str | Unset = UNSET
    role: str | Unset = UNSET
    show: str | Unset = UNSET
    title: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    NoteCitationXlink,
    _r.Field("actuate", "actuate", _r.STR),
    _r.Field("arcrole", "arcrole", _r.STR),
    _r.Field("href", "href", _r.STR),
    _r.Field("role", "role", _r.STR),
    _r.Field("show", "show", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("type", "type", _r.STR),
    extra=_r.ANY,
)
