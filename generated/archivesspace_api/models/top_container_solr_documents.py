from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_container_solr_documents_docs_item import (
        TopContainerSolrDocumentsDocsItem,
    )


@_attrs_define(slots=False, repr=False)
class TopContainerSolrDocuments(_r.Record):
    """The matching documents of a top container search.

    Attributes:
        numFound (int | Unset): How many documents matched.
        start (int | Unset): The offset of the first document (0).
        numFoundExact (bool | Unset):
        docs (list[TopContainerSolrDocumentsDocsItem] | Unset): The Solr documents: `id` and `uri` (the container's
            URI), `title`, `primary_type`, `json` (the full record as a JSON string) and other indexed fields.
    """

    numFound: int | Unset = UNSET
    start: int | Unset = UNSET
    numFoundExact: bool | Unset = UNSET
    docs: list[TopContainerSolrDocumentsDocsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerSolrDocuments,
    _r.Field("numFound", "numFound", _r.INT),
    _r.Field("start", "start", _r.INT),
    _r.Field("numFoundExact", "numFoundExact", _r.BOOL),
    _r.Field(
        "docs",
        "docs",
        _r.ListOf(
            _r.model(
                "top_container_solr_documents_docs_item",
                "TopContainerSolrDocumentsDocsItem",
            )
        ),
    ),
    extra=_r.ANY,
)
