"""What every request fonds sends goes through: the client's timeout, the call's deadline, typed errors.

fonds wraps the transports of its httpx clients in :class:`GuardedTransport` (sync) or
:class:`AsyncGuardedTransport`. For every request, logins yielded by an auth flow included, they

- give it the client's timeout when it has none (httpx gives none to a request an auth flow yields),
- cap each of its timeouts by what is left of the current call's deadline (see :func:`deadline`), and check the
  deadline between the chunks of the body, so a server dripping a byte a second cannot hold a call past it
  (the sync transports' every socket read and write is capped so too, the status line and headers included:
  see :class:`DeadlineBackend`; the async clients cut a call at its deadline with ``anyio.fail_after``),
- turn every ``httpx.TransportError`` into :class:`fonds.errors.TransportError` (``TimeoutError`` for timeouts),
  also while the body is read, so raw ``client.http`` calls raise typed errors too,
- take the credentials (``X-ArchivesSpace-Session``, ``Authorization``) off a request for another server than the
  client's own (a redirect followed by an ``http_client`` that follows them): httpx drops only ``Authorization``.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from . import errors
from ._redact import Secrets

#: When (``time.monotonic()``) the call running in this thread or task must be over; None for no deadline.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("fonds_deadline", default=None)


@contextmanager
def deadline(seconds: float | None) -> Iterator[float | None]:
    """Run the block under a deadline ``seconds`` from now (None: no new deadline); an outer, earlier deadline
    still holds. Yields the deadline in effect.

    Example::

        with deadline(5):
            aspace.version.get()   # TimeoutError if it is not over within 5 s
    """
    outer = DEADLINE.get()
    ends = outer if seconds is None else time.monotonic() + seconds
    if outer is not None and ends is not None:
        ends = min(outer, ends)
    token = DEADLINE.set(ends)
    try:
        yield ends
    finally:
        DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the current deadline (None when there is none; never below 0)."""
    ends = DEADLINE.get()
    return None if ends is None else max(0.0, ends - time.monotonic())


def check_deadline(what: str = "the call") -> None:
    """Raise :class:`CallTimeout` when the current deadline has passed."""
    left = remaining()
    if left is not None and left <= 0:
        raise errors.CallTimeout(f"{what} did not finish within its call_timeout")


def translate(exc: httpx.HTTPError, secrets: Secrets | None = None) -> errors.TransportError:
    """The fonds error for an httpx one: ``TimeoutError`` for a timeout, else ``TransportError``; its message
    has the client's ``secrets`` masked (httpx quotes a header it refuses, and a header may carry a key)."""
    kind = errors.TimeoutError if isinstance(exc, httpx.TimeoutException) else errors.TransportError
    message = f"{type(exc).__name__} talking to the server: {exc}"
    return kind(secrets.redact(message) if secrets is not None else message)


#: The headers that carry a client's credentials: sent to its own server only.
CREDENTIAL_HEADERS = ("X-ArchivesSpace-Session", "Authorization")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _server(url: httpx.URL) -> tuple[str, int | None]:
    """The host and port ``url`` reaches (an http URL upgraded to https on the default port is the same server)."""
    port = url.port or _DEFAULT_PORTS.get(url.scheme)
    return url.host, None if port in (80, 443) else port


def _strip_credentials(request: httpx.Request, home: httpx.URL | None) -> None:
    if home is not None and home.host and _server(request.url) != _server(home):
        for name in CREDENTIAL_HEADERS:
            request.headers.pop(name, None)


def _stamp(request: httpx.Request, timeout: httpx.Timeout, secrets: Secrets | None) -> None:
    path = request.url.path
    check_deadline(f"{request.method} {secrets.redact(path) if secrets is not None else path}")
    if "timeout" not in request.extensions:
        request.extensions["timeout"] = timeout.as_dict()
    left = remaining()
    if left is not None:
        request.extensions["timeout"] = {
            name: left if value is None else min(value, left) for name, value in request.extensions["timeout"].items()
        }


def _past_deadline(request: httpx.Request, secrets: Secrets | None) -> errors.CallTimeout | None:
    """The ``CallTimeout`` for ``request`` when the call's deadline has passed (a timeout the deadline caused)."""
    left = remaining()
    if left is None or left > 0:
        return None
    path = request.url.path
    return errors.CallTimeout(
        f"{request.method} {secrets.redact(path) if secrets else path} did not finish within its call_timeout"
    )


def _capped(timeout: float | None) -> float | None:
    """``timeout`` capped by what is left of the current call's deadline; ``ReadTimeout`` once it has passed."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise httpcore.ReadTimeout("the call's call_timeout passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits at most what is left of the call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _capped(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """The network of a sync httpx transport with the call's deadline on every socket operation: a server that
    drips its status line and headers a byte at a time (each read well inside ``timeout``) is cut at the deadline,
    as the async clients cut it. :func:`guard` installs it in the transports it wraps.

    Example: ``httpx.HTTPTransport()._pool._network_backend = DeadlineBackend(httpcore.SyncBackend())``.
    """

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(host, port, _capped(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _capped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bound_network(transport: Any) -> None:
    """Put :class:`DeadlineBackend` under a sync httpx transport's connection pool (httpx and httpcore are
    pinned: the pool is ``transport._pool``, its network ``_network_backend``); other transports are left as
    they are."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]


class _GuardedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, ends: float | None, secrets: Secrets | None) -> None:
        self._inner = inner
        self._ends = ends
        self._secrets = secrets

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                if self._ends is not None and time.monotonic() > self._ends:
                    raise errors.CallTimeout("the answer did not arrive whole within the call_timeout")
                yield chunk
        except httpx.TransportError as exc:
            if self._ends is not None and time.monotonic() >= self._ends:  # a read the deadline cut short
                raise errors.CallTimeout("the answer did not arrive whole within the call_timeout") from None
            raise translate(exc, self._secrets) from None

    def close(self) -> None:
        try:
            self._inner.close()
        except httpx.TransportError as exc:  # pragma: no cover - closing rarely fails
            raise translate(exc, self._secrets) from None


class _AsyncGuardedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, ends: float | None, secrets: Secrets | None) -> None:
        self._inner = inner
        self._ends = ends
        self._secrets = secrets

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                if self._ends is not None and time.monotonic() > self._ends:
                    raise errors.CallTimeout("the answer did not arrive whole within the call_timeout")
                yield chunk
        except httpx.TransportError as exc:
            raise translate(exc, self._secrets) from None

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except httpx.TransportError as exc:  # pragma: no cover
            raise translate(exc, self._secrets) from None


class GuardedTransport(httpx.BaseTransport):
    """Wraps a sync transport as the module docstring says.

    Example: ``GuardedTransport(httpx.HTTPTransport(), httpx.Timeout(30))``.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        timeout: httpx.Timeout,
        secrets: Secrets | None = None,
        home: httpx.URL | None = None,
    ) -> None:
        self.inner = inner
        self.timeout = timeout
        self._secrets = secrets
        self._home = home

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the wrapped transport with timeouts, deadline and typed errors."""
        _stamp(request, self.timeout, self._secrets)
        _strip_credentials(request, self._home)
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError as exc:
            raise _past_deadline(request, self._secrets) or translate(exc, self._secrets) from None
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _GuardedStream(response.stream, DEADLINE.get(), self._secrets)
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


class AsyncGuardedTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of :class:`GuardedTransport`.

    Example: ``AsyncGuardedTransport(httpx.AsyncHTTPTransport(), httpx.Timeout(30))``.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        timeout: httpx.Timeout,
        secrets: Secrets | None = None,
        home: httpx.URL | None = None,
    ) -> None:
        self.inner = inner
        self.timeout = timeout
        self._secrets = secrets
        self._home = home

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the wrapped transport with timeouts, deadline and typed errors."""
        _stamp(request, self.timeout, self._secrets)
        _strip_credentials(request, self._home)
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise translate(exc, self._secrets) from None
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncGuardedStream(response.stream, DEADLINE.get(), self._secrets)
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()


def guard(http: Any, secrets: Secrets | None = None) -> None:
    """Wrap the transports of an ``httpx.Client`` or ``AsyncClient`` (its own and its proxy mounts) in place,
    masking ``secrets`` in the errors they raise and sending credentials to its ``base_url``'s server only;
    wrapping twice is harmless."""
    home = http.base_url if http.base_url.host else None
    sync = isinstance(http, httpx.Client)
    wrapper: Any = GuardedTransport if sync else AsyncGuardedTransport
    if sync:
        _bound_network(getattr(http._transport, "inner", http._transport))
        for transport in http._mounts.values():
            _bound_network(getattr(transport, "inner", transport))
    if not isinstance(http._transport, wrapper):
        http._transport = wrapper(http._transport, http.timeout, secrets, home)
    for pattern, transport in list(http._mounts.items()):
        if transport is not None and not isinstance(transport, wrapper):
            http._mounts[pattern] = wrapper(transport, http.timeout, secrets, home)
