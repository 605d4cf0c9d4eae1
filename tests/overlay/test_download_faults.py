"""Downloads against misbehaving servers: a server that gzips anyway, a body cut short with a matching length, a
connection lost mid-body, a failure before the first byte, an error page echoing the API key."""

from __future__ import annotations

import gzip
import hashlib
import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fonds import RetryPolicy, StorageService, errors

from ._standin import LoopbackServer, _Cut, finishes

UUID = "0f0e0d0c-0b0a-4908-8706-050403020100"
PAYLOAD = hashlib.sha256(b"seed").digest() * 4000  # 128,000 bytes that gzip well enough to tell the lengths apart
FAST = RetryPolicy(attempts=3, initial=0.001, maximum=0.005)


def package(size: int = len(PAYLOAD), path: str = f"aips/photos-{UUID}.7z") -> dict[str, object]:
    return {
        "uuid": UUID,
        "package_type": "AIP",
        "status": "UPLOADED",
        "resource_uri": f"/api/v2/file/{UUID}/",
        "current_path": path,
        "size": size,
    }


def storage(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> StorageService:
    kwargs.setdefault("retry", FAST)
    return StorageService(
        "http://ss.test",
        username="test",
        api_key="key-abcdef-123456",
        transport=httpx.MockTransport(handler),
        **kwargs,  # type: ignore[arg-type]
    )


def serving(
    body: Callable[[httpx.Request], httpx.Response], record: dict[str, object] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/api/v2/file/{UUID}/":
            return httpx.Response(200, json=record or package())
        return body(request)

    return handler


def attachment(headers: dict[str, str] | None = None) -> dict[str, str]:
    return {"content-disposition": f'attachment; filename="photos-{UUID}.7z"', **(headers or {})}


@contextmanager
def gzipping_server() -> Iterator[str]:
    """A real HTTP server that gzips the package whatever the client accepts (Content-Length: the gzip's)."""
    encoded = gzip.compress(PAYLOAD)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.endswith("/download/"):
                body, headers = encoded, {"Content-Encoding": "gzip", **attachment()}
            else:
                import json

                body, headers = json.dumps(package()).encode(), {"Content-Type": "application/json"}
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_gzip_encoded_download_over_the_wire_is_accepted(tmp_path: Path) -> None:
    with gzipping_server() as url:
        ss = StorageService(url, username="test", api_key="key-abcdef-123456")
        path = ss.packages.download(UUID, to=tmp_path, sha256=hashlib.sha256(PAYLOAD).hexdigest())
    assert path.read_bytes() == PAYLOAD
    assert [p.name for p in tmp_path.iterdir()] == [f"photos-{UUID}.7z"]


def test_a_gzip_encoded_download_streamed_in_process_is_accepted(tmp_path: Path) -> None:
    encoded = gzip.compress(PAYLOAD)
    seen: list[str] = []

    def body(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("accept-encoding", ""))
        headers = attachment({"content-encoding": "gzip", "content-length": str(len(encoded))})
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(encoded))

    path = storage(serving(body)).packages.download(UUID, to=tmp_path)
    assert path.read_bytes() == PAYLOAD
    assert seen == ["identity"]


def test_a_body_cut_short_with_a_matching_length_is_refused_by_the_packages_size(tmp_path: Path) -> None:
    short = PAYLOAD[:1000]

    def body(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=attachment(), content=short)

    with pytest.raises(errors.DownloadError, match=f"received 1000 bytes, the package has {len(PAYLOAD)}"):
        storage(serving(body)).packages.download(UUID, to=tmp_path)
    assert list(tmp_path.iterdir()) == []
    folder = package(size=len(PAYLOAD), path=f"aips/photos-{UUID}")  # stored as a folder: tarred on the fly
    assert storage(serving(body, folder)).packages.download(UUID, to=tmp_path).read_bytes() == short


def test_a_connection_lost_mid_body_leaves_nothing_and_stale_parts_are_cleared(tmp_path: Path) -> None:
    stale = tmp_path / f".photos-{UUID}.7z.abc123.part"
    stale.write_bytes(b"left by a crash")
    other = tmp_path / ".another-package.7z.abc123.part"
    other.write_bytes(b"not ours")
    calls = []

    def body(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        headers = attachment({"content-length": str(len(PAYLOAD))})
        return httpx.Response(200, headers=headers, stream=_Cut(PAYLOAD[:5000]))

    with pytest.raises(errors.DownloadError, match="broke off after"):
        storage(serving(body)).packages.download(UUID, to=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]
    assert len(calls) == 1  # bytes had arrived: not retried


def test_a_failure_before_the_first_byte_is_retried(tmp_path: Path) -> None:
    answers = iter(["reset", "503", "ok"])

    def body(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer == "reset":
            raise httpx.ConnectError("connection refused", request=request)
        if answer == "503":
            return httpx.Response(503, text="busy")
        return httpx.Response(200, headers=attachment(), content=PAYLOAD)

    assert storage(serving(body)).packages.download(UUID, to=tmp_path).read_bytes() == PAYLOAD


def test_a_download_that_never_starts_is_a_typed_transport_error(tmp_path: Path) -> None:
    def body(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(errors.TransportError):
        storage(serving(body)).packages.download(UUID, to=tmp_path)
    with LoopbackServer("silent").running() as server:
        ss = StorageService(server.url, username="test", api_key="key-abcdef-123456", timeout=0.3, retry=FAST)
        from fonds.storage_service._downloads import download

        outcome = finishes(lambda: download(ss.http, f"/api/v2/file/{UUID}/download/", tmp_path, fallback_name=UUID))
        assert isinstance(outcome, errors.TimeoutError), outcome
    assert list(tmp_path.iterdir()) == []


def test_a_202_is_not_the_package(tmp_path: Path) -> None:
    def body(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202, json={"error": False, "message": "File is not locally available."})

    with pytest.raises(errors.DownloadError, match="not locally available"):
        storage(serving(body)).packages.download(UUID, to=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_uuid_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    def body(request: httpx.Request) -> httpx.Response:  # pragma: no cover - never called
        raise AssertionError("sent")

    with pytest.raises(errors.InvalidArgument):
        storage(body).packages.download("../../etc", to=tmp_path)
