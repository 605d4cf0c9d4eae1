"""Paging through listings: :class:`Pager` (sync) and :class:`AsyncPager` (async, several pages in flight).

Both take a *fetcher* that knows one API's paging (ArchivesSpace's ``page``/``page_size``, the Storage Service's
Tastypie ``limit``/``offset``) and iterate every record lazily, page by page, in order. ``by_page()`` yields whole
pages. ``next_page`` tells where an interrupted harvest stopped; pass it back as ``start_page`` to resume::

    pager = aspace.archival_objects.list(repo_id=2)
    try:
        for page in pager.by_page():
            save(page)
    except fonds.errors.TransportError:
        resume_at = pager.next_page          # store it; later:
    aspace.archival_objects.list(repo_id=2, start_page=resume_at)

For an incremental sync, pass ``modified_since`` (seconds since the epoch) to the listing instead.
"""

from __future__ import annotations

import asyncio
import math
import sys
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, Generic, TypeVar

import attrs

from .errors import FondsError, InvalidArgument, PagingError

T = TypeVar("T")

ASPACE_MAX_PAGE_SIZE = 250
TASTYPIE_MAX_LIMIT = 1000


@attrs.frozen
class PageFacts:
    """What one answered page says about itself: its ``records``, the number of the ``last_page``, and when the
    API tells them, the page ``number`` it answered, the ``offset`` of its first record, the ``total`` of the
    listing, the page ``size`` the request asked for, and how many records the fetcher ``skipped`` on purpose.

    Example: ``PageFacts(records, last_page=40, number=3, total=10_000)`` for page 3 of an ArchivesSpace listing.
    """

    records: list[Any]
    last_page: int
    number: int | None = None
    offset: int | None = None
    total: int | None = None
    size: int | None = None
    #: Records the fetcher left out on purpose (a package the server cannot serialize, logged as skipped): the
    #: page counts as holding them.
    skipped: int = 0


class Fetcher:
    """One API's paging: ``request(page)`` asks for a page (a value, or an awaitable for async clients) and
    ``unpack(answer)`` gives its :class:`PageFacts` (or just ``(records, last_page)``); ``size`` is the page size
    asked for, when the unpacked facts do not tell it."""

    def __init__(
        self,
        request: Callable[[int], Any],
        unpack: Callable[[Any], PageFacts | tuple[list[Any], int]],
        size: int | None = None,
    ) -> None:
        self.request = request
        self.unpack = unpack
        self.size = size


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _field(answer: Any, *names: str) -> int | None:
    """An integer field of an answer, None when it is absent, unset or unreadable (a lazy record's RecordError)."""
    for name in names:
        try:
            value = _number(getattr(answer, name, None))
        except Exception:  # a damaged field is as good as an absent one here
            value = None
        if value is not None:
            return value
    return None


def count(operation: str, name: str, value: Any, minimum: int = 1) -> int:
    """``value`` checked as a whole number of at least ``minimum`` (a page size, a start page, a concurrency);
    anything else (a str, None, a bool, a float) is ``InvalidArgument`` before anything is sent.

    Example: ``count("list", "page_size", 100) == 100``; ``count("list", "page_size", "100")`` raises.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        shown = repr(value) if isinstance(value, (int, float)) else type(value).__name__
        raise InvalidArgument(operation, name, f"an integer >= {minimum}", shown)
    return value


def aspace_fetcher(call: Callable[..., Any], kwargs: dict[str, Any], page_size: int) -> Fetcher:
    """ArchivesSpace's ``page``/``page_size`` paging (``Pager(aspace_fetcher(call, {"repo_id": 2}, 100))``; page size
    capped at 250, as the server does)."""
    size = min(count("list", "page_size", page_size), ASPACE_MAX_PAGE_SIZE)

    def unpack(answer: Any) -> PageFacts:
        number, total = _field(answer, "this_page"), _field(answer, "total")
        return PageFacts(list(answer.results), int(answer.last_page), number=number, total=total, size=size)

    return Fetcher(lambda page: call(page=page, page_size=size, **kwargs), unpack, size)


def tastypie_fetcher(call: Callable[..., Any], kwargs: dict[str, Any], page_size: int) -> Fetcher:
    """The Storage Service's Tastypie ``limit``/``offset`` paging (limit capped at 1000). Pages are asked for by
    offset, never by following ``meta.next``, which echoes credentials sent as parameters."""
    size = min(count("list", "page_size", page_size), TASTYPIE_MAX_LIMIT)

    return Fetcher(
        lambda page: call(limit=size, offset=(page - 1) * size, **kwargs), lambda a: tastypie_facts(a, size), size
    )


def tastypie_facts(answer: Any, size: int) -> PageFacts:
    """The :class:`PageFacts` of a Tastypie page (``meta.total_count``, ``meta.offset``, ``objects``) asked for in
    pages of ``size``. Example: ``tastypie_facts(page, 1000).total``."""
    total = int(answer.meta.total_count)
    last = max(1, math.ceil(total / size))
    return PageFacts(list(answer.objects), last, offset=_field(answer.meta, "offset"), total=total, size=size)


def identity(record: Any) -> str | None:
    """What tells a listed record from the others, read from its JSON without parsing the record: its ``uri``
    (Tastypie's ``resource_uri``); for a search ``Hit``, its Solr document's ``id`` (a record's staff and public
    documents share a ``uri``). None for a record built by keyword or without one.

    Example: ``identity(Accession.from_dict({"uri": "/repositories/2/accessions/1"}))`` is that URI.
    """
    data = getattr(record, "_json", None)  # a parsed record's JSON: reading it costs no first read
    if data is None and type(record).__name__ == "Hit":
        data = getattr(getattr(record, "result", None), "_json", None)
        value = data.get("id") or data.get("uri") if isinstance(data, dict) else None
        return value if isinstance(value, str) and value else None
    if not isinstance(data, dict):
        return None
    value = data.get("uri") or data.get("resource_uri")
    return value if isinstance(value, str) and value else None


class _Checks:
    """Whether each page answered is the one asked for and fits the pages before it (same total, same last
    page, full pages before the last, no record of the page before it again, no record twice): the checks that
    keep a harvest from losing or repeating records."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._unpack = fetcher.unpack
        self._asked = fetcher.size
        self.last: int | None = None
        self.total: int | None = None
        self.size: int | None = None
        self._previous: frozenset[str] = frozenset()  # the URIs of the page accepted last
        self._current: frozenset[str] = frozenset()

    def facts(self, answer: Any) -> PageFacts:
        unpacked = self._unpack(answer)
        if isinstance(unpacked, PageFacts):
            return unpacked
        records, last = unpacked  # a fetcher that tells only records and last page: read what else the page says
        number, total = _field(answer, "this_page"), _field(answer, "total", "total_hits")
        return PageFacts(list(records), int(last), number, None, total, self._asked)

    def problem(self, page: int, answer: Any) -> tuple[PageFacts | None, str | None]:
        """The page's facts, and what is wrong with it (None when nothing is)."""
        try:
            facts = self.facts(answer)
        except Exception as exc:  # not a page at all: a lazy record's RecordError, a wrong shape
            return None, f"the answer for page {page} is not a listing page ({type(exc).__name__}: {exc})"
        return facts, self._problem(page, facts)

    def _size(self, page: int, facts: PageFacts) -> int | None:
        """The number of records every page but the last must hold: the size asked for, unless the total and
        last page say the server applies a smaller one (a lower maximum page size), which the first page seen
        then tells."""
        if self.size is not None:
            return self.size
        asked, total, last = facts.size, facts.total, max(1, facts.last_page)
        if asked is not None and (total is None or max(1, math.ceil(total / asked)) == last):
            return asked
        count = len(facts.records)
        if page < facts.last_page and count and (asked is None or count < asked):
            return count
        return None

    def _repeats(self, page: int, facts: PageFacts) -> str | None:
        """What is wrong with the records' URIs: one twice in the page, or one the page before held (records
        added or deleted while the listing was read shift every later page)."""
        uris = [uri for uri in map(identity, facts.records) if uri is not None]
        current = frozenset(uris)
        self._current = current
        if len(current) != len(uris):
            twice = next(uri for uri in uris if uris.count(uri) > 1)
            return f"page {page} holds {twice} twice"
        again = current & self._previous
        if again:
            first = min(again)
            return (
                f"page {page} repeats {len(again)} record(s) of page {page - 1} ({first}...): records were added "
                "or deleted while the listing was read"
            )
        return None

    def _problem(self, page: int, facts: PageFacts) -> str | None:
        count = len(facts.records) + facts.skipped
        if facts.total is not None and facts.total < 0:
            return f"page {page} says the listing holds {facts.total} records"
        if facts.last_page < 1 and count:
            return f"page {page} holds {count} records but says the listing has {facts.last_page} pages"
        if facts.number is not None and facts.number != page:
            return f"asked for page {page}, the server answered page {facts.number}"
        if facts.offset is not None and facts.size is not None and facts.offset != (page - 1) * facts.size:
            return f"asked for offset {(page - 1) * facts.size}, the server answered offset {facts.offset}"
        repeats = self._repeats(page, facts)
        if repeats is not None:
            return repeats
        if self.total is not None and facts.total is not None and facts.total != self.total:
            return f"the total moved from {self.total} to {facts.total} during the harvest"
        if self.last is not None and facts.last_page != self.last:
            return f"the last page moved from {self.last} to {facts.last_page} during the harvest"
        last = facts.last_page
        size = self._size(page, facts)
        if page < last:
            if count == 0:
                return f"page {page} of {last} is empty"
            if size is not None and count != size:
                return f"page {page} of {last} has {count} records, not {size}"
            if size is None:
                return f"page {page} of {last} has {count} records, more than the {facts.size} asked for"
            if facts.total is not None and max(1, math.ceil(facts.total / size)) != max(1, last):
                return f"{facts.total} records in pages of {size} do not make {last} pages"
            return None
        if facts.total is None:
            return None
        if page > max(1, last):
            expected: int | None = 0
        elif last <= 1:
            expected = facts.total
        else:
            expected = facts.total - (last - 1) * size if size is not None else None
        if expected is not None and expected >= 0 and count != expected:
            return f"the last page, {page}, has {count} records, not {expected}"
        return None

    def accept(self, page: int, facts: PageFacts) -> None:
        self._previous = self._current
        self.size = self._size(page, facts)
        self.last = facts.last_page if self.last is None else self.last
        self.total = facts.total if self.total is None else self.total


def _resume_note(exc: BaseException, page: int) -> None:
    if isinstance(exc, FondsError) and exc.resume_page is None:
        exc.resume_page = page
        if sys.version_info >= (3, 11):
            exc.add_note(f"the listing stopped at page {page}: resume with start_page={page}")


class Pager(Generic[T]):
    """Every record of a listing, fetched page by page as you iterate.

    Each page is checked: it must be the page asked for (``this_page``, Tastypie's ``offset``), keep the
    listing's total and last page, and be full unless it is the last. A page that fails is asked for once more;
    failing again it raises :class:`~fonds.errors.PagingError` naming the page to resume from. Any other error
    leaves ``next_page`` at the page to resume from (the error's notes say it too): no record is ever lost or
    repeated without an exception.

    Example::

        for accession in aspace.accessions.list(repo_id=2):
            print(accession.title)
    """

    def __init__(self, fetcher: Fetcher, start_page: int = 1) -> None:
        count("list", "start_page", start_page)
        self._fetcher = fetcher
        self._checks = _Checks(fetcher)
        self.next_page = start_page
        self.last_page: int | None = None

    def _get(self, page: int) -> list[Any]:
        problem = None
        for _ in range(2):
            try:
                answer = self._fetcher.request(page)
            except BaseException as exc:
                _resume_note(exc, page)
                raise
            facts, problem = self._checks.problem(page, answer)
            if facts is not None and problem is None:
                self._checks.accept(page, facts)
                self.last_page = self._checks.last
                return facts.records
        raise PagingError(f"{problem}, twice", page)

    def by_page(self) -> Iterator[list[T]]:
        """Whole pages, in order; ``next_page`` advances after each page is handed out.

        Example: ``for page in aspace.accessions.list(repo_id=2).by_page(): save(page)``.
        """
        while self.last_page is None or self.next_page <= self.last_page:
            records = self._get(self.next_page)
            self.next_page += 1
            yield records

    def __iter__(self) -> Iterator[T]:
        for page in self.by_page():
            yield from page

    def __repr__(self) -> str:
        return f"Pager(next_page={self.next_page}, last_page={self.last_page})"


class AsyncPager(Generic[T]):
    """Every record of a listing for ``async for``, with up to ``concurrency`` pages in flight, yielded in order
    and checked as :class:`Pager` checks them.

    Example::

        async for ao in aspace.archival_objects.list(repo_id=2, concurrency=8):
            ...
    """

    def __init__(self, fetcher: Fetcher, start_page: int = 1, concurrency: int = 1) -> None:
        count("list", "start_page", start_page)
        count("list", "concurrency", concurrency)
        self._fetcher = fetcher
        self._checks = _Checks(fetcher)
        self.next_page = start_page
        self.last_page: int | None = None
        self.concurrency = concurrency

    async def _request(self, page: int) -> Any:
        answer: Awaitable[Any] = self._fetcher.request(page)
        return await answer

    async def _checked(self, page: int, first: Awaitable[Any]) -> list[Any]:
        """The records of ``page`` from its answer (awaited from ``first``), asked for once more if it fails."""
        problem = None
        for attempt in range(2):
            try:
                got = await (first if attempt == 0 else self._request(page))
            except BaseException as exc:
                _resume_note(exc, page)
                raise
            facts, problem = self._checks.problem(page, got)
            if facts is not None and problem is None:
                self._checks.accept(page, facts)
                self.last_page = self._checks.last
                return facts.records
        raise PagingError(f"{problem}, twice", page)

    async def by_page(self) -> AsyncIterator[list[T]]:
        """Whole pages, in order; ``next_page`` advances after each page is handed out.

        Example: ``async for page in aspace.accessions.list(repo_id=2).by_page(): save(page)``.
        """
        records = await self._checked(self.next_page, self._request(self.next_page))
        last = self.last_page if self.last_page is not None else self.next_page
        self.next_page += 1
        yield records
        remaining = iter(range(self.next_page, last + 1))
        pending: deque[asyncio.Task[Any]] = deque(
            asyncio.ensure_future(self._request(p)) for p in islice(remaining, self.concurrency)
        )
        try:
            while pending:
                records = await self._checked(self.next_page, pending.popleft())
                follow = next(remaining, None)
                if follow is not None:
                    pending.append(asyncio.ensure_future(self._request(follow)))
                self.next_page += 1
                yield records
        finally:
            for task in pending:
                task.cancel()
            for task in pending:  # retrieve what the cancelled ones raised, so asyncio logs nothing
                if task.done() and not task.cancelled():
                    task.exception()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.by_page():
            for record in page:
                yield record

    def __repr__(self) -> str:
        return f"AsyncPager(next_page={self.next_page}, last_page={self.last_page}, concurrency={self.concurrency})"


def chunks(values: Iterable[int], size: int) -> Iterator[list[int]]:
    """``values`` in lists of at most ``size``: ``list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]``. A str,
    a mapping or anything not iterable is ``InvalidArgument`` (the ids of ``get_many``)."""
    if isinstance(values, (str, bytes, Mapping)) or not hasattr(values, "__iter__"):
        raise InvalidArgument("get_many", "ids", "an iterable of record ids, such as [1, 2, 3]", type(values).__name__)
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk
