"""``aspace.search(...)``: every hit of a search, page by page, each hit's record parsed into its typed model."""

from __future__ import annotations

import difflib
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
from archivesspace_api import _records as _r
from archivesspace_api.api.search import AsyncSearchNamespace, SearchNamespace
from archivesspace_api.api.top_containers import AsyncTopContainersNamespace, TopContainersNamespace
from archivesspace_api.models.search_page import SearchPage
from archivesspace_api.models.search_result import SearchResult
from archivesspace_api.types import UNSET

from .. import errors
from ..pagination import AsyncPager, Fetcher, Pager, count
from ._records import SearchRecord, parse_record
from .query import Query, to_aq

if TYPE_CHECKING:
    from archivesspace_api.models.top_container_search_result import TopContainerSearchResult
    from typing_extensions import Unpack

MAX_PAGE_SIZE = 250


class QueryParameters(TypedDict, total=False):
    """What a search asks for, named alike on every search route (``aspace.search(...)``, ``search.all``,
    ``search.repository``, ``search.repositories``, ``search.location_profiles``, ``top_containers.search``):
    the wire names without ``[]`` and without generated underscores. ``aq`` and ``filter`` take a query object
    (:mod:`fonds.archivesspace.query`) or its JSON text; list parameters take a list, never a bare string.

    Example::

        aspace.search.all(page=1, type=["resource"], facet=["subjects"], filter=Q.boolean("publish"))
    """

    aq: Query | str
    type: Sequence[str]
    sort: str
    facet: Sequence[str]
    facet_mincount: int
    filter: Query | str
    filter_query: Sequence[str]
    exclude: Sequence[str]
    hl: bool
    root_record: str
    dt: str
    fields: Sequence[str]


class SearchParameters(QueryParameters, total=False):
    """:class:`QueryParameters` and the keyword query ``q``, as the raw search routes take them.

    Example: ``aspace.top_containers.search(repo_id=2, q="box", type=["top_container"])``.
    """

    q: str


class PagedSearchParameters(SearchParameters, total=False):
    """:class:`SearchParameters` and the paging options of the paged search routes (``page`` aside).

    Example: ``aspace.search.all(page=2, q="papers", page_size=50, resolve=["repository:id"])``.
    """

    page_size: int
    modified_since: int
    sort_field: str
    sort_direction: str
    resolve: Sequence[str]


_LISTS = frozenset({"type", "facet", "filter_query", "exclude", "fields", "resolve"})
_QUERIES = frozenset({"aq", "filter"})
_PAGED: frozenset[str] = PagedSearchParameters.__optional_keys__
_UNPAGED: frozenset[str] = SearchParameters.__optional_keys__


def wire_arguments(operation: str, params: dict[str, Any], allowed: frozenset[str] = _PAGED) -> dict[str, Any]:
    """The generated operation's keyword arguments for ``params`` (the same names: ``type``, ``filter``): query
    objects encoded, lists checked; a name the route does not take is refused."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        if name not in allowed:
            near = difflib.get_close_matches(name, allowed, n=1)
            hint = f"a parameter of this route (did you mean {near[0]}?)" if near else "a parameter of this route"
            raise errors.InvalidArgument(operation, name, hint, "a name it does not take")
        if value is None or value is UNSET:
            continue
        if name in _QUERIES:
            if isinstance(value, Query):
                value = to_aq(value)
            elif not isinstance(value, str):
                raise errors.InvalidArgument(operation, name, "a query object or its JSON text", type(value).__name__)
        elif name in _LISTS:
            if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
                raise errors.InvalidArgument(
                    operation, name, "a list of strings, such as ['resource']", type(value).__name__
                )
            for index, item in enumerate(value):
                if not isinstance(item, str):  # str enums (RecordType.RESOURCE) are str
                    raise errors.InvalidArgument(
                        operation, name, "a list of strings, such as ['resource']", f"item {index}: {_r.describe(item)}"
                    )
            value = list(value)
        out[name] = value
    return out


@attrs.frozen
class Hit:
    """One search hit: ``record`` (the typed model, parsed from the hit's ``json`` text: one of
    :data:`SearchRecord`, an ``UnknownRecord`` for a type fonds does not model, None when the hit carries no
    ``json``, as with ``fields=[...]``), and ``result`` (the raw Solr document as a ``SearchResult``).

    Example::

        for hit in aspace.search("papers"):
            if isinstance(hit.record, Resource):
                print(hit.uri, hit.record.title)
    """

    record: SearchRecord | None
    result: SearchResult

    @property
    def uri(self) -> str | None:
        """The hit's record URI. Example: ``hit.uri == "/repositories/2/resources/1"``."""
        uri = self.result.uri
        return uri if isinstance(uri, str) else None


def _hit(result: SearchResult) -> Hit:
    text = result.json
    record: SearchRecord | None = None
    if isinstance(text, str):
        try:
            record = parse_record(_r.loads(text))
        except ValueError:
            record = None
    return Hit(record, result)


def facet_counts(page: SearchPage) -> dict[str, dict[str, int]]:
    """The page's facets as ``{field: {value: count}}`` (the server sends flat ``[value, count, ...]`` lists).

    Example: ``facet_counts(aspace.search.all(page=1, facet=["level"]))["level"]["file"]``.
    """
    facets = page.facets
    fields = getattr(facets, "facet_fields", None)
    if not fields or not hasattr(fields, "additional_properties"):
        return {}
    out: dict[str, dict[str, int]] = {}
    for name, flat in fields.additional_properties.items():
        pairs = list(flat) if isinstance(flat, list) else []
        counts: dict[str, int] = {}
        for i in range(0, len(pairs) - 1, 2):
            count_ = pairs[i + 1]
            if type(count_) is not int:  # Solr sends counts as integers; anything else is not a facet list
                raise errors.RecordError(
                    "SearchPage",
                    None,
                    f"facets.facet_fields.{name}",
                    "value, count pairs",
                    _r.describe(count_) + " as a count",
                )
            counts[str(pairs[i])] = count_
        out[str(name)] = counts
    return out


_MISSING: Any = object()


class _FirstPage:
    """The pages of one search: the first one can be fetched early (for ``total_hits``) and is then handed to
    the pager instead of being asked for twice."""

    def __init__(self, request: Callable[[int], Any], start_page: int, page_size: int | None = None) -> None:
        self._request = request
        self.start_page = start_page
        self.page_size = page_size
        self.answer: Any = _MISSING
        self.total_hits: int | None = None
        self.facets: dict[str, dict[str, int]] = {}

    def note(self, page: SearchPage) -> None:
        if self.total_hits is None:
            facets = facet_counts(page)  # first: a page whose facets cannot be read leaves nothing noted
            self.total_hits = int(page.total_hits)
            self.facets = facets

    def unpack(self, page: SearchPage) -> tuple[list[Any], int]:
        self.note(page)
        return [_hit(r) for r in page.results], int(page.last_page)

    def request(self, page: int) -> Any:
        if page == self.start_page and self.answer is not _MISSING:
            answer, self.answer = self.answer, _MISSING
            return answer
        return self._request(page)

    async def arequest(self, page: int) -> Any:
        if page == self.start_page and self.answer is not _MISSING:
            answer, self.answer = self.answer, _MISSING
            return answer
        awaitable: Awaitable[Any] = self._request(page)
        return await awaitable


class SearchResults(Pager[Hit]):
    """Every hit of a search, lazily. ``total_hits`` and ``facets`` fetch the first page when they are read
    before iterating (that page is not fetched again).

    Example::

        results = aspace.search("papers", type=["resource"], facet=["subjects"])
        print(results.total_hits, results.facets["subjects"])
        for hit in results:
            print(hit.uri)
    """

    def __init__(self, pages: _FirstPage) -> None:
        super().__init__(Fetcher(pages.request, pages.unpack, pages.page_size), pages.start_page)
        self._pages = pages

    def _load(self) -> None:
        pages = self._pages
        if pages.total_hits is None:
            answer = pages.request(pages.start_page)
            pages.note(answer)
            if self.next_page == pages.start_page:
                pages.answer = answer

    @property
    def total_hits(self) -> int:
        """The number of hits (read from the first page, fetched now if need be).

        Example: ``aspace.search("papers").total_hits``.
        """
        self._load()
        return self._pages.total_hits or 0

    @property
    def facets(self) -> dict[str, dict[str, int]]:
        """``{field: {value: count}}`` for the requested facets (from the first page, fetched now if need be).

        Example: ``aspace.search(facet=["level"]).facets["level"]``.
        """
        self._load()
        return self._pages.facets


class AsyncSearchResults(AsyncPager[Hit]):
    """The asynchronous twin of :class:`SearchResults`. ``total_hits`` and ``facets`` are known once the first
    page is in: ``await results.load()`` fetches it before iterating (it is not fetched again).

    Example::

        results = await aspace.search("papers").load()
        print(results.total_hits)
        async for hit in results:
            print(hit.uri)
    """

    def __init__(self, pages: _FirstPage, concurrency: int = 1) -> None:
        super().__init__(Fetcher(pages.arequest, pages.unpack, pages.page_size), pages.start_page, concurrency)
        self._pages = pages

    async def load(self) -> AsyncSearchResults:
        """Fetch the first page now (once), so ``total_hits`` and ``facets`` are known; returns the results.

        Example: ``total = (await aspace.search("papers").load()).total_hits``.
        """
        pages = self._pages
        if pages.total_hits is None:
            answer = await pages.arequest(pages.start_page)
            pages.note(answer)
            if self.next_page == pages.start_page:
                pages.answer = answer
        return self

    @property
    def total_hits(self) -> int | None:
        """The number of hits (None until the first page is in: see :meth:`load`).

        Example: ``(await aspace.search("papers").load()).total_hits``.
        """
        return self._pages.total_hits

    @property
    def facets(self) -> dict[str, dict[str, int]]:
        """``{field: {value: count}}`` (empty until the first page is in: see :meth:`load`).

        Example: ``(await aspace.search(facet=["level"]).load()).facets["level"]``.
        """
        return self._pages.facets


def _search_kwargs(
    q: str | None, page_size: int, params: dict[str, Any], resolve: Sequence[str] | None
) -> dict[str, Any]:
    page_size = count("search", "page_size", page_size)
    kwargs = wire_arguments("search", {**params, "q": q, "resolve": resolve})
    kwargs["page_size"] = min(page_size, MAX_PAGE_SIZE)
    return kwargs


class Search(SearchNamespace):
    """The ``search`` namespace, callable: ``aspace.search("papers")`` pages through every hit. The raw routes
    (``all``, ``repository``, ``repositories``, ``location_profiles``) take the same names
    (:class:`QueryParameters`): ``type``, ``facet``, ``filter``, and query objects for ``aq``/``filter``.

    Example::

        from fonds.archivesspace import query as Q

        for hit in aspace.search(aq=Q.field("title", "papers"), repo_id=2, type=["archival_object"]):
            print(hit.uri)
        page = aspace.search.all(page=1, aq=Q.field("title", "papers"), type=["resource"])
    """

    def __call__(
        self,
        q: str | None = None,
        *,
        repo_id: int | None = None,
        resolve: Sequence[str] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        **params: Unpack[QueryParameters],
    ) -> SearchResults:
        """Every hit of a search of every repository (or of one, with ``repo_id``); see the class docstring.

        Example: ``aspace.search("papers", repo_id=2, type=["resource"], facet=["subjects"])``.
        """
        kwargs = _search_kwargs(q, page_size, dict(params), resolve)
        if repo_id is None:
            request = lambda page: super(Search, self).all(page=page, **kwargs)  # noqa: E731
        else:
            request = lambda page: super(Search, self).repository(repo_id=repo_id, page=page, **kwargs)  # noqa: E731
        return SearchResults(_FirstPage(request, start_page, kwargs["page_size"]))

    def all(self, *, page: int, **params: Unpack[PagedSearchParameters]) -> SearchPage:  # type: ignore[override]
        """One page of a search of the whole archive.

        Example: ``aspace.search.all(page=1, q="papers", type=["resource"])``.
        """
        return super().all(page=page, **wire_arguments("search_all", dict(params)))

    def repository(  # type: ignore[override]
        self,
        *,
        repo_id: int,
        page: int,
        csv_export_use_solr_writer: bool | None = None,
        **params: Unpack[PagedSearchParameters],
    ) -> SearchPage:
        """One page of a search of one repository.

        Example: ``aspace.search.repository(repo_id=2, page=1, filter=Q.boolean("publish"))``.
        """
        kwargs = wire_arguments("search_repository", dict(params))
        if csv_export_use_solr_writer is not None:
            kwargs["csv_export_use_solr_writer"] = csv_export_use_solr_writer
        return super().repository(repo_id=repo_id, page=page, **kwargs)

    def repositories(self, *, page: int, **params: Unpack[PagedSearchParameters]) -> SearchPage:  # type: ignore[override]
        """One page of a search of the repository records.

        Example: ``aspace.search.repositories(page=1, q="archives")``.
        """
        return super().repositories(page=page, **wire_arguments("search_repositories", dict(params)))

    def location_profiles(self, *, page: int, **params: Unpack[PagedSearchParameters]) -> SearchPage:  # type: ignore[override]
        """One page of a search of the location profiles.

        Example: ``aspace.search.location_profiles(page=1, q="shelf")``.
        """
        return super().location_profiles(page=page, **wire_arguments("search_location_profiles", dict(params)))


class AsyncSearch(AsyncSearchNamespace):
    """The asynchronous ``search`` namespace, callable: ``async for hit in aspace.search("papers")``; the raw
    routes take the names :class:`Search`'s do.

    Example: ``page = await aspace.search.all(page=1, type=["resource"])``.
    """

    def __call__(
        self,
        q: str | None = None,
        *,
        repo_id: int | None = None,
        resolve: Sequence[str] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_page: int = 1,
        concurrency: int = 1,
        **params: Unpack[QueryParameters],
    ) -> AsyncSearchResults:
        """Every hit, keeping up to ``concurrency`` pages in flight.

        Example: ``async for hit in aspace.search("papers", concurrency=4): ...``.
        """
        kwargs = _search_kwargs(q, page_size, dict(params), resolve)
        if repo_id is None:
            request = lambda page: super(AsyncSearch, self).all(page=page, **kwargs)  # noqa: E731
        else:
            request = lambda page: super(AsyncSearch, self).repository(repo_id=repo_id, page=page, **kwargs)  # noqa: E731
        return AsyncSearchResults(_FirstPage(request, start_page, kwargs["page_size"]), concurrency)

    async def all(self, *, page: int, **params: Unpack[PagedSearchParameters]) -> SearchPage:  # type: ignore[override]
        """One page of a search of the whole archive. Example: ``await aspace.search.all(page=1, q="x")``."""
        return await super().all(page=page, **wire_arguments("search_all", dict(params)))

    async def repository(  # type: ignore[override]
        self,
        *,
        repo_id: int,
        page: int,
        csv_export_use_solr_writer: bool | None = None,
        **params: Unpack[PagedSearchParameters],
    ) -> SearchPage:
        """One page of a search of one repository. Example: ``await aspace.search.repository(repo_id=2, page=1)``."""
        kwargs = wire_arguments("search_repository", dict(params))
        if csv_export_use_solr_writer is not None:
            kwargs["csv_export_use_solr_writer"] = csv_export_use_solr_writer
        return await super().repository(repo_id=repo_id, page=page, **kwargs)

    async def repositories(self, *, page: int, **params: Unpack[PagedSearchParameters]) -> SearchPage:  # type: ignore[override]
        """One page of a search of the repository records. Example: ``await aspace.search.repositories(page=1)``."""
        return await super().repositories(page=page, **wire_arguments("search_repositories", dict(params)))

    async def location_profiles(  # type: ignore[override]
        self, *, page: int, **params: Unpack[PagedSearchParameters]
    ) -> SearchPage:
        """One page of a search of the location profiles. Example: ``await aspace.search.location_profiles(page=1)``."""
        return await super().location_profiles(page=page, **wire_arguments("search_location_profiles", dict(params)))


class TopContainers(TopContainersNamespace):
    """``aspace.top_containers``: every route; ``search`` takes the names every search route takes
    (:class:`SearchParameters`: ``type``, ``filter``, query objects for ``aq``/``filter``).

    Example: ``aspace.top_containers.search(repo_id=2, q="box 1", filter=Q.boolean("publish"))``.
    """

    def search(self, *, repo_id: int, **params: Unpack[SearchParameters]) -> TopContainerSearchResult:  # type: ignore[override]
        """The repository's top containers matching a search (the server's raw Solr answer; not paged).

        Example: ``aspace.top_containers.search(repo_id=2, q="box", type=["top_container"])``.
        """
        return super().search(repo_id=repo_id, **wire_arguments("search_top_containers", dict(params), _UNPAGED))


class AsyncTopContainers(AsyncTopContainersNamespace):
    """The asynchronous ``aspace.top_containers``; ``search`` takes the names every search route takes.

    Example: ``await aspace.top_containers.search(repo_id=2, q="box")``.
    """

    async def search(  # type: ignore[override]
        self, *, repo_id: int, **params: Unpack[SearchParameters]
    ) -> TopContainerSearchResult:
        """The repository's top containers matching a search. Example: see :class:`TopContainers`."""
        params_ = wire_arguments("search_top_containers", dict(params), _UNPAGED)
        return await super().search(repo_id=repo_id, **params_)
