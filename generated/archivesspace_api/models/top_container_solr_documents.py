from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.top_container_solr_documents_docs_item import (
        TopContainerSolrDocumentsDocsItem,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.top_container_solr_documents_docs_item import (
        TopContainerSolrDocumentsDocsItem,  # noqa: PLC0415
    )

    globals().update(
        {
            "TopContainerSolrDocumentsDocsItem": TopContainerSolrDocumentsDocsItem,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="TopContainerSolrDocuments")


@_attrs_define
class TopContainerSolrDocuments:
    """The matching documents of a top container search.

    Attributes:
        num_found (int | Unset): How many documents matched.
        start (int | Unset): The offset of the first document (0).
        num_found_exact (bool | Unset):
        docs (list[TopContainerSolrDocumentsDocsItem] | Unset): The Solr documents: `id` and `uri` (the container's
            URI), `title`, `primary_type`, `json` (the full record as a JSON string) and other indexed fields.
    """

    num_found: int | Unset = UNSET
    start: int | Unset = UNSET
    num_found_exact: bool | Unset = UNSET
    docs: list[TopContainerSolrDocumentsDocsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        num_found = self.num_found

        start = self.start

        num_found_exact = self.num_found_exact

        docs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.docs, Unset):
            docs = []
            for docs_item_data in self.docs:
                docs_item = docs_item_data.to_dict()
                docs.append(docs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_found is not UNSET:
            field_dict["numFound"] = num_found
        if start is not UNSET:
            field_dict["start"] = start
        if num_found_exact is not UNSET:
            field_dict["numFoundExact"] = num_found_exact
        if docs is not UNSET:
            field_dict["docs"] = docs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        num_found = d.pop("numFound", UNSET)

        start = d.pop("start", UNSET)

        num_found_exact = d.pop("numFoundExact", UNSET)

        _docs = d.pop("docs", UNSET)
        docs: list[TopContainerSolrDocumentsDocsItem] | Unset = UNSET
        if _docs is not UNSET:
            docs = []
            for docs_item_data in _docs:
                docs_item = TopContainerSolrDocumentsDocsItem.from_dict(docs_item_data)

                docs.append(docs_item)

        _obj = cls(
            num_found=num_found,
            start=start,
            num_found_exact=num_found_exact,
            docs=docs,
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
