"""Storage Service browsing with plain paths (issue 18): fonds base64-encodes a location's path itself (a plain
one answers 500) and gives the answers' base64 names decoded."""

from __future__ import annotations

import asyncio
import base64

import httpx
import pytest
from fonds import AsyncStorageService, StorageService
from fonds.errors import InvalidArgument
from fonds.storage_service import LocationListing, SpaceListing
from fonds.testing import StorageServiceSimulator


class Recorder:
    def __init__(self, sim: StorageServiceSimulator) -> None:
        self.inner = sim.transport()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder(StorageServiceSimulator())


@pytest.fixture
def ss(recorder: Recorder) -> StorageService:
    return StorageService("http://ss.test", username="test", api_key="test", transport=httpx.MockTransport(recorder))


def _source(ss: StorageService) -> str:
    return str(next(iter(ss.locations.list(purpose="TS"))).uuid)


def test_a_location_is_browsed_with_a_plain_path(ss: StorageService, recorder: Recorder) -> None:
    location = _source(ss)
    listing = ss.locations.browse(uuid=location, path="sample-transfer")
    assert isinstance(listing, LocationListing)
    sent = recorder.requests[-1]
    assert base64.b64decode(sent.url.params["path"]) == b"sample-transfer"
    assert sorted(listing.names) == ["README.txt", "documents", "images"]
    assert listing.file_names == ["README.txt"]
    assert sorted(listing.directory_names) == ["documents", "images"]
    readme = listing.details("README.txt")
    assert readme is not None
    assert readme.size == 44
    assert listing.details("nothing-here") is None
    # The server's base64 is still there, and the answer is the same JSON.
    assert [base64.b64decode(e) for e in listing.entries] == [n.encode() for n in listing.names if isinstance(n, str)]


def test_names_that_are_not_utf8_come_back_as_bytes_and_can_be_sent_back(
    ss: StorageService, recorder: Recorder
) -> None:
    location = _source(ss)
    root = ss.locations.browse(uuid=location)
    assert "path" not in recorder.requests[-1].url.params  # the root: no path at all
    odd = [name for name in root.names if isinstance(name, bytes)]
    assert odd == [b"r\xe9sum\xe9.txt"]
    assert root.details(odd[0]) is not None
    ss.locations.browse(uuid=location, path=odd[0])
    assert base64.b64decode(recorder.requests[-1].url.params["path"]) == b"r\xe9sum\xe9.txt"


def test_a_path_that_is_not_text_is_refused_before_sending(ss: StorageService, recorder: Recorder) -> None:
    location = _source(ss)
    before = len(recorder.requests)
    with pytest.raises(InvalidArgument):
        ss.locations.browse(uuid=location, path=42)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        ss.spaces.browse(uuid=location, path=b"\xff")
    assert len(recorder.requests) == before


def test_a_space_is_browsed_with_its_plain_path_and_decoded_names(ss: StorageService, recorder: Recorder) -> None:
    space = next(iter(ss.spaces.list()))
    listing = ss.spaces.browse(uuid=space.uuid, path="/")
    assert isinstance(listing, SpaceListing)
    assert recorder.requests[-1].url.params["path"] == "/"
    assert "home" in listing.directory_names
    home = listing.details("home")
    assert home is not None
    assert home.object_count


def test_async_browse_is_the_twin(recorder: Recorder) -> None:
    class Async(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await request.aread()
            response = recorder(request)
            return httpx.Response(response.status_code, headers=response.headers, content=response.read())

    async def main() -> list[str | bytes]:
        async with AsyncStorageService("http://ss.test", username="test", api_key="test", transport=Async()) as ss:
            location = None
            async for loc in ss.locations.list(purpose="TS"):
                location = loc.uuid
            assert location is not None
            return (await ss.locations.browse(uuid=location, path="second-transfer")).names

    assert asyncio.run(main()) == ["data.csv", "notes.txt"]
