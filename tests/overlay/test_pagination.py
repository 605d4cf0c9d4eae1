"""Pager and AsyncPager: every record exactly once, in order, for any page size, total and concurrency."""

from __future__ import annotations

import asyncio
import math
from types import SimpleNamespace
from typing import Any

import pytest
from fonds.pagination import AsyncPager, Pager, aspace_fetcher, chunks, tastypie_fetcher
from hypothesis import given
from hypothesis import strategies as st


def aspace_server(total: int) -> tuple[Any, list[dict[str, int]]]:
    calls: list[dict[str, int]] = []

    def call(**kw: Any) -> Any:
        calls.append(kw)
        size = min(kw["page_size"], 250)
        last = max(1, math.ceil(total / size))
        start = (kw["page"] - 1) * size
        return SimpleNamespace(results=list(range(start, min(start + size, total))), last_page=last)

    return call, calls


@given(total=st.integers(0, 2000), page_size=st.integers(1, 400))
def test_sync_pager_yields_every_record_once(total: int, page_size: int) -> None:
    call, calls = aspace_server(total)
    assert list(Pager(aspace_fetcher(call, {}, page_size))) == list(range(total))
    assert all(c["page_size"] <= 250 for c in calls)


@given(total=st.integers(0, 2000), page_size=st.integers(1, 300), concurrency=st.integers(1, 12))
def test_async_pager_yields_every_record_once_in_order(total: int, page_size: int, concurrency: int) -> None:
    call, _ = aspace_server(total)

    async def fetch(**kw: Any) -> Any:
        await asyncio.sleep(0)
        return call(**kw)

    async def main() -> list[int]:
        return [r async for r in AsyncPager(aspace_fetcher(fetch, {}, page_size), 1, concurrency)]

    assert asyncio.run(main()) == list(range(total))


def test_pager_resumes_from_next_page() -> None:
    call, _ = aspace_server(1000)
    pager: Pager[int] = Pager(aspace_fetcher(call, {}, 100))
    pages = pager.by_page()
    next(pages), next(pages)
    assert pager.next_page == 3
    assert next(iter(Pager(aspace_fetcher(call, {}, 100), start_page=pager.next_page))) == 200


def test_tastypie_pages_by_offset_never_following_next() -> None:
    calls: list[dict[str, int]] = []

    def call(**kw: Any) -> Any:
        calls.append(kw)
        objects = list(range(kw["offset"], min(kw["offset"] + kw["limit"], 2500)))
        return SimpleNamespace(objects=objects, meta=SimpleNamespace(total_count=2500, next="?api_key=leak"))

    assert list(Pager(tastypie_fetcher(call, {"package_type": "AIP"}, 1000))) == list(range(2500))
    assert [c["offset"] for c in calls] == [0, 1000, 2000]
    assert all(c["package_type"] == "AIP" for c in calls)


def test_refuses_bad_arguments_before_sending() -> None:
    with pytest.raises(ValueError, match="page_size"):
        aspace_fetcher(lambda **kw: None, {}, 0)
    with pytest.raises(ValueError, match="start_page"):
        Pager(aspace_fetcher(lambda **kw: None, {}, 10), start_page=0)


def test_chunks() -> None:
    assert [len(c) for c in chunks(range(600), 250)] == [250, 250, 100]
