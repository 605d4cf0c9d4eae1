from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_facets import SearchFacets
    from ..models.search_page_highlighting import SearchPageHighlighting
    from ..models.search_result import SearchResult

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.search_facets import SearchFacets  # noqa: PLC0415
    from ..models.search_page_highlighting import SearchPageHighlighting  # noqa: PLC0415
    from ..models.search_result import SearchResult  # noqa: PLC0415

    globals().update(
        {
            "SearchFacets": SearchFacets,
            "SearchPageHighlighting": SearchPageHighlighting,
            "SearchResult": SearchResult,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SearchPage")


@_attrs_define
class SearchPage:
    """One page of search hits. Search is served by Solr, not the database, so the envelope differs from the record
    listings: it counts `total_hits` and carries facets. `last_page` is `ceil(total_hits / page_size)` (0 when nothing
    matched); a `page` beyond it answers an empty `results`.

        Attributes:
            page_size (int): Hits a page (after the server's cap of 250).
            first_page (int): Always 1.
            last_page (int): The number of the last page (0 when there are no hits).
            this_page (int): The number of this page.
            offset_first (int): 1-based position of this page's first hit among all hits.
            offset_last (int): 1-based position of this page's last hit among all hits.
            total_hits (int): How many documents matched in all.
            results (list[SearchResult]): The hits, best first unless `sort` says otherwise.
            facets (SearchFacets | Unset): Solr's `facet_counts`, passed through as Solr answers it.
            highlighting (SearchPageHighlighting | Unset): Only when highlighting is on: for each hit's `id`, the fields
                that matched and snippets of them with the matches wrapped in `<span class="searchterm">`.
    """

    page_size: int
    first_page: int
    last_page: int
    this_page: int
    offset_first: int
    offset_last: int
    total_hits: int
    results: list[SearchResult]
    facets: SearchFacets | Unset = UNSET
    highlighting: SearchPageHighlighting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        page_size = self.page_size

        first_page = self.first_page

        last_page = self.last_page

        this_page = self.this_page

        offset_first = self.offset_first

        offset_last = self.offset_last

        total_hits = self.total_hits

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        facets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facets, Unset):
            facets = self.facets.to_dict()

        highlighting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlighting, Unset):
            highlighting = self.highlighting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_size": page_size,
                "first_page": first_page,
                "last_page": last_page,
                "this_page": this_page,
                "offset_first": offset_first,
                "offset_last": offset_last,
                "total_hits": total_hits,
                "results": results,
            }
        )
        if facets is not UNSET:
            field_dict["facets"] = facets
        if highlighting is not UNSET:
            field_dict["highlighting"] = highlighting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        page_size = d.pop("page_size")

        first_page = d.pop("first_page")

        last_page = d.pop("last_page")

        this_page = d.pop("this_page")

        offset_first = d.pop("offset_first")

        offset_last = d.pop("offset_last")

        total_hits = d.pop("total_hits")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = SearchResult.from_dict(results_item_data)

            results.append(results_item)

        _facets = d.pop("facets", UNSET)
        facets: SearchFacets | Unset
        if isinstance(_facets, Unset):
            facets = UNSET
        else:
            facets = SearchFacets.from_dict(_facets)

        _highlighting = d.pop("highlighting", UNSET)
        highlighting: SearchPageHighlighting | Unset
        if isinstance(_highlighting, Unset):
            highlighting = UNSET
        else:
            highlighting = SearchPageHighlighting.from_dict(_highlighting)

        _obj = cls(
            page_size=page_size,
            first_page=first_page,
            last_page=last_page,
            this_page=this_page,
            offset_first=offset_first,
            offset_last=offset_last,
            total_hits=total_hits,
            results=results,
            facets=facets,
            highlighting=highlighting,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
