"""``aspace.search(...)``: every hit of a search, page by page, each hit's record parsed into its typed model."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import attrs
from archivesspace_api.api.search import AsyncSearchNamespace, SearchNamespace
from archivesspace_api.models.search_page import SearchPage
from archivesspace_api.models.search_result import SearchResult
from archivesspace_api.types import UNSET

from ..pagination import AsyncPager, Fetcher, Pager
from ._records import parse_record
from .query import Query, to_aq

MAX_PAGE_SIZE = 250


@attrs.frozen
class Hit:
    """One search hit: ``record`` (the typed model, parsed from the hit's ``json`` text; a dict for a type fonds
    does not model), and ``result`` (the raw Solr document as a ``SearchResult``)."""

    record: Any
    result: SearchResult

    @property
    def uri(self) -> str | None:
        """The hit's record URI."""
        uri = self.result.uri
        return uri if isinstance(uri, str) else None


def _hit(result: SearchResult) -> Hit:
    text = result.json
    record: Any = None
    if isinstance(text, str):
        try:
            record = parse_record(json.loads(text))
        except ValueError:
            record = None
    return Hit(record, result)


def facet_counts(page: SearchPage) -> dict[str, dict[str, int]]:
    """The page's facets as ``{field: {value: count}}`` (the server sends flat ``[value, count, ...]`` lists)."""
    facets = page.facets
    fields = getattr(facets, "facet_fields", None)
    if not fields or not hasattr(fields, "additional_properties"):
        return {}
    out: dict[str, dict[str, int]] = {}
    for name, flat in fields.additional_properties.items():
        pairs = list(flat) if isinstance(flat, list) else []
        out[str(name)] = {str(pairs[i]): int(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)}
    return out


class _Tracker:
    """Remembers the first page's totals and facets while the pager walks the pages."""

    def __init__(self) -> None:
        self.total_hits: int | None = None
        self.facets: dict[str, dict[str, int]] = {}

    def unpack(self, page: SearchPage) -> tuple[list[Any], int]:
        if self.total_hits is None:
            self.total_hits = int(page.total_hits)
            self.facets = facet_counts(page)
        return [_hit(r) for r in page.results], int(page.last_page)


class SearchResults(Pager[Hit]):
    """Every hit of a search, lazily. ``total_hits`` and ``facets`` are known once the first page is in.

    Example::

        results = aspace.search("papers", type=["resource"], facets=["subjects"])
        for hit in results:
            print(hit.uri, hit.record.title)
        print(results.total_hits, results.facets["subjects"])
    """

    def __init__(self, fetcher: Fetcher, tracker: _Tracker, start_page: int = 1) -> None:
        super().__init__(fetcher, start_page)
        self._tracker = tracker

    @property
    def total_hits(self) -> int | None:
        """The number of hits (None until the first page is fetched)."""
        return self._tracker.total_hits

    @property
    def facets(self) -> dict[str, dict[str, int]]:
        """``{field: {value: count}}`` for the requested facets (empty until the first page is fetched)."""
        return self._tracker.facets


class AsyncSearchResults(AsyncPager[Hit]):
    """The asynchronous twin of :class:`SearchResults`."""

    def __init__(self, fetcher: Fetcher, tracker: _Tracker, start_page: int = 1, concurrency: int = 1) -> None:
        super().__init__(fetcher, start_page, concurrency)
        self._tracker = tracker

    @property
    def total_hits(self) -> int | None:
        """The number of hits (None until the first page is fetched)."""
        return self._tracker.total_hits

    @property
    def facets(self) -> dict[str, dict[str, int]]:
        """``{field: {value: count}}`` (empty until the first page is fetched)."""
        return self._tracker.facets


def _arguments(
    q: str | None,
    aq: Query | str | None,
    type: Sequence[str] | None,
    facets: Sequence[str] | None,
    filter: Query | str | None,
    sort: str | None,
    fields: Sequence[str] | None,
    root_record: str | None,
    page_size: int,
) -> dict[str, Any]:
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    return {
        "q": q if q is not None else UNSET,
        "aq": (to_aq(aq) if isinstance(aq, Query) else aq) if aq is not None else UNSET,
        "type_": list(type) if type else UNSET,
        "facet": list(facets) if facets else UNSET,
        "filter_": (to_aq(filter) if isinstance(filter, Query) else filter) if filter is not None else UNSET,
        "sort": sort or UNSET,
        "fields": list(fields) if fields else UNSET,
        "root_record": root_record or UNSET,
        "page_size": min(page_size, MAX_PAGE_SIZE),
    }


class Search(SearchNamespace):
    """The ``search`` namespace, callable: ``aspace.search("papers")`` pages through every hit; the raw routes
    stay available (``aspace.search.all(page=1, q="papers")``).

    Example::

        from fonds.archivesspace import query as Q

        for hit in aspace.search(aq=Q.field("title", "papers"), repo_id=2, type=["archival_object"]):
            print(hit.record.title)
    """

    def __call__(
        self,
        q: str | None = None,
        *,
        aq: Query | str | None = None,
        repo_id: int | None = None,
        type: Sequence[str] | None = None,
        facets: Sequence[str] | None = None,
        filter: Query | str | None = None,
        sort: str | None = None,
        fields: Sequence[str] | None = None,
        root_record: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
    ) -> SearchResults:
        """Search every repository (or one, with ``repo_id``); see the class docstring."""
        kwargs = _arguments(q, aq, type, facets, filter, sort, fields, root_record, page_size)
        tracker = _Tracker()
        if repo_id is None:
            request = lambda page: self.all(page=page, **kwargs)  # noqa: E731
        else:
            request = lambda page: self.repository(repo_id=repo_id, page=page, **kwargs)  # noqa: E731
        return SearchResults(Fetcher(request, tracker.unpack, kwargs["page_size"]), tracker, start_page)


class AsyncSearch(AsyncSearchNamespace):
    """The asynchronous ``search`` namespace, callable: ``async for hit in aspace.search("papers")``."""

    def __call__(
        self,
        q: str | None = None,
        *,
        aq: Query | str | None = None,
        repo_id: int | None = None,
        type: Sequence[str] | None = None,
        facets: Sequence[str] | None = None,
        filter: Query | str | None = None,
        sort: str | None = None,
        fields: Sequence[str] | None = None,
        root_record: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncSearchResults:
        """Search every repository (or one, with ``repo_id``), keeping up to ``concurrency`` pages in flight."""
        kwargs = _arguments(q, aq, type, facets, filter, sort, fields, root_record, page_size)
        tracker = _Tracker()
        if repo_id is None:
            request = lambda page: self.all(page=page, **kwargs)  # noqa: E731
        else:
            request = lambda page: self.repository(repo_id=repo_id, page=page, **kwargs)  # noqa: E731
        return AsyncSearchResults(
            Fetcher(request, tracker.unpack, kwargs["page_size"]), tracker, start_page, concurrency
        )
