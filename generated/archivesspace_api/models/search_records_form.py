from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SearchRecordsForm(_r.Record):
    """The form fields of `POST /search/records`.

    Attributes:
        uri (list[str]): URIs of the records to fetch; the hits come back in this order.
        resolve (list[str] | Unset): Search-style resolving, `field:solr_field` or `field:solr_field@resolver`.
    """

    uri: list[str]
    resolve: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SearchRecordsForm,
    _r.Field("uri", "uri[]", _r.ListOf(_r.STR), True),
    _r.Field("resolve", "resolve[]", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
