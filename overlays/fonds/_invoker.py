"""Sends generated operations through a client's httpx session: retries, deadlines, error mapping, parsing, paging.

The generated namespaces (``archivesspace_api.api.Namespaces``...) call an *invoker* with an operation function
(``sync_detailed`` or ``asyncio_detailed`` of a generated module) and its arguments. The invoker builds the
request with the module's ``_get_kwargs`` and sends it with the client's own ``httpx.Client`` (whose ``auth``
keeps the session) under the client's ``call_timeout``. It reads the whole body inside the retry loop, so a
read answered 502/503/504, dropped, or answered a 2xx it cannot use (not JSON, cut short, not the operation's
shape: ``InvalidResponse``) is sent again as the :class:`~fonds.RetryPolicy` says. A 2xx error body
(``{"error": true, "message": ...}``) raises ``ErrorAnswer``; an error status raises its typed
:mod:`fonds.errors` exception before any parsing (so an HTML error page never becomes a JSON decode error).
Success is parsed with the module's ``_parse_response``; nothing it raises escapes untyped.
"""

from __future__ import annotations

import builtins
import contextvars
import json
import logging
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from types import ModuleType
from typing import Any

import anyio
import httpx

from . import _wire, errors
from ._arguments import check_arguments
from ._bodies import EXTENSION as BODY_EXTENSION
from ._bodies import Body
from ._redact import Secrets, redact_url
from ._retry import RETRY_STATUSES, BrokenBody, RetryableStatus, RetryPolicy, aretried, retried
from .pagination import AsyncPager, Pager, aspace_fetcher, chunks, identity, tastypie_fetcher

logger = logging.getLogger("fonds")

#: The last answer the invoker received in this thread or task (``client.last_response``).
LAST_RESPONSE: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "fonds_last_response", default=None
)


def _module(operation: Callable[..., Any]) -> ModuleType:
    return sys.modules[operation.__module__]


def _request_kwargs(module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request a generated module builds, once every argument passed the spec's checks (``_CHECKS``, see
    :mod:`fonds._arguments`): a refused one raises ``InvalidArgument`` before anything is built or sent."""
    checked = check_arguments(module, kwargs)
    try:
        built: dict[str, Any] = module._get_kwargs(**checked)
    except RecursionError:  # a body holding itself: its to_dict() never ends
        found = "a value that holds itself (a cycle), or nesting too deep"
        raise errors.InvalidArgument(_operation_name(module), "body", "a body JSON can carry", found) from None
    for name, value in (built.get("headers") or {}).items():
        if isinstance(value, str) and not value.isascii():
            raise errors.ConfigurationError(f"header {name} must be ASCII text, got {value!r}")
    if "json" in built:
        built["content"] = json_body(_operation_name(module), built.pop("json"))
        built["headers"] = {**(built.get("headers") or {}), "Content-Type": "application/json"}
    return built


def json_body(operation: str, data: Any) -> bytes:
    """``data`` (a body's ``to_dict()``) as the JSON bytes httpx would send; a value JSON cannot carry (NaN or
    infinity, bytes, a set, an object, a key that is not text, a lone surrogate, a cycle, an integer past Python's
    4,300 digits) is ``InvalidArgument`` naming where it is (``body.dates[0].begin``), before anything is sent.

    Example: ``json_body("create_accession", {"title": float("nan")})`` raises; ``{"title": "t"}`` gives
    ``b'{"title":"t"}'``.
    """
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError, UnicodeEncodeError):
        where, found = _not_json(data, "body", set())
        wanted = "JSON values only (text, finite numbers, true/false, null, lists, objects with text keys)"
        raise errors.InvalidArgument(operation, where, wanted, found) from None


def _not_json(value: Any, where: str, seen: set[int]) -> tuple[str, str]:
    """Where in ``value`` the first value JSON cannot carry is, and what it is."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where, "text with a lone surrogate"
        return "", ""
    if value is None or isinstance(value, bool):
        return "", ""
    if isinstance(value, int):
        try:
            str(value)
        except ValueError:
            return where, "an integer of more than 4,300 digits"
        return "", ""
    if isinstance(value, float):
        return ("", "") if value == value and value not in (float("inf"), float("-inf")) else (where, repr(value))
    if isinstance(value, (dict, list, tuple)):
        if id(value) in seen:
            return where, "a cycle (the value holds itself)"
        seen = seen | {id(value)}
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(value, dict) and not isinstance(key, (str, int, float, bool)) and key is not None:
                return where, f"a key of type {type(key).__name__}"
            path = f"{where}.{key}" if isinstance(value, dict) else f"{where}[{key}]"
            found = _not_json(item, path, seen)
            if found[0]:
                return found
        return "", ""
    return where, type(value).__name__


def _documents(module: ModuleType, status: int) -> bool:
    """Whether the spec documents ``status`` as an answer of ``module``'s operation."""
    return any(low <= status <= high for low, high in module._CHECKS.get("answers", ()))


def _operation_name(module: ModuleType | None) -> str:
    return module.__name__.rsplit(".", 1)[-1] if module is not None else "the call"


def _error_flag(content: bytes) -> dict[str, Any] | None:
    """The body when it is an error body (``{"error": true, ...}``: Archivematica and the Storage Service answer
    some failures so, older dashboards with status 200; or a body holding only an error message); None
    otherwise. ArchivesSpace never answers a boolean
    ``error`` (its validation errors are 400 ``{"error": {...}}``, its records have no ``error`` field)."""
    if not content.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{") or b'"error"' not in content:
        return None
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return None
    if not isinstance(body, dict):
        return None
    if body.get("error") is True:
        return body
    # A body that is nothing but an error message ({"error": "Internal error"}): no record or page is only that.
    only_error = bool(body.get("error")) and set(body) <= {"error", "message", "code", "reason", "warning"}
    return body if only_error else None


def _unbind(response: httpx.Response) -> None:
    """Drop the reference cycle httpx makes between a response and its stream once the body is read: otherwise
    every answer (a whole page) waits for the collector's full pass, and a long harvest's memory grows."""
    response.stream = httpx.ByteStream(response.content)


class _Base:
    def __init__(
        self, generated_client: Any, secrets: Secrets, retry: RetryPolicy, call_timeout: float | None = None
    ) -> None:
        self.client = generated_client
        self.secrets = secrets
        self.retry = retry
        self.call_timeout = call_timeout
        #: The repository an ArchivesSpace call without ``repo_id`` goes to (``ArchivesSpace(repo_id=2)``).
        self.default_repo_id: int | None = None

    def fill(self, module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` with a ``repo_id`` left out (None) filled from the client's default repository."""
        if "repo_id" in kwargs and kwargs["repo_id"] is None:
            if self.default_repo_id is None:
                raise errors.InvalidArgument(
                    _operation_name(module), "repo_id", "a repository id (or a default: ArchivesSpace(repo_id=2))"
                )
            kwargs["repo_id"] = self.default_repo_id
        return kwargs

    def check(self, response: httpx.Response) -> None:
        """Raise the typed error for an error answer (secrets redacted before the body is shortened)."""
        if response.status_code < 400:
            return
        body = errors.parse_body(response.content, response.headers.get("content-type", ""), self.secrets.redact)
        cls = errors.error_class(response.status_code)
        raise cls(response.status_code, response.request.method, self.path(response.request), body)

    def path(self, request: httpx.Request) -> str:
        """The path of ``request`` as errors show it: a secret in it (``/users/<u>/login/<token>``) masked."""
        return str(self.secrets.redact(request.url.path))

    def hold_secrets(self, module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs``, with the values of the operation's secret parameters (a login token in a path, a new user's
        ``password`` in a query) added to the client's secrets, so no log line, error or repr shows them."""
        for name, entry in module._CHECKS["parameters"].items():
            value = kwargs.get(name)
            if entry.get("secret") and isinstance(value, str):
                self.secrets.add(value)
        return kwargs

    @staticmethod
    def build(http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], body: Body) -> httpx.Request:
        """The request of ``kwargs``, carrying its :class:`~fonds._bodies.Body` for a session that replays it."""
        request = http.build_request(**kwargs)
        request.extensions[BODY_EXTENSION] = body
        return request

    def log(self, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            url = redact_url(str(response.request.url), self.secrets)
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s (%.0f ms)", response.request.method, url, response.status_code, elapsed)

    def invalid(self, response: httpx.Response, reason: str, content: bytes | None) -> errors.InvalidResponse:
        """The ``InvalidResponse`` for a 2xx answer fonds cannot use (body: a redacted excerpt)."""
        text = None
        if content:
            text = errors.excerpt(self.secrets.redact_cut(content.decode("utf-8", "replace")))
        request = response.request
        return errors.InvalidResponse(
            response.status_code, request.method, self.path(request), text, str(self.secrets.redact(reason))
        )

    def parse(self, module: ModuleType | None, response: httpx.Response) -> Any:
        """The parsed body of a 2xx answer; ``ErrorAnswer`` for an error body, ``InvalidResponse`` (in a
        ``BrokenBody``, so a read is retried) for one that is not JSON or not the operation's shape."""
        flagged = _error_flag(response.content)
        if flagged is not None:
            request = response.request
            body = self.secrets.redact(flagged)
            raise errors.ErrorAnswer(response.status_code, request.method, self.path(request), body)
        if module is None:
            return None
        try:
            return module._parse_response(client=self.client, response=response)
        except Exception as exc:  # any failure to decode or fit the body: JSONDecodeError, KeyError, RecordError...
            what = "not JSON" if isinstance(exc, ValueError) and "JSON" in type(exc).__name__ else "not its shape"
            detail = f"{type(exc).__name__} {exc}".strip()
            reason = f"the answer of {_operation_name(module)} is {what} ({detail})"
            raise BrokenBody(self.invalid(response, reason, response.content)) from None

    def receive(self, module: ModuleType | None, response: httpx.Response, started: float) -> Any:
        """What one attempt does with an answer whose body has been read: log it, hand 502/503/504 and broken
        2xx bodies to the retry loop, parse success."""
        LAST_RESPONSE.set(response)
        self.log(response, started)
        if response.status_code in RETRY_STATUSES:
            raise RetryableStatus(response)
        if 200 <= response.status_code < 400:  # 3xx too: by-external-id answers 300 with a list of URIs
            return self.parse(module, response)
        return None

    def cut_short(self, response: httpx.Response, exc: Exception) -> Exception:
        """The error for a body that broke off: ``InvalidResponse`` after a 2xx status (retried for reads), the
        transport error otherwise."""
        LAST_RESPONSE.set(response)
        if response.status_code >= 400 and isinstance(exc, httpx.DecodingError):
            # An error answer whose body cannot be decoded (a broken gzip): still the status's typed error.
            request = response.request
            cls = errors.error_class(response.status_code)
            return cls(response.status_code, request.method, self.path(request), "(a body that could not be decoded)")
        if isinstance(exc, errors.CallTimeout) or not 200 <= response.status_code < 300:
            return exc
        reason = f"the answer was cut short: {exc}"
        return BrokenBody(self.invalid(response, reason, None))

    def id_list(self, answer: Any) -> list[int]:
        """``answer`` of an ``all_ids`` listing, checked: a list of distinct ids >= 1, else ``InvalidResponse`` (a
        page or an object where the ids should be, an id twice)."""
        if type(answer) is not list or not all(type(item) is int for item in answer):
            raise self._unusable(f"the answer of all_ids is not a list of ids (it is {type(answer).__name__})")
        if any(item < 1 for item in answer):
            raise self._unusable("the answer of all_ids holds an id below 1")
        if len(set(answer)) != len(answer):
            raise self._unusable("the answer of all_ids holds an id twice")
        return answer

    def in_order(self, ids: list[int], answer: Any) -> list[Any]:
        """The records of a ``get_many`` answer sorted as ``ids`` were asked for (the server answers an id_set in
        its own order, and leaves out ids it has no record for). A record not asked for, one twice, or an answer
        that is not a list of records is ``InvalidResponse``: never a record lost or yielded twice unnoticed."""
        if type(answer) is not list:
            raise self._unusable(f"the answer of an id_set is not a list of records (it is {type(answer).__name__})")
        position = {id_: i for i, id_ in enumerate(ids)}
        placed: dict[int, Any] = {}
        for record in answer:
            record_id = _record_id(record)
            if record_id is None or record_id not in position:
                shown = identity(record) or type(record).__name__
                raise self._unusable(f"the answer of an id_set holds {shown}, which was not asked for")
            if record_id in placed:
                raise self._unusable(f"the answer of an id_set holds {identity(record)} twice")
            placed[record_id] = record
        return [placed[id_] for id_ in sorted(placed, key=position.__getitem__)]

    def _unusable(self, reason: str) -> errors.InvalidResponse:
        response = LAST_RESPONSE.get()
        if response is None:  # pragma: no cover - a call always sets it
            return errors.InvalidResponse(200, "GET", "", None, reason)
        return self.invalid(response, reason, response.content)

    def finish(self, outcome: tuple[httpx.Response, Any], module: ModuleType | None = None) -> Any:
        """The parsed body of a call's answer; the typed error of an error status, and ``InvalidResponse`` for a
        redirect the operation never answers (a proxy sending the call to a login page): not None."""
        response, parsed = outcome
        self.check(response)
        status = response.status_code
        if 300 <= status < 400 and module is not None and not _documents(module, status):
            where = redact_url(response.headers.get("location", "nowhere"), self.secrets)
            reason = (
                f"{_operation_name(module)} answered {status}, a redirect to {where}, which it never answers "
                "(a proxy or a single sign-on page in front of the API?)"
            )
            raise self.invalid(response, reason, None)
        return parsed


def _unwrap(exc: BaseException, secrets: Secrets) -> BaseException:
    """The exception a caller sees for one the retry loop gave up on."""
    if isinstance(exc, BrokenBody):
        return exc.error
    if isinstance(exc, httpx.HTTPError):  # DecodingError (a broken gzip body) and the like
        return _wire.translate(exc, secrets)
    return exc


class SyncInvoker(_Base):
    """The invoker of a synchronous client."""

    def send(self, kwargs: dict[str, Any], module: ModuleType | None = None) -> tuple[httpx.Response, Any]:
        """Send one request built by a module's ``_get_kwargs``, retrying reads as the policy says, within the
        call's deadline; the answer and its parsed body (None for an error status)."""
        http: httpx.Client = self.client.get_httpx_client()
        body = Body(_operation_name(module), kwargs)

        def attempt() -> tuple[httpx.Response, Any]:
            _wire.check_deadline(f"{kwargs['method'].upper()} {self.secrets.redact(kwargs['url'])}")
            started = time.perf_counter()
            body.rewind()
            response = http.send(self.build(http, kwargs, body), stream=True)
            try:
                response.read()
            except (httpx.HTTPError, errors.TransportError) as exc:
                raise self.cut_short(response, exc) from None
            finally:
                response.close()
            _unbind(response)
            return response, self.receive(module, response, started)

        with _wire.deadline(self.call_timeout) as ends:
            try:
                if not (self.retry.applies_to(kwargs["method"]) and body.resendable):
                    return attempt()
                return retried(self.retry, ends, attempt)
            except RetryableStatus as exc:
                return exc.response, None
            except (BrokenBody, httpx.HTTPError) as exc:
                raise _unwrap(exc, self.secrets) from None

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Send ``operation`` with ``kwargs``; the parsed success body, or a typed error."""
        module = _module(operation)
        kwargs = self.hold_secrets(module, self.fill(module, kwargs))
        return self.finish(self.send(_request_kwargs(module, kwargs), module), module)

    def pages(self, style: str, operation: Callable[..., Any], /, **kwargs: Any) -> Pager[Any]:
        """A lazy iterator over every record of a paginated listing."""
        page_size = kwargs.pop("page_size")
        start = kwargs.pop("start_page", 1)
        if style == "aspace":
            return Pager(aspace_fetcher(lambda **kw: self.call(operation, **kw), kwargs, page_size), start)
        return Pager(tastypie_fetcher(lambda **kw: self.call(operation, **kw), kwargs, page_size), start)

    def ids(self, operation: Callable[..., Any], /, **kwargs: Any) -> list[int]:
        """Every id of a paginated listing, in one request."""
        kwargs.pop("resolve", None)
        return self.id_list(self.call(operation, all_ids=True, **kwargs))

    def get_many(self, operation: Callable[..., Any], ids: Iterable[int], /, **kwargs: Any) -> Iterator[Any]:
        """The records with these ids, 250 a request, in the order asked for."""
        for chunk in chunks(ids, 250):
            yield from self.in_order(chunk, self.call(operation, id_set=chunk, **kwargs))


class AsyncInvoker(_Base):
    """The invoker of an asynchronous client."""

    async def send(self, kwargs: dict[str, Any], module: ModuleType | None = None) -> tuple[httpx.Response, Any]:
        """Send one request built by a module's ``_get_kwargs``, retrying reads as the policy says, within the
        call's deadline (which also cuts a stalled status line or headers short)."""
        http: httpx.AsyncClient = self.client.get_async_httpx_client()
        body = Body(_operation_name(module), kwargs)

        async def attempt() -> tuple[httpx.Response, Any]:
            _wire.check_deadline(f"{kwargs['method'].upper()} {self.secrets.redact(kwargs['url'])}")
            started = time.perf_counter()
            left = _wire.remaining()
            body.rewind()
            try:
                with anyio.fail_after(left):
                    response = await http.send(self.build(http, body.for_async(kwargs), body), stream=True)
                    try:
                        await response.aread()
                    except (httpx.HTTPError, errors.TransportError) as exc:
                        raise self.cut_short(response, exc) from None
                    finally:
                        await response.aclose()
                    _unbind(response)
            except builtins.TimeoutError as exc:
                if isinstance(exc, errors.FondsError):
                    raise
                raise errors.CallTimeout(f"{kwargs['method'].upper()} took longer than its call_timeout") from None
            return response, self.receive(module, response, started)

        with _wire.deadline(self.call_timeout) as ends:
            try:
                if not (self.retry.applies_to(kwargs["method"]) and body.resendable):
                    return await attempt()
                return await aretried(self.retry, ends, attempt)
            except RetryableStatus as exc:
                return exc.response, None
            except (BrokenBody, httpx.HTTPError) as exc:
                raise _unwrap(exc, self.secrets) from None

    async def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Send ``operation`` with ``kwargs``; the parsed success body, or a typed error."""
        module = _module(operation)
        kwargs = self.hold_secrets(module, self.fill(module, kwargs))
        return self.finish(await self.send(_request_kwargs(module, kwargs), module), module)

    def pages(self, style: str, operation: Callable[..., Any], /, **kwargs: Any) -> AsyncPager[Any]:
        """A lazy async iterator over every record, up to ``concurrency`` pages in flight, in order."""
        page_size = kwargs.pop("page_size")
        concurrency = kwargs.pop("concurrency", 1)
        start = kwargs.pop("start_page", 1)

        async def fetch(**kw: Any) -> Any:
            return await self.call(operation, **kw)

        fetcher = (
            aspace_fetcher(fetch, kwargs, page_size)
            if style == "aspace"
            else tastypie_fetcher(fetch, kwargs, page_size)
        )
        return AsyncPager(fetcher, start, concurrency)

    async def ids(self, operation: Callable[..., Any], /, **kwargs: Any) -> list[int]:
        """Every id of a paginated listing, in one request."""
        kwargs.pop("resolve", None)
        return self.id_list(await self.call(operation, all_ids=True, **kwargs))

    async def get_many(self, operation: Callable[..., Any], ids: Iterable[int], /, **kwargs: Any) -> AsyncIterator[Any]:
        """The records with these ids, 250 a request, in the order asked for."""
        for chunk in chunks(ids, 250):
            for record in self.in_order(chunk, await self.call(operation, id_set=chunk, **kwargs)):
                yield record


def _record_id(record: Any) -> int | None:
    uri = identity(record)
    if uri is not None:
        tail = uri.rstrip("/").rsplit("/", 1)[-1]
        if tail.isascii() and tail.isdigit() and len(tail) <= 18:
            return int(tail)
    return None
