"""One harvest of every archival object in repository 2, done by each client under test. Each function returns
the number of records it handed out; the caller times it."""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

import httpx
from fonds import ArchivesSpace, AsyncArchivesSpace

PAGE = 250
LISTING = "/repositories/2/archival_objects"


def fonds_sync(url: str) -> int:
    """fonds, synchronous ``list``: typed ArchivalObject models, page by page."""
    with ArchivesSpace(url, username="admin", password="admin") as aspace:
        return sum(1 for _ in aspace.archival_objects.list(repo_id=2))


def fonds_async(url: str, concurrency: int = 8) -> int:
    """fonds, asynchronous ``list`` with ``concurrency`` pages in flight, yielded in order."""

    async def run() -> int:
        async with AsyncArchivesSpace(url, username="admin", password="admin") as aspace:
            count = 0
            async for _ in aspace.archival_objects.list(repo_id=2, concurrency=concurrency):
                count += 1
            return count

    return asyncio.run(run())


def fonds_ids_get_many(url: str) -> int:
    """fonds, ``ids`` (all_ids) then ``get_many`` (id_set, 250 a request)."""
    with ArchivesSpace(url, username="admin", password="admin") as aspace:
        ids = aspace.archival_objects.ids(repo_id=2)
        return sum(1 for _ in aspace.archival_objects.get_many(repo_id=2, ids=ids))


def archivessnake(url: str) -> int:
    """ArchivesSnake's ``get_paged`` with ``page_size=250``: plain dicts."""
    from asnake.client import ASnakeClient

    client = ASnakeClient(baseurl=url, username="admin", password="admin")
    client.authorize()
    return sum(1 for _ in client.get_paged(LISTING, page_size=PAGE))


def _login(client: httpx.Client) -> None:
    token = client.post("/users/admin/login", data={"password": "admin", "expiring": "false"}).json()["session"]
    client.headers["X-ArchivesSpace-Session"] = token


def httpx_sync(url: str) -> int:
    """Raw httpx, sequential: ``json.loads`` of each page, plain dicts."""
    count = 0
    with httpx.Client(base_url=url) as client:
        _login(client)
        page, last = 1, 1
        while page <= last:
            data = json.loads(client.get(LISTING, params={"page": page, "page_size": PAGE}).content)
            last = data["last_page"]
            count += len(data["results"])
            page += 1
    return count


def httpx_async(url: str, concurrency: int = 8) -> int:
    """Raw async httpx with ``concurrency`` pages in flight: the limit the server allows."""

    async def run() -> int:
        async with httpx.AsyncClient(base_url=url) as client:
            token = (await client.post("/users/admin/login", data={"password": "admin", "expiring": "false"})).json()
            client.headers["X-ArchivesSpace-Session"] = token["session"]
            gate = asyncio.Semaphore(concurrency)

            async def fetch(page: int) -> dict[str, Any]:
                async with gate:
                    answer = await client.get(LISTING, params={"page": page, "page_size": PAGE})
                    return dict(json.loads(answer.content))

            first = await fetch(1)
            rest = await asyncio.gather(*(fetch(p) for p in range(2, first["last_page"] + 1)))
            return len(first["results"]) + sum(len(p["results"]) for p in rest)

    return asyncio.run(run())


CLIENTS = {
    "fonds sync list": fonds_sync,
    "fonds async list (8 in flight)": fonds_async,
    "fonds ids + get_many": fonds_ids_get_many,
    "ArchivesSnake get_paged": archivessnake,
    "raw httpx sequential": httpx_sync,
    "raw httpx async (8 in flight)": httpx_async,
}


def requests_for_all_ids(url: str, n: int) -> dict[str, int]:
    """Requests each client needs to fetch ``n`` records it knows only by ``all_ids``."""
    from asnake.client import ASnakeClient

    with ArchivesSpace(url, username="admin", password="admin") as aspace:
        counter = {"fonds": 0}

        def count(request: httpx.Request) -> None:
            if request.method == "GET":  # not the login, nor the logout on close
                counter["fonds"] += 1

        aspace.http.event_hooks["request"].append(count)
        ids = aspace.archival_objects.ids(repo_id=2)[:n]
        fetched = sum(1 for _ in aspace.archival_objects.get_many(repo_id=2, ids=ids))
        assert fetched == n
    snake = ASnakeClient(baseurl=url, username="admin", password="admin")
    snake.authorize()
    seen = {"n": 0}
    snake.session.hooks["response"].append(lambda response, *a, **k: seen.__setitem__("n", seen["n"] + 1))
    all_ids = snake.get(LISTING, params={"all_ids": True}).json()[:n]
    for record_id in all_ids:  # what ArchivesSnake's get_paged and JSONModelRelation do with an id list
        snake.get(f"{LISTING}/{record_id}").json()
    return {"fonds": counter["fonds"], "ArchivesSnake": seen["n"], "expected": math.ceil(n / PAGE) + 1}
