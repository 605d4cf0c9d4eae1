"""The framework-free core shared by every simulator.

A simulator is an object with one method, ``handle(request) -> response``, over the two small value types below.
The adapters in ``_transport.py`` (in-process httpx transports) and ``_server.py`` (a loopback HTTP server) turn
real requests into :class:`Request`, apply the :class:`Knobs` (latency, injected faults), call ``handle`` under
the simulator's lock and turn the :class:`Response` back into bytes on the wire.
"""

from __future__ import annotations

import json
import random
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl

import attrs

if TYPE_CHECKING:
    from ._transport import SimulatorTransport

FaultKind = Literal["server_error", "reset", "truncate", "html_error", "json_error", "drip"]


@attrs.frozen
class Request:
    """One request as a simulator sees it: decoded path, query pairs in order, lower-cased headers, raw body.

    Example::

        Request("GET", "/repositories/2/accessions", query=(("page", "1"),))
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: bytes = b""

    def args(self, name: str) -> list[str]:
        """Every value of query parameter ``name``, in order (``args("resolve[]")``)."""
        return [v for k, v in self.query if k == name]

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The last value of query parameter ``name``, or ``default``."""
        values = self.args(name)
        return values[-1] if values else default

    def form(self) -> list[tuple[str, str]]:
        """The body parsed as ``application/x-www-form-urlencoded`` pairs (empty when it is something else)."""
        if "application/x-www-form-urlencoded" not in self.headers.get("content-type", ""):
            return []
        return parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True)

    def params(self) -> list[tuple[str, str]]:
        """Query pairs followed by form pairs: what a server that merges both (Sinatra, Django's REQUEST) sees."""
        return [*self.query, *self.form()]

    def json(self) -> Any:
        """The body parsed as JSON; raises ``ValueError`` when it is not JSON."""
        return json.loads(self.body.decode("utf-8"))


@attrs.frozen
class Response:
    """What a simulator answers. Build it with :meth:`json`, :meth:`text` or :meth:`empty`.

    Example::

        Response.json({"error": "Access denied"}, status=403)
    """

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Response:
        """A JSON answer, serialised compactly."""
        body = json.dumps(data, separators=(",", ":")).encode()
        return cls(status, body, (("content-type", "application/json"), *headers))

    @classmethod
    def text(
        cls,
        text: str | bytes,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        headers: Iterable[tuple[str, str]] = (),
    ) -> Response:
        """A text (or any other typed) answer."""
        body = text.encode() if isinstance(text, str) else text
        return cls(status, body, (("content-type", content_type), *headers))

    @classmethod
    def empty(cls, status: int, headers: Iterable[tuple[str, str]] = ()) -> Response:
        """An answer with no body (a 401 of the Storage Service, a 405)."""
        return cls(status, b"", tuple(headers))

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (case-insensitive), or None."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


@attrs.define
class Knobs:
    """Settings every simulator shares, changeable while it runs.

    - ``latency``: seconds added to every answer (the adapters sleep; async ones without blocking).
    - ``fault_rate``: the share of requests (0 to 1) that get one of ``faults`` instead of an answer.
    - ``faults``: which faults to draw from: ``server_error`` (a 503 JSON answer), ``reset`` (the connection is
      dropped), ``truncate`` (the body is cut short), ``html_error`` (a 500 HTML page, as Django or Jetty send),
      ``json_error`` (an error body with status 200, as older Archivematica dashboards answer), ``drip`` (the
      right answer, its body sent in 20 pieces ``drip_seconds`` apart: a server that sends a byte at a time).
    - ``drip_seconds``: the pause between the pieces of a dripped body.
    - ``seed``: the seed of the fault draws, so a failing test replays.

    Example::

        sim.knobs.latency = 0.05
        sim.knobs.fault_rate, sim.knobs.faults = 0.1, ("server_error", "reset")
    """

    latency: float = 0.0
    fault_rate: float = 0.0
    faults: tuple[FaultKind, ...] = ("server_error",)
    seed: int = 0
    drip_seconds: float = 0.05
    _rng: random.Random = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def draw_fault(self) -> FaultKind | None:
        """Decide whether the next request fails, and how."""
        if self.fault_rate <= 0 or not self.faults:
            return None
        if self._rng.random() >= self.fault_rate:
            return None
        return self._rng.choice(self.faults)


Handler = Callable[..., Response]


class Router:
    """Maps ``(method, path pattern)`` to handlers; patterns use ``{name}`` segments (``/repositories/{repo_id}``).

    A segment named ``{name:path}`` matches the rest of the path. Captured values are passed as keyword strings.

    Example::

        router = Router()
        router.add("GET", "/version", lambda request: Response.text("v4.2"))
        handler, kwargs = router.match("GET", "/version")
    """

    _SEGMENT = re.compile(r"\{(\w+)(:path)?\}")

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        """Register ``handler`` for ``method`` (or ``*``) on ``pattern``."""

        def segment(m: re.Match[str]) -> str:
            return f"(?P<{m.group(1)}>.+)" if m.group(2) else f"(?P<{m.group(1)}>[^/]+)"

        regex, pos = "", 0
        for m in self._SEGMENT.finditer(pattern):
            regex += re.escape(pattern[pos : m.start()]) + segment(m)
            pos = m.end()
        regex += re.escape(pattern[pos:])
        self._routes.append((method.upper(), re.compile(f"^{regex}$"), handler))

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`add`."""

        def register(handler: Handler) -> Handler:
            self.add(method, pattern, handler)
            return handler

        return register

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]] | None:
        """The handler and captured path values for a request, or None. ``None`` with a path that matches under
        another method is told apart by :meth:`allowed`."""
        for route_method, regex, handler in self._routes:
            m = regex.match(path)
            if m and route_method in (method.upper(), "*"):
                return handler, m.groupdict()
        return None

    def allowed(self, path: str) -> list[str]:
        """The methods registered for ``path`` (for a 405's ``Allow`` header)."""
        return sorted({meth for meth, regex, _ in self._routes if regex.match(path)})


class Simulator:
    """Base of the three simulators: a lock, the knobs, and a request counter.

    Subclasses implement :meth:`handle`. Adapters call :meth:`dispatch`, which serialises requests (the
    simulators are plain in-memory state) and counts them.

    Example::

        class Hello(Simulator):
            def handle(self, request: Request) -> Response:
                return Response.text("hello")

        httpx.Client(transport=Hello().transport()).get("http://hello.test/").text == "hello"
    """

    def __init__(self, knobs: Knobs | None = None) -> None:
        self.knobs = knobs or Knobs()
        self.lock = threading.RLock()
        self.requests_served = 0

    def handle(self, request: Request) -> Response:  # pragma: no cover - abstract
        """Answer one request."""
        raise NotImplementedError

    def dispatch(self, request: Request) -> Response:
        """Answer one request under the lock, counting it."""
        with self.lock:
            self.requests_served += 1
            return self.handle(request)

    def fault_response(self, fault: FaultKind) -> Response:
        """The answer an injected ``server_error``, ``html_error`` or ``json_error`` fault sends (subclasses may
        override).

        Example::

            sim.fault_response("server_error").status  # 503
        """
        if fault == "html_error":
            page = (
                "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
                "<body><h1>Internal Server Error</h1><p>The server encountered an unexpected condition "
                "(a fault injected by the simulator).</p></body></html>\n"
            )
            return Response.text(page, status=500, content_type="text/html; charset=utf-8")
        if fault == "json_error":
            return Response.json({"error": True, "message": "Internal error (a fault injected by the simulator)"})
        return Response.json({"error": "Service Unavailable (a fault injected by the simulator)"}, status=503)

    def transport(self) -> SimulatorTransport:
        """An httpx transport (sync and async) that answers from this simulator in-process.

        Example::

            client = httpx.Client(transport=sim.transport(), base_url="http://archivesspace.test")
        """
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve this simulator over HTTP/1.1 in a background thread; yields the base URL.

        ``port=0`` picks a free port. Only loopback hosts are accepted (see :func:`fonds.testing._server.serve`).
        Needs uvicorn (``pip install 'fonds[server]'``).

        Example::

            with sim.serve() as base_url:
                httpx.get(f"{base_url}/version")
        """
        from ._server import serve

        with serve(self, host=host, port=port) as base_url:
            yield base_url
