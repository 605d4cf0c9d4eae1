"""Sends generated operations through a client's httpx session: retries, error mapping, parsing, paging.

The generated namespaces (``archivesspace_api.api.Namespaces``...) call an *invoker* with an operation function
(``sync_detailed`` or ``asyncio_detailed`` of a generated module) and its arguments. The invoker builds the
request with the module's ``_get_kwargs``, sends it with the client's own ``httpx.Client`` (whose ``auth`` keeps
the session), raises a typed :mod:`fonds.errors` exception for an error status before trying to parse the body
(so an HTML error page never becomes a JSON decode error), and parses success with the module's
``_parse_response``.
"""

from __future__ import annotations

import contextvars
import logging
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from types import ModuleType
from typing import Any

import httpx
import tenacity

from . import errors
from ._arguments import check_arguments
from ._redact import Secrets, redact_url
from ._retry import RETRY_STATUSES, RetryableStatus, RetryPolicy
from .pagination import AsyncPager, Pager, aspace_fetcher, chunks, tastypie_fetcher

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
    built: dict[str, Any] = module._get_kwargs(**check_arguments(module, kwargs))
    for name, value in (built.get("headers") or {}).items():
        if isinstance(value, str) and not value.isascii():
            raise errors.ConfigurationError(f"header {name} must be ASCII text, got {value!r}")
    return built


def _translate(exc: httpx.TransportError) -> errors.TransportError:
    kind = errors.TimeoutError if isinstance(exc, httpx.TimeoutException) else errors.TransportError
    return kind(f"{type(exc).__name__} talking to the server: {exc}")


class _Base:
    def __init__(self, generated_client: Any, secrets: Secrets, retry: RetryPolicy) -> None:
        self.client = generated_client
        self.secrets = secrets
        self.retry = retry

    def check(self, response: httpx.Response) -> None:
        """Raise the typed error for an error answer (secrets redacted)."""
        if response.status_code < 400:
            return
        body = self.secrets.redact(errors.parse_body(response.content, response.headers.get("content-type", "")))
        cls = errors.error_class(response.status_code)
        raise cls(response.status_code, response.request.method, response.request.url.path, body)

    def log(self, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            url = redact_url(str(response.request.url), self.secrets)
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s (%.0f ms)", response.request.method, url, response.status_code, elapsed)

    def parse(self, module: ModuleType, response: httpx.Response) -> Any:
        return module._parse_response(client=self.client, response=response)


class SyncInvoker(_Base):
    """The invoker of a synchronous client."""

    def send(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one request built by a module's ``_get_kwargs``, retrying reads as the policy says."""
        http: httpx.Client = self.client.get_httpx_client()

        def attempt() -> httpx.Response:
            started = time.perf_counter()
            response = http.request(**kwargs)
            self.log(response, started)
            if response.status_code in RETRY_STATUSES:
                raise RetryableStatus(response)
            return response

        try:
            if not self.retry.applies_to(kwargs["method"]):
                return attempt()
            return tenacity.Retrying(**self.retry.tenacity_kwargs())(attempt)  # type: ignore[arg-type]
        except RetryableStatus as exc:
            return exc.response
        except httpx.TransportError as exc:
            raise _translate(exc) from None

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Send ``operation`` with ``kwargs``; the parsed success body, or a typed error."""
        module = _module(operation)
        response = self.send(_request_kwargs(module, kwargs))
        LAST_RESPONSE.set(response)
        self.check(response)
        return self.parse(module, response)

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
        return list(self.call(operation, all_ids=True, **kwargs))

    def get_many(self, operation: Callable[..., Any], ids: Iterable[int], /, **kwargs: Any) -> Iterator[Any]:
        """The records with these ids, 250 a request, in the order asked for."""
        for chunk in chunks(ids, 250):
            yield from _in_order(chunk, self.call(operation, id_set=chunk, **kwargs))


class AsyncInvoker(_Base):
    """The invoker of an asynchronous client."""

    async def send(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one request built by a module's ``_get_kwargs``, retrying reads as the policy says."""
        http: httpx.AsyncClient = self.client.get_async_httpx_client()

        async def attempt() -> httpx.Response:
            started = time.perf_counter()
            response = await http.request(**kwargs)
            self.log(response, started)
            if response.status_code in RETRY_STATUSES:
                raise RetryableStatus(response)
            return response

        try:
            if not self.retry.applies_to(kwargs["method"]):
                return await attempt()
            retrying = tenacity.AsyncRetrying(**self.retry.tenacity_kwargs())  # type: ignore[arg-type]
            return await retrying(attempt)
        except RetryableStatus as exc:
            return exc.response
        except httpx.TransportError as exc:
            raise _translate(exc) from None

    async def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Send ``operation`` with ``kwargs``; the parsed success body, or a typed error."""
        module = _module(operation)
        response = await self.send(_request_kwargs(module, kwargs))
        LAST_RESPONSE.set(response)
        self.check(response)
        return self.parse(module, response)

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
        return list(await self.call(operation, all_ids=True, **kwargs))

    async def get_many(self, operation: Callable[..., Any], ids: Iterable[int], /, **kwargs: Any) -> AsyncIterator[Any]:
        """The records with these ids, 250 a request, in the order asked for."""
        for chunk in chunks(ids, 250):
            for record in _in_order(chunk, await self.call(operation, id_set=chunk, **kwargs)):
                yield record


def _record_id(record: Any) -> int | None:
    uri = getattr(record, "uri", None)
    if isinstance(uri, str):
        tail = uri.rstrip("/").rsplit("/", 1)[-1]
        if tail.isdigit():
            return int(tail)
    return None


def _in_order(ids: list[int], records: Iterable[Any]) -> list[Any]:
    """``records`` sorted as ``ids`` were asked for (the server answers an id_set in its own order)."""
    position = {id_: i for i, id_ in enumerate(ids)}
    return sorted(records, key=lambda r: position.get(_record_id(r) or -1, len(position)))
