from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_facets_facet_fields import SearchFacetsFacetFields
    from ..models.search_facets_facet_heatmaps import SearchFacetsFacetHeatmaps
    from ..models.search_facets_facet_intervals import SearchFacetsFacetIntervals
    from ..models.search_facets_facet_queries import SearchFacetsFacetQueries
    from ..models.search_facets_facet_ranges import SearchFacetsFacetRanges

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.search_facets_facet_fields import SearchFacetsFacetFields  # noqa: PLC0415
    from ..models.search_facets_facet_heatmaps import SearchFacetsFacetHeatmaps  # noqa: PLC0415
    from ..models.search_facets_facet_intervals import SearchFacetsFacetIntervals  # noqa: PLC0415
    from ..models.search_facets_facet_queries import SearchFacetsFacetQueries  # noqa: PLC0415
    from ..models.search_facets_facet_ranges import SearchFacetsFacetRanges  # noqa: PLC0415

    globals().update(
        {
            "SearchFacetsFacetFields": SearchFacetsFacetFields,
            "SearchFacetsFacetHeatmaps": SearchFacetsFacetHeatmaps,
            "SearchFacetsFacetIntervals": SearchFacetsFacetIntervals,
            "SearchFacetsFacetQueries": SearchFacetsFacetQueries,
            "SearchFacetsFacetRanges": SearchFacetsFacetRanges,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SearchFacets")


@_attrs_define
class SearchFacets:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        facet_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_fields, Unset):
            facet_fields = self.facet_fields.to_dict()

        facet_queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_queries, Unset):
            facet_queries = self.facet_queries.to_dict()

        facet_ranges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_ranges, Unset):
            facet_ranges = self.facet_ranges.to_dict()

        facet_intervals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_intervals, Unset):
            facet_intervals = self.facet_intervals.to_dict()

        facet_heatmaps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_heatmaps, Unset):
            facet_heatmaps = self.facet_heatmaps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facet_fields is not UNSET:
            field_dict["facet_fields"] = facet_fields
        if facet_queries is not UNSET:
            field_dict["facet_queries"] = facet_queries
        if facet_ranges is not UNSET:
            field_dict["facet_ranges"] = facet_ranges
        if facet_intervals is not UNSET:
            field_dict["facet_intervals"] = facet_intervals
        if facet_heatmaps is not UNSET:
            field_dict["facet_heatmaps"] = facet_heatmaps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _facet_fields = d.pop("facet_fields", UNSET)
        facet_fields: SearchFacetsFacetFields | Unset
        if isinstance(_facet_fields, Unset):
            facet_fields = UNSET
        else:
            facet_fields = SearchFacetsFacetFields.from_dict(_facet_fields)

        _facet_queries = d.pop("facet_queries", UNSET)
        facet_queries: SearchFacetsFacetQueries | Unset
        if isinstance(_facet_queries, Unset):
            facet_queries = UNSET
        else:
            facet_queries = SearchFacetsFacetQueries.from_dict(_facet_queries)

        _facet_ranges = d.pop("facet_ranges", UNSET)
        facet_ranges: SearchFacetsFacetRanges | Unset
        if isinstance(_facet_ranges, Unset):
            facet_ranges = UNSET
        else:
            facet_ranges = SearchFacetsFacetRanges.from_dict(_facet_ranges)

        _facet_intervals = d.pop("facet_intervals", UNSET)
        facet_intervals: SearchFacetsFacetIntervals | Unset
        if isinstance(_facet_intervals, Unset):
            facet_intervals = UNSET
        else:
            facet_intervals = SearchFacetsFacetIntervals.from_dict(_facet_intervals)

        _facet_heatmaps = d.pop("facet_heatmaps", UNSET)
        facet_heatmaps: SearchFacetsFacetHeatmaps | Unset
        if isinstance(_facet_heatmaps, Unset):
            facet_heatmaps = UNSET
        else:
            facet_heatmaps = SearchFacetsFacetHeatmaps.from_dict(_facet_heatmaps)

        _obj = cls(
            facet_fields=facet_fields,
            facet_queries=facet_queries,
            facet_ranges=facet_ranges,
            facet_intervals=facet_intervals,
            facet_heatmaps=facet_heatmaps,
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
