"""The pagers' checks, property-tested: whatever pages a server answers wrongly (the page before, an empty or short
page, a total that moves), a harvest that resumes where each ``PagingError`` says yields every record exactly
once, sync and async, ArchivesSpace and Tastypie paging alike; and a server that answers right is never refused."""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from types import SimpleNamespace
from typing import Any

import pytest
from fonds import errors
from fonds.pagination import AsyncPager, Pager, aspace_fetcher, tastypie_fetcher
from hypothesis import example, given
from hypothesis import strategies as st

KINDS = ("wrong_page", "empty_page", "short_page", "total_moves", "not_a_page")


class Server:
    """Answers pages of ``range(total)``; the n-th request gets ``script[n]`` (a fault kind or None)."""

    def __init__(self, total: int, script: list[str | None], style: str) -> None:
        self.total, self.script, self.style, self.n = total, script, style, 0

    def fault(self) -> str | None:
        kind = self.script[self.n] if self.n < len(self.script) else None
        self.n += 1
        return kind

    def __call__(self, **kw: Any) -> Any:
        fault = self.fault()
        if self.style == "aspace":
            size, asked = min(kw["page_size"], 250), kw["page"]
        else:
            size, asked = kw["limit"], kw["offset"] // kw["limit"] + 1
        total = self.total + (size if fault == "total_moves" else 0)
        last = max(1, math.ceil(total / size))
        page = asked - 1 if fault == "wrong_page" and asked > 1 else asked
        records = list(range((page - 1) * size, min(page * size, self.total)))
        if fault == "empty_page" and asked < last:
            records = []
        if fault == "short_page" and asked < last:
            records = records[:-1]
        if fault == "not_a_page":
            return SimpleNamespace(error="Internal error")
        if self.style == "aspace":
            return SimpleNamespace(results=records, last_page=last, this_page=page, total=total)
        meta = SimpleNamespace(total_count=total, offset=(page - 1) * size, limit=size)
        return SimpleNamespace(objects=records, meta=meta)


def fetcher(server: Server, size: int) -> Any:
    if server.style == "aspace":
        return aspace_fetcher(server, {}, size)
    return tastypie_fetcher(server, {}, size)


def harvest_sync(server: Server, size: int) -> tuple[Counter[int], int]:
    seen, start, stops = Counter[int](), 1, 0
    while True:
        pager: Pager[int] = Pager(fetcher(server, size), start)
        try:
            for page in pager.by_page():
                seen.update(page)
            return seen, stops
        except errors.PagingError as exc:
            stops, start = stops + 1, exc.resume_page
        assert start == pager.next_page


def harvest_async(server: Server, size: int, concurrency: int) -> tuple[Counter[int], int]:
    async def fetch(**kw: Any) -> Any:
        await asyncio.sleep(0)
        return server(**kw)

    async def main() -> tuple[Counter[int], int]:
        seen, start, stops = Counter[int](), 1, 0
        while True:
            wrapped = aspace_fetcher(fetch, {}, size) if server.style == "aspace" else tastypie_fetcher(fetch, {}, size)
            pager: AsyncPager[int] = AsyncPager(wrapped, start, concurrency)
            try:
                async for page in pager.by_page():
                    seen.update(page)
                return seen, stops
            except errors.PagingError as exc:
                stops, start = stops + 1, exc.resume_page
            assert start == pager.next_page

    return asyncio.run(main())


scripts = st.lists(st.one_of(st.none(), st.sampled_from(KINDS)), max_size=60)


@pytest.mark.parametrize("style", ["aspace", "tastypie"])
@given(total=st.integers(0, 1500), size=st.integers(1, 300), script=scripts)
@example(total=11, size=5, script=[None, "wrong_page", "wrong_page", "short_page"])  # a short page met on resuming
def test_sync_harvests_every_record_once_whatever_pages_go_wrong(
    style: str, total: int, size: int, script: Any
) -> None:
    seen, _ = harvest_sync(Server(total, script, style), size)
    assert seen == Counter(range(total))


@pytest.mark.parametrize("style", ["aspace", "tastypie"])
@given(total=st.integers(0, 1500), size=st.integers(1, 300), script=scripts, concurrency=st.integers(1, 8))
def test_async_harvests_every_record_once_whatever_pages_go_wrong(
    style: str, total: int, size: int, script: Any, concurrency: int
) -> None:
    seen, _ = harvest_async(Server(total, script, style), size, concurrency)
    assert seen == Counter(range(total))


@given(total=st.integers(0, 1500), size=st.integers(1, 300))
def test_a_sane_server_is_never_refused(total: int, size: int) -> None:
    for style in ("aspace", "tastypie"):
        seen, stops = harvest_sync(Server(total, [], style), size)
        assert seen == Counter(range(total))
        assert stops == 0


def test_one_bad_answer_is_asked_again_and_two_stop_the_harvest() -> None:
    once = Server(1000, [None, "wrong_page"], "aspace")
    assert list(Pager(aspace_fetcher(once, {}, 100))) == list(range(1000))
    assert once.n == 11  # ten pages and one page asked twice
    twice = Server(1000, [None, "empty_page", "short_page"], "aspace")
    pager: Pager[int] = Pager(aspace_fetcher(twice, {}, 100))
    stopped = r"page 2 of 10 has 99 records, not 100, twice.*start_page=2"
    with pytest.raises(errors.PagingError, match=stopped) as caught:
        list(pager)
    assert caught.value.resume_page == pager.next_page == 2
