"""An httpx transport, sync and async, that answers from a simulator in-process (no sockets)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from urllib.parse import parse_qsl

import httpx

from ._core import Request, Response, Simulator

__all__ = ["SimulatorTransport"]


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Both an ``httpx.BaseTransport`` and an ``httpx.AsyncBaseTransport`` over one simulator.

    Each request becomes a :class:`~fonds.testing.Request`; the simulator's knobs are applied (latency first, then
    a drawn fault), then :meth:`Simulator.dispatch` answers. Faults look like a real network's:

    - ``server_error``: a 503 JSON answer; ``html_error``: a 500 HTML page; ``json_error``: an error body with
      status 200 (none of them reaches the simulator);
    - ``reset``: ``httpx.ReadError`` is raised (the request never reaches the simulator);
    - ``truncate``: the simulator answers, but the body stops halfway and reading it raises
      ``httpx.RemoteProtocolError``, as when a server dies mid-answer;
    - ``drip``: the simulator's answer, its body in 20 pieces ``knobs.drip_seconds`` apart.

    Example::

        sim = ArchivesSpaceSimulator()
        with httpx.Client(transport=sim.transport(), base_url="http://aspace.test") as client:
            client.post("/users/admin/login", data={"password": "admin"})
    """

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` synchronously (latency is ``time.sleep``).

        Example::

            httpx.Client(transport=SimulatorTransport(sim)).get("http://sim.test/version")
        """
        body = request.read()
        if self.sim.knobs.latency > 0:
            time.sleep(self.sim.knobs.latency)
        return self._answer(request, body)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` without blocking the event loop (latency is ``asyncio.sleep``).

        Example::

            await httpx.AsyncClient(transport=SimulatorTransport(sim)).get("http://sim.test/version")
        """
        body = await request.aread()
        if self.sim.knobs.latency > 0:
            await asyncio.sleep(self.sim.knobs.latency)
        return self._answer(request, body)

    def _answer(self, request: httpx.Request, body: bytes) -> httpx.Response:
        fault = self.sim.knobs.draw_fault()
        if fault == "reset":
            raise httpx.ReadError("Connection reset by peer (a fault injected by the simulator)", request=request)
        if fault in ("server_error", "html_error", "json_error"):
            return _to_httpx(self.sim.fault_response(fault), request)
        answer = self.sim.dispatch(to_request(request, body))
        if fault == "truncate":
            return _truncated(answer, request)
        if fault == "drip":
            headers = [(k, v) for k, v in answer.headers if k.lower() != "content-length"]
            headers.append(("content-length", str(len(answer.body))))
            stream = _Drip(answer.body, self.sim.knobs.drip_seconds)
            return httpx.Response(answer.status, headers=headers, stream=stream, request=request)
        return _to_httpx(answer, request)


def to_request(request: httpx.Request, body: bytes) -> Request:
    """Turn an ``httpx.Request`` into the simulator's :class:`Request` (decoded path, ordered query pairs).

    Example::

        to_request(httpx.Request("GET", "http://sim.test/a%20b?x=1"), b"").path  # "/a b"
    """
    query = tuple(parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True))
    headers: dict[str, str] = {}
    for name, value in request.headers.multi_items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return Request(request.method.upper(), request.url.path, query=query, headers=headers, body=body)


def _to_httpx(answer: Response, request: httpx.Request) -> httpx.Response:
    headers = [*answer.headers]
    if answer.header("content-length") is None:
        headers.append(("content-length", str(len(answer.body))))
    # Header values go out as Latin-1 bytes, as on the wire (httpx would refuse non-ASCII text).
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
    return httpx.Response(answer.status, headers=raw, content=answer.body, request=request)


class _HalfStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Yields the first half of a body, then fails as a connection closed mid-body does."""

    def __init__(self, body: bytes) -> None:
        self._half = body[: len(body) // 2]
        self._size = len(body)

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            f"peer closed connection without sending complete message body "
            f"(received {len(self._half)} bytes, expected {self._size})"
        )

    def __iter__(self) -> Iterator[bytes]:
        if self._half:
            yield self._half
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._half:
            yield self._half
        raise self._error()


def pieces(body: bytes, count: int = 20) -> list[bytes]:
    """``body`` in ``count`` pieces (fewer for a short body): how a ``drip`` fault sends it."""
    size = max(1, -(-len(body) // count))
    return [body[i : i + size] for i in range(0, len(body), size)]


class _Drip(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Yields a body in pieces with a pause before each, as a server sending a byte at a time does."""

    def __init__(self, body: bytes, pause: float) -> None:
        self._pieces = pieces(body)
        self._pause = pause

    def __iter__(self) -> Iterator[bytes]:
        for piece in self._pieces:
            time.sleep(self._pause)
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            await asyncio.sleep(self._pause)
            yield piece


def _truncated(answer: Response, request: httpx.Request) -> httpx.Response:
    headers = [(k, v) for k, v in answer.headers if k.lower() != "content-length"]
    headers.append(("content-length", str(len(answer.body))))
    return httpx.Response(answer.status, headers=headers, stream=_HalfStream(answer.body), request=request)
