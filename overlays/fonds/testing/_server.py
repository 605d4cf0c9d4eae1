"""Serve a simulator over loopback as a real HTTP/1.1 server: a small raw ASGI app on uvicorn.

Latency is ``asyncio.sleep`` (the server keeps answering other connections meanwhile); faults happen on the wire:
``reset`` drops the connection without an answer, ``truncate`` declares the full ``Content-Length``, sends half
the body and closes, ``server_error``, ``html_error`` and ``json_error`` send the simulator's fault pages, ``drip``
sends the answer's body in pieces ``knobs.drip_seconds`` apart.
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._core import Request, Response, Simulator
from ._transport import pieces

if TYPE_CHECKING:
    import uvicorn

__all__ = ["run", "serve"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _App:
    """The raw ASGI application: one simulator, no framework."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.server: uvicorn.Server | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # websockets and lifespan are not served
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if self.sim.knobs.latency > 0:
            await asyncio.sleep(self.sim.knobs.latency)
        fault = self.sim.knobs.draw_fault()
        if fault == "reset":
            await self._drop(scope, abort=True)
            return
        if fault in ("server_error", "html_error", "json_error"):
            await _send(send, self.sim.fault_response(fault))
            return
        # In a worker thread: a slow answer (a search over 100,000 records) must not stall other connections.
        answer = await asyncio.to_thread(self.sim.dispatch, _to_request(scope, bytes(body)))
        if fault == "truncate":
            headers = [(k, v) for k, v in answer.headers if k.lower() != "content-length"]
            headers.append(("content-length", str(len(answer.body))))
            await send({"type": "http.response.start", "status": answer.status, "headers": _encode(headers)})
            await send({"type": "http.response.body", "body": answer.body[: len(answer.body) // 2], "more_body": True})
            await self._drop(scope, abort=False)
            return
        if fault == "drip":
            await _send(send, answer, drip=self.sim.knobs.drip_seconds)
            return
        await _send(send, answer)

    async def _drop(self, scope: Scope, *, abort: bool) -> None:
        """Close this request's connection: ``abort`` discards what is buffered, else it is flushed first."""
        transport = self._transport_for(scope)
        if transport is None:  # pragma: no cover - uvicorn internals changed: let uvicorn close it
            raise ConnectionAbortedError("simulated fault")
        if abort:
            transport.abort()
        else:
            transport.close()
        for _ in range(3):  # let uvicorn see the connection is gone, so it does not answer a 500
            await asyncio.sleep(0)

    def _transport_for(self, scope: Scope) -> asyncio.Transport | None:
        if self.server is None:  # pragma: no cover
            return None
        for protocol in list(self.server.server_state.connections):
            if getattr(protocol, "scope", None) is scope:
                transport = getattr(protocol, "transport", None)
                return transport if isinstance(transport, asyncio.Transport) else None
        return None  # pragma: no cover


def _to_request(scope: Scope, body: bytes) -> Request:
    query = tuple(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return Request(scope["method"].upper(), scope["path"], query=query, headers=headers, body=body)


def _encode(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]


async def _send(send: Send, answer: Response, drip: float | None = None) -> None:
    headers = [*answer.headers]
    if answer.header("content-length") is None:
        headers.append(("content-length", str(len(answer.body))))
    await send({"type": "http.response.start", "status": answer.status, "headers": _encode(headers)})
    if drip is None:
        await send({"type": "http.response.body", "body": answer.body})
        return
    for piece in pieces(answer.body):  # a ``drip`` fault: the body a piece at a time
        await asyncio.sleep(drip)
        await send({"type": "http.response.body", "body": piece, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


def is_loopback(host: str) -> bool:
    """Whether ``host`` names a loopback interface (``127.0.0.1``, ``::1``, ``localhost``).

    Example::

        is_loopback("::1"), is_loopback("0.0.0.0")  # (True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _server(sim: Simulator, host: str, port: int, allow_remote: bool) -> uvicorn.Server:
    if not (allow_remote or is_loopback(host)):
        raise ValueError(f"refusing to serve a simulator on {host!r}: only loopback hosts unless allow_remote=True")
    try:
        import uvicorn
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("serving a simulator needs uvicorn: pip install 'fonds[server]'") from exc
    app = _App(sim)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http="h11",
        ws="none",
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    app.server = server
    return server


def _base_url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


@contextmanager
def serve(sim: Simulator, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False) -> Iterator[str]:
    """Run ``sim`` on ``host:port`` in a background thread while the block runs; yields the base URL.

    ``port=0`` picks a free port. Hosts other than loopback are refused unless ``allow_remote=True``.

    Example::

        with serve(ArchivesSpaceSimulator()) as base_url:
            httpx.post(f"{base_url}/users/admin/login", data={"password": "admin"})
    """
    server = _server(sim, host, port, allow_remote)
    thread = threading.Thread(target=server.run, name=f"fonds-simulator-{type(sim).__name__}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the simulator server did not start on {host}:{port}")
        time.sleep(0.005)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield _base_url(host, bound)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def run(sim: Simulator, host: str = "127.0.0.1", port: int = 8089, *, allow_remote: bool = False) -> None:
    """Serve ``sim`` in the foreground until interrupted (what ``python -m fonds.testing`` calls).

    Prints one line with the base URL once the server listens (``port=0`` picks a free port).

    Example::

        run(ArchivesSpaceSimulator(), port=8089)
    """
    with serve(sim, host=host, port=port, allow_remote=allow_remote) as base_url:
        print(f"{type(sim).__name__} listening on {base_url} (Ctrl+C to stop)", flush=True)
        threading.Event().wait()
