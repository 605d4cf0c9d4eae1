from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_container_search_result_facet_counts import (
        TopContainerSearchResultFacetCounts,
    )
    from ..models.top_container_search_result_response_header import (
        TopContainerSearchResultResponseHeader,
    )
    from ..models.top_container_solr_documents import TopContainerSolrDocuments

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.top_container_search_result_facet_counts import (
        TopContainerSearchResultFacetCounts,  # noqa: PLC0415
    )
    from ..models.top_container_search_result_response_header import (
        TopContainerSearchResultResponseHeader,  # noqa: PLC0415
    )
    from ..models.top_container_solr_documents import TopContainerSolrDocuments  # noqa: PLC0415

    globals().update(
        {
            "TopContainerSearchResultFacetCounts": TopContainerSearchResultFacetCounts,
            "TopContainerSearchResultResponseHeader": TopContainerSearchResultResponseHeader,
            "TopContainerSolrDocuments": TopContainerSolrDocuments,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TopContainerSearchResult")


@_attrs_define
class TopContainerSearchResult:
    """The raw Solr answer to a top container search, passed through by the server (not the ArchivesSpace search envelope).
    The documents are Solr documents of top containers; each has a `json` string holding the full record.

        Attributes:
            response_header (TopContainerSearchResultResponseHeader | Unset): Solr's header (status, query time, the
                parameters it ran with).
            response (TopContainerSolrDocuments | Unset): The matching documents of a top container search.
            facet_counts (TopContainerSearchResultFacetCounts | Unset): Facet counts when `facet[]` was given:
                `facet_fields` maps each field to a flat list alternating value and count.
    """

    response_header: TopContainerSearchResultResponseHeader | Unset = UNSET
    response: TopContainerSolrDocuments | Unset = UNSET
    facet_counts: TopContainerSearchResultFacetCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        response_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_header, Unset):
            response_header = self.response_header.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        facet_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facet_counts, Unset):
            facet_counts = self.facet_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_header is not UNSET:
            field_dict["responseHeader"] = response_header
        if response is not UNSET:
            field_dict["response"] = response
        if facet_counts is not UNSET:
            field_dict["facet_counts"] = facet_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _response_header = d.pop("responseHeader", UNSET)
        response_header: TopContainerSearchResultResponseHeader | Unset
        if isinstance(_response_header, Unset):
            response_header = UNSET
        else:
            response_header = TopContainerSearchResultResponseHeader.from_dict(
                _response_header
            )

        _response = d.pop("response", UNSET)
        response: TopContainerSolrDocuments | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = TopContainerSolrDocuments.from_dict(_response)

        _facet_counts = d.pop("facet_counts", UNSET)
        facet_counts: TopContainerSearchResultFacetCounts | Unset
        if isinstance(_facet_counts, Unset):
            facet_counts = UNSET
        else:
            facet_counts = TopContainerSearchResultFacetCounts.from_dict(_facet_counts)

        _obj = cls(
            response_header=response_header,
            response=response,
            facet_counts=facet_counts,
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
