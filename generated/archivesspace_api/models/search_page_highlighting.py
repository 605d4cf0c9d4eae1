from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.search_page_highlighting_additional_property import (
        SearchPageHighlightingAdditionalProperty,
    )


@_attrs_define(slots=False, repr=False)
class SearchPageHighlighting(_r.Record):
    """Only when highlighting is on: for each hit's `id`, the fields that matched and snippets of them with the matches
    wrapped in `<span class="searchterm">`.

    """

    additional_properties: dict[str, SearchPageHighlightingAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )


_r.bind(
    SearchPageHighlighting,
    extra=_r.model(
        "search_page_highlighting_additional_property",
        "SearchPageHighlightingAdditionalProperty",
    ),
)
