from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.list_meta import ListMeta
    from ..models.space import Space


@_attrs_define(slots=False, repr=False)
class SpaceList(_r.Record):
    """A page of spaces.

    Attributes:
        meta (ListMeta): The page information of a Tastypie list. `next` and `previous` are relative URLs that repeat
            the request's query string, credentials included when they were sent as `username`/`api_key` parameters.
        objects (list[Space]):
    """

    meta: ListMeta
    objects: list[Space]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SpaceList,
    _r.Field("meta", "meta", _r.model("list_meta", "ListMeta"), True),
    _r.Field("objects", "objects", _r.ListOf(_r.model("space", "Space")), True),
    extra=_r.ANY,
)
