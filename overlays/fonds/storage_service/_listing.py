"""Package listings that survive packages the server cannot serialize.

A Storage Service 0.23 cannot serialize a package whose ``origin_pipeline`` is null (a SWORD deposit): its GET,
and every list page that holds it, answers 400 in plain text (``... has an empty attribute 'origin_pipeline' and
doesn't allow a null value.``). A listing that meets such a page asks the server for the total, reads that page
one package at a time, and skips the packages that fail (each logged as a warning on the ``fonds`` logger);
every other package is still listed, in order. :class:`SkippingListings` gives a namespace's generated, typed
``list`` this behaviour.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import attrs

from .. import errors
from .._invoker import AsyncInvoker
from ..pagination import TASTYPIE_MAX_LIMIT, AsyncPager, Fetcher, PageFacts, Pager, count, tastypie_facts

logger = logging.getLogger("fonds")

#: An offset past any real listing: the page is empty but ``meta.total_count`` is still counted.
_BEYOND = 10**9


def unserializable(exc: errors.APIError) -> bool:
    """Whether ``exc`` is the server failing to serialize a package (a null non-nullable relation).

    Example: ``unserializable(exc)`` is True for the 400 a page holding a SWORD deposit answers.
    """
    return exc.status == 400 and isinstance(exc.body, str) and "doesn't allow a null value" in exc.body


def _skip(offset: int, exc: errors.APIError) -> None:
    logger.warning("skipped the package at offset %d: the server cannot serialize it (%s)", offset, exc.message)


def _page(objects: list[Any], total: int, offset: int, skipped: int) -> Any:
    return SimpleNamespace(meta=SimpleNamespace(total_count=total, offset=offset, skipped=skipped), objects=objects)


def _size(page_size: int) -> int:
    return min(count("list", "page_size", page_size), TASTYPIE_MAX_LIMIT)


def _unpack(size: int) -> Callable[[Any], PageFacts]:
    """A Tastypie page's facts, checked as every listing's are (offset, total, full pages), the packages a page
    read one at a time skipped counted as held."""

    def unpack(answer: Any) -> PageFacts:
        facts = tastypie_facts(answer, size)
        skipped = getattr(answer.meta, "skipped", 0)
        return attrs.evolve(facts, skipped=skipped) if skipped else facts

    return unpack


def skipping_fetcher(call: Callable[..., Any], filters: dict[str, Any], page_size: int) -> Fetcher:
    """A Tastypie ``limit``/``offset`` fetcher that reads a failing page one package at a time.

    Example: ``Pager(skipping_fetcher(lambda **kw: invoker.call(list_packages, **kw), {}, 1000))``.
    """
    size = _size(page_size)

    def request(page: int) -> Any:
        offset = (page - 1) * size
        try:
            return call(limit=size, offset=offset, **filters)
        except errors.ValidationError as exc:
            if not unserializable(exc):
                raise
        total = int(call(limit=1, offset=_BEYOND, **filters).meta.total_count)
        found: list[Any] = []
        skipped = 0
        for at in range(offset, min(offset + size, total)):
            try:
                found += list(call(limit=1, offset=at, **filters).objects)
            except errors.ValidationError as exc:
                if not unserializable(exc):
                    raise
                _skip(at, exc)
                skipped += 1
        return _page(found, total, offset, skipped)

    return Fetcher(request, _unpack(size), size)


def async_skipping_fetcher(call: Callable[..., Awaitable[Any]], filters: dict[str, Any], page_size: int) -> Fetcher:
    """The asynchronous twin of :func:`skipping_fetcher` (``call`` returns an awaitable).

    Example: ``AsyncPager(async_skipping_fetcher(fetch, {}, 1000), 1, 4)``.
    """
    size = _size(page_size)

    async def request(page: int) -> Any:
        offset = (page - 1) * size
        try:
            return await call(limit=size, offset=offset, **filters)
        except errors.ValidationError as exc:
            if not unserializable(exc):
                raise
        total = int((await call(limit=1, offset=_BEYOND, **filters)).meta.total_count)
        found: list[Any] = []
        skipped = 0
        for at in range(offset, min(offset + size, total)):
            try:
                found += list((await call(limit=1, offset=at, **filters)).objects)
            except errors.ValidationError as exc:
                if not unserializable(exc):
                    raise
                _skip(at, exc)
                skipped += 1
        return _page(found, total, offset, skipped)

    return Fetcher(request, _unpack(size), size)


class SkippingListings:
    """An invoker for the package namespaces: listings (``pages``) read a page the server cannot serialize one
    package at a time and skip what fails; every other call goes to the client's own invoker unchanged.

    Example: ``Packages(SkippingListings(client._invoker)).list(package_type="AIP")``.
    """

    def __init__(self, invoker: Any) -> None:
        self._inner = invoker

    def call(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Send one operation (the client's invoker does)."""
        return self._inner.call(operation, **kwargs)

    def ids(self, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Every id of a listing (the client's invoker does)."""
        return self._inner.ids(operation, **kwargs)

    def get_many(self, operation: Callable[..., Any], ids: Any, /, **kwargs: Any) -> Any:
        """Records by id (the client's invoker does)."""
        return self._inner.get_many(operation, ids, **kwargs)

    def pages(self, style: str, operation: Callable[..., Any], /, **kwargs: Any) -> Any:
        """A pager over every record, skipping the packages the server cannot serialize."""
        page_size = kwargs.pop("page_size")
        start = kwargs.pop("start_page", 1)
        if isinstance(self._inner, AsyncInvoker):
            concurrency = kwargs.pop("concurrency", 1)

            async def fetch(**kw: Any) -> Any:
                return await self._inner.call(operation, **kw)

            return AsyncPager(async_skipping_fetcher(fetch, kwargs, page_size), start, concurrency)
        return Pager(skipping_fetcher(lambda **kw: self._inner.call(operation, **kw), kwargs, page_size), start)
