"""Misbehaving servers for the fault tests: a lean ArchivesSpace stand-in for ``httpx.MockTransport`` (logins,
sessions that expire, one paginated listing, every fault kind seen on real servers) and loopback servers that
never answer or drip their answer."""

from __future__ import annotations

import json
import math
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx

#: Every fault the stand-in can inject, as seen on real servers and proxies.
FAULTS = (
    "status_500",  # a JSON 500
    "status_502",
    "status_503",
    "status_504",
    "reset",  # the connection dropped before the answer
    "cut",  # the body stops halfway (a Content-Length it does not reach)
    "cut_chunked",  # a chunked body that stops
    "short",  # a 200 whose JSON is cut short, with a Content-Length that matches it
    "html_200",  # a proxy's HTML page with status 200
    "json_error_200",  # {"error": "..."} with status 200
    "not_model",  # records without their required fields
    "wrong_page",  # the page before the one asked for, its this_page saying so
    "empty_page",  # results: [] before the last page
    "short_page",  # a page before the last missing records
    "total_moves",  # a total (and last page) that is not the listing's
)
PAGE_FAULTS = ("wrong_page", "empty_page", "short_page", "total_moves", "not_model")
LISTING = "/repositories/2/archival_objects"


class _Cut(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Yields ``head`` (in pieces), then fails as a connection closed mid-body does."""

    def __init__(self, head: bytes) -> None:
        self.head = head

    def _pieces(self) -> list[bytes]:
        return [self.head[i : i + 4096] for i in range(0, len(self.head), 4096)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            yield piece
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def record(i: int, *, lean: bool = False) -> dict[str, object]:
    """A lean archival object (``lean`` drops the required ``level``: the model does not fit)."""
    out: dict[str, object] = {
        "jsonmodel_type": "archival_object",
        "uri": f"{LISTING}/{i}",
        "level": "file",
        "resource": {"ref": "/repositories/2/resources/1"},
        "title": f"Item {i}",
    }
    if lean:
        del out["level"]
    return out


class StandIn:
    """An ArchivesSpace with ``total`` archival objects in repository 2, for ``httpx.MockTransport(standin)``.

    ``faults``/``fault_rate``: which faults hit which share of requests (logins too, except page faults);
    ``expire_every``: the session dies after that many authenticated requests (412 SESSION_EXPIRED);
    ``secret``: a value the server echoes in every error body (a token or key the tests look for).
    """

    def __init__(
        self,
        total: int,
        *,
        faults: tuple[str, ...] = (),
        fault_rate: float = 0.0,
        expire_every: int = 0,
        seed: int = 0,
        echo: str = "",
    ) -> None:
        self.total = total
        self.faults = faults
        self.fault_rate = fault_rate
        self.expire_every = expire_every
        self.rng = random.Random(seed)
        self.echo = echo
        self.lock = threading.Lock()
        self.token: str | None = None
        self.used = 0
        self.logins = 0
        self.requests = 0
        self.injected = Counter[str]()
        self.pages: dict[tuple[int, int], list[dict[str, object]]] = {}

    def _draw(self, listing: bool) -> str | None:
        if not self.faults or self.rng.random() >= self.fault_rate:
            return None
        kinds = [f for f in self.faults if listing or f not in PAGE_FAULTS]
        return self.rng.choice(kinds) if kinds else None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests += 1
            listing = request.url.path == LISTING and "page" in request.url.params
            fault = self._draw(listing)
            if fault:
                self.injected[fault] += 1
            if request.url.path.endswith("/login"):
                answer = self._login()
            elif request.headers.get("X-ArchivesSpace-Session") != self.token or self.token is None:
                answer = {"status": 412, "json": {"code": "SESSION_EXPIRED", "error": "Session timed out"}}
            else:
                self.used += 1
                if self.expire_every and self.used >= self.expire_every:
                    self.token, self.used = None, 0
                answer = self._listing(request, fault if listing else None)
        return self._respond(request, answer, fault)

    def _login(self) -> dict[str, object]:
        self.logins += 1
        self.token = f"session-{self.logins}-{self.echo}"
        self.used = 0
        return {"status": 200, "json": {"session": self.token, "user": {"username": "admin"}}}

    def _listing(self, request: httpx.Request, fault: str | None) -> dict[str, object]:
        if request.url.path != LISTING:
            return {"status": 404, "json": {"error": f"no route {request.url.path}"}}
        page = int(request.url.params["page"])
        size = min(int(request.url.params.get("page_size", "10")), 250)
        total = self.total
        last = max(1, math.ceil(total / size))
        answered = page
        if fault == "wrong_page" and page > 1:
            answered = page - 1
        if fault == "total_moves":
            total += size
            last = max(1, math.ceil(total / size))
        start = (answered - 1) * size
        results = [record(i, lean=fault == "not_model") for i in range(start + 1, min(start + size, self.total) + 1)]
        if fault == "empty_page" and page < last:
            results = []
        if fault == "short_page" and page < last:
            results = results[: len(results) // 2]
        body = {"first_page": 1, "last_page": last, "this_page": answered, "total": total, "results": results}
        return {"status": 200, "json": body}

    def _respond(self, request: httpx.Request, answer: dict[str, object], fault: str | None) -> httpx.Response:
        echo = self.echo
        if fault == "reset":
            raise httpx.ReadError("Connection reset by peer", request=request)
        if fault and fault.startswith("status_"):
            status = int(fault[-3:])
            return httpx.Response(status, json={"error": f"fault {status} {echo}"})
        if fault == "html_200":
            page = f"<html><body><h1>Proxy error</h1><p>{echo}</p></body></html>"
            return httpx.Response(200, content=page.encode(), headers={"content-type": "text/html"})
        if fault == "json_error_200":
            return httpx.Response(200, json={"error": f"Internal error {echo}"})
        status = int(str(answer["status"]))
        body = json.dumps(answer["json"]).encode()
        if fault == "short":
            cut = body[: len(body) // 2]
            return httpx.Response(status, content=cut, headers={"content-type": "application/json"})
        if fault == "cut":
            headers = {"content-type": "application/json", "content-length": str(len(body))}
            return httpx.Response(status, headers=headers, stream=_Cut(body[: len(body) // 2]))
        if fault == "cut_chunked":
            headers = {"content-type": "application/json", "transfer-encoding": "chunked"}
            return httpx.Response(status, headers=headers, stream=_Cut(body[: len(body) // 3]))
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})


class LoopbackServer:
    """A raw TCP server on 127.0.0.1 (port 0) whose ``behaviour`` gets each accepted connection: ``silent``
    reads the request and never answers; ``drip`` sends a 200's headers then its body a byte every ``pause``."""

    def __init__(self, behaviour: str, *, body: bytes = b"", pause: float = 0.2, headers: str = "") -> None:
        self.behaviour = behaviour
        self.body = body
        self.pause = pause
        self.headers = headers
        self.sent = 0
        self.connections = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._threads: list[threading.Thread] = []

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.1)
        with conn:
            data = b""
            while b"\r\n\r\n" not in data and not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    continue
                if not chunk:
                    return
                data += chunk
            if self.behaviour == "drip":
                head = (
                    f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{self.headers}"
                    f"Content-Length: {len(self.body)}\r\n\r\n"
                )
                try:
                    conn.sendall(head.encode())
                    for i in range(len(self.body)):
                        if self._stop.wait(self.pause):
                            return
                        conn.sendall(self.body[i : i + 1])
                        self.sent += 1
                except OSError:
                    return
            while not self._stop.wait(0.05):  # silent, or done dripping: hold the connection open
                pass

    @contextmanager
    def running(self) -> Iterator[LoopbackServer]:
        """Serve in background threads while the block runs."""
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(5)
            for worker in self._threads:
                worker.join(5)
            self._sock.close()


def finishes(function: object, limit: float = 60.0) -> BaseException | object:
    """Run ``function()`` in a thread and return what it raised or returned; fail the test if it is still running
    after ``limit`` seconds (a hang, not a slow run: the bound is many times what the test needs)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = function()  # type: ignore[operator]
        except BaseException as exc:
            box["value"] = exc

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"still running after {time.monotonic() - started:.0f} s: it hangs"
    return box["value"]
