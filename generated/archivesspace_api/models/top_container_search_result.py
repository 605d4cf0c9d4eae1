from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_container_search_result_facet_counts import (
        TopContainerSearchResultFacetCounts,
    )
    from ..models.top_container_search_result_response_header import (
        TopContainerSearchResultResponseHeader,
    )
    from ..models.top_container_solr_documents import TopContainerSolrDocuments


@_attrs_define(slots=False, repr=False)
class TopContainerSearchResult(_r.Record):
    """The raw Solr answer to a top container search, passed through by the server (not the ArchivesSpace search envelope).
    The documents are Solr documents of top containers; each has a `json` string holding the full record.

        Attributes:
            responseHeader (TopContainerSearchResultResponseHeader | Unset): Solr's header (status, query time, the
                parameters it ran with).
            response (TopContainerSolrDocuments | Unset): The matching documents of a top container search.
            facet_counts (TopContainerSearchResultFacetCounts | Unset): Facet counts when `facet[]` was given:
                `facet_fields` maps each field to a flat list alternating value and count.
    """

    responseHeader: TopContainerSearchResultResponseHeader | Unset = UNSET
    response: TopContainerSolrDocuments | Unset = UNSET
    facet_counts: TopContainerSearchResultFacetCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerSearchResult,
    _r.Field(
        "responseHeader",
        "responseHeader",
        _r.model(
            "top_container_search_result_response_header",
            "TopContainerSearchResultResponseHeader",
        ),
    ),
    _r.Field(
        "response",
        "response",
        _r.model("top_container_solr_documents", "TopContainerSolrDocuments"),
    ),
    _r.Field(
        "facet_counts",
        "facet_counts",
        _r.model(
            "top_container_search_result_facet_counts",
            "TopContainerSearchResultFacetCounts",
        ),
    ),
    extra=_r.ANY,
)
