from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_facets_facet_fields import SearchFacetsFacetFields
    from ..models.search_facets_facet_heatmaps import SearchFacetsFacetHeatmaps
    from ..models.search_facets_facet_intervals import SearchFacetsFacetIntervals
    from ..models.search_facets_facet_queries import SearchFacetsFacetQueries
    from ..models.search_facets_facet_ranges import SearchFacetsFacetRanges


@_attrs_define(slots=False, repr=False)
class SearchFacets(_r.Record):
    """Solr's `facet_counts`, passed through as Solr answers it.

    Attributes:
        facet_fields (SearchFacetsFacetFields | Unset): For each field named in `facet[]`, a FLAT list alternating value
            and count (`["papers", 12, "letters", 3]`), not an object.
        facet_queries (SearchFacetsFacetQueries | Unset): Counts of facet queries (unused by ArchivesSpace; usually
            empty).
        facet_ranges (SearchFacetsFacetRanges | Unset): Range facets (usually empty).
        facet_intervals (SearchFacetsFacetIntervals | Unset): Interval facets (usually empty).
        facet_heatmaps (SearchFacetsFacetHeatmaps | Unset): Heatmap facets (usually empty).
    """

    facet_fields: SearchFacetsFacetFields | Unset = UNSET
    facet_queries: SearchFacetsFacetQueries | Unset = UNSET
    facet_ranges: SearchFacetsFacetRanges | Unset = UNSET
    facet_intervals: SearchFacetsFacetIntervals | Unset = UNSET
    facet_heatmaps: SearchFacetsFacetHeatmaps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SearchFacets,
    _r.Field(
        "facet_fields",
        "facet_fields",
        _r.model("search_facets_facet_fields", "SearchFacetsFacetFields"),
    ),
    _r.Field(
        "facet_queries",
        "facet_queries",
        _r.model("search_facets_facet_queries", "SearchFacetsFacetQueries"),
    ),
    _r.Field(
        "facet_ranges",
        "facet_ranges",
        _r.model("search_facets_facet_ranges", "SearchFacetsFacetRanges"),
    ),
    _r.Field(
        "facet_intervals",
        "facet_intervals",
        _r.model("search_facets_facet_intervals", "SearchFacetsFacetIntervals"),
    ),
    _r.Field(
        "facet_heatmaps",
        "facet_heatmaps",
        _r.model("search_facets_facet_heatmaps", "SearchFacetsFacetHeatmaps"),
    ),
    extra=_r.ANY,
)
