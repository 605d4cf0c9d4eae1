"""Raw request bodies (CSV, Atom, SWORD media) given as an in-memory ``File`` go out whole from the sync and the
async client alike (httpx's async client cannot read a ``BytesIO``)."""

from __future__ import annotations

import asyncio
import io

import httpx
from archivematica_api.api.validators import validate_csv
from archivematica_api.client import AuthenticatedClient
from archivematica_api.types import File

CSV = b"file,basis\nobjects/a.jpg,donor\n"


def _capture() -> tuple[list[bytes], httpx.MockTransport]:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return httpx.Response(200, json={"valid": True})

    return seen, httpx.MockTransport(handler)


def test_an_in_memory_file_body_goes_out_whole_from_the_async_client() -> None:
    seen, transport = _capture()
    client = AuthenticatedClient(base_url="http://am.test", token="t")
    client.set_async_httpx_client(httpx.AsyncClient(base_url="http://am.test", transport=transport))
    body = File(payload=io.BytesIO(CSV), file_name="rights.csv", mime_type="text/csv")

    async def run() -> None:
        await validate_csv.asyncio_detailed(validator="rights", client=client, body=body)
        await validate_csv.asyncio_detailed(validator="rights", client=client, body=body)  # sent again: whole

    asyncio.run(run())
    assert seen == [CSV, CSV]


def test_and_from_the_sync_client() -> None:
    seen, transport = _capture()
    client = AuthenticatedClient(base_url="http://am.test", token="t")
    client.set_httpx_client(httpx.Client(base_url="http://am.test", transport=transport))
    validate_csv.sync_detailed(
        validator="rights", client=client, body=File(payload=io.BytesIO(CSV), file_name="r.csv", mime_type="text/csv")
    )
    assert seen == [CSV]
