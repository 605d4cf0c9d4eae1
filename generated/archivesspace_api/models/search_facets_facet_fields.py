from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class SearchFacetsFacetFields(_r.Record):
    """For each field named in `facet[]`, a FLAT list alternating value and count (`["papers", 12, "letters", 3]`), not an
    object.

    """

    additional_properties: dict[str, list[int | str]] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    SearchFacetsFacetFields,
    extra=_r.ListOf(_r.one_of(_r.STR, _r.INT)),
)
