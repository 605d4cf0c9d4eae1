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
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Generic, TypeVar

T = TypeVar("T")

ASPACE_MAX_PAGE_SIZE = 250
TASTYPIE_MAX_LIMIT = 1000


class Fetcher:
    """One API's paging: ``request(page)`` asks for a page (a value, or an awaitable for async clients) and
    ``unpack(answer)`` gives its records and the number of the last page."""

    def __init__(self, request: Callable[[int], Any], unpack: Callable[[Any], tuple[list[Any], int]]) -> None:
        self.request = request
        self.unpack = unpack


def aspace_fetcher(call: Callable[..., Any], kwargs: dict[str, Any], page_size: int) -> Fetcher:
    """ArchivesSpace's ``page``/``page_size`` paging (``Pager(aspace_fetcher(call, {"repo_id": 2}, 100))``; page size
    capped at 250, as the server does)."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    size = min(page_size, ASPACE_MAX_PAGE_SIZE)

    def unpack(answer: Any) -> tuple[list[Any], int]:
        return list(answer.results), int(answer.last_page)

    return Fetcher(lambda page: call(page=page, page_size=size, **kwargs), unpack)


def tastypie_fetcher(call: Callable[..., Any], kwargs: dict[str, Any], page_size: int) -> Fetcher:
    """The Storage Service's Tastypie ``limit``/``offset`` paging (limit capped at 1000). Pages are asked for by
    offset, never by following ``meta.next``, which echoes credentials sent as parameters."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    size = min(page_size, TASTYPIE_MAX_LIMIT)

    def unpack(answer: Any) -> tuple[list[Any], int]:
        total = int(answer.meta.total_count)
        return list(answer.objects), max(1, math.ceil(total / size))

    return Fetcher(lambda page: call(limit=size, offset=(page - 1) * size, **kwargs), unpack)


class Pager(Generic[T]):
    """Every record of a listing, fetched page by page as you iterate.

    Example::

        for accession in aspace.accessions.list(repo_id=2):
            print(accession.title)
    """

    def __init__(self, fetcher: Fetcher, start_page: int = 1) -> None:
        if start_page < 1:
            raise ValueError("start_page must be at least 1")
        self._fetcher = fetcher
        self.next_page = start_page
        self.last_page: int | None = None

    def by_page(self) -> Iterator[list[T]]:
        """Whole pages, in order; ``next_page`` advances after each page is handed out.

        Example: ``for page in aspace.accessions.list(repo_id=2).by_page(): save(page)``.
        """
        while self.last_page is None or self.next_page <= self.last_page:
            records, last = self._fetcher.unpack(self._fetcher.request(self.next_page))
            self.last_page = last if self.last_page is None else self.last_page
            self.next_page += 1
            yield records
            if not records:
                return

    def __iter__(self) -> Iterator[T]:
        for page in self.by_page():
            yield from page

    def __repr__(self) -> str:
        return f"Pager(next_page={self.next_page}, last_page={self.last_page})"


class AsyncPager(Generic[T]):
    """Every record of a listing for ``async for``, with up to ``concurrency`` pages in flight, yielded in order.

    Example::

        async for ao in aspace.archival_objects.list(repo_id=2, concurrency=8):
            ...
    """

    def __init__(self, fetcher: Fetcher, start_page: int = 1, concurrency: int = 1) -> None:
        if start_page < 1 or concurrency < 1:
            raise ValueError("start_page and concurrency must be at least 1")
        self._fetcher = fetcher
        self.next_page = start_page
        self.last_page: int | None = None
        self.concurrency = concurrency

    async def _fetch(self, page: int) -> tuple[list[Any], int]:
        answer: Awaitable[Any] = self._fetcher.request(page)
        return self._fetcher.unpack(await answer)

    async def by_page(self) -> AsyncIterator[list[T]]:
        """Whole pages, in order; ``next_page`` advances after each page is handed out.

        Example: ``async for page in aspace.accessions.list(repo_id=2).by_page(): save(page)``.
        """
        records, last = await self._fetch(self.next_page)
        self.last_page = last
        self.next_page += 1
        yield records
        if not records:
            return
        remaining = iter(range(self.next_page, last + 1))
        pending: deque[asyncio.Task[tuple[list[Any], int]]] = deque(
            asyncio.ensure_future(self._fetch(p)) for p in islice(remaining, self.concurrency)
        )
        try:
            while pending:
                records, _ = await pending.popleft()
                follow = next(remaining, None)
                if follow is not None:
                    pending.append(asyncio.ensure_future(self._fetch(follow)))
                self.next_page += 1
                yield records
        finally:
            for task in pending:
                task.cancel()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.by_page():
            for record in page:
                yield record

    def __repr__(self) -> str:
        return f"AsyncPager(next_page={self.next_page}, last_page={self.last_page}, concurrency={self.concurrency})"


def chunks(values: Iterable[int], size: int) -> Iterator[list[int]]:
    """``values`` in lists of at most ``size``: ``list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]``."""
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk
