from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_facets import SearchFacets
    from ..models.search_page_highlighting import SearchPageHighlighting
    from ..models.search_result import SearchResult


@_attrs_define(slots=False, repr=False)
class SearchPage(_r.Record):
    """One page of search hits. Search is served by Solr, not the database, so the envelope differs from the record
    listings: it counts `total_hits` and carries facets. `last_page` is `ceil(total_hits / page_size)` (0 when nothing
    matched); a `page` beyond it answers an empty `results`.

        Attributes:
            first_page (int): Always 1.
            last_page (int): The number of the last page (0 when there are no hits).
            this_page (int): The number of this page.
            offset_first (int): 1-based position of this page's first hit among all hits.
            offset_last (int): 1-based position of this page's last hit among all hits.
            total_hits (int): How many documents matched in all.
            results (list[SearchResult]): The hits, best first unless `sort` says otherwise.
            page_size (int | Unset): Hits a page (after the server's cap of 250); servers of 2015 leave it out.
            facets (SearchFacets | Unset): Solr's `facet_counts`, passed through as Solr answers it.
            highlighting (SearchPageHighlighting | Unset): Only when highlighting is on: for each hit's `id`, the fields
                that matched and snippets of them with the matches wrapped in `<span class="searchterm">`.
    """

    first_page: int
    last_page: int
    this_page: int
    offset_first: int
    offset_last: int
    total_hits: int
    results: list[SearchResult]
    page_size: int | Unset = UNSET
    facets: SearchFacets | Unset = UNSET
    highlighting: SearchPageHighlighting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SearchPage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("offset_first", "offset_first", _r.INT, True),
    _r.Field("offset_last", "offset_last", _r.INT, True),
    _r.Field("total_hits", "total_hits", _r.INT, True),
    _r.Field(
        "results", "results", _r.ListOf(_r.model("search_result", "SearchResult")), True
    ),
    _r.Field("page_size", "page_size", _r.INT),
    _r.Field("facets", "facets", _r.model("search_facets", "SearchFacets")),
    _r.Field(
        "highlighting",
        "highlighting",
        _r.model("search_page_highlighting", "SearchPageHighlighting"),
    ),
    extra=_r.ANY,
)
