"""``Archivematica`` and ``AsyncStorageService``: the Storage Service clients."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import httpx
import storage_service_api.client as _generated
from storage_service_api.api import AsyncNamespaces, Namespaces

from .._apikey import ApiKeyAuth
from .._base import AsyncClientBase, SyncClientBase
from .._config import api_key_settings
from .._redact import Secrets
from .._retry import RetryPolicy
from ._namespaces import Packages, wait_for_task

DEFAULT_URL = "http://localhost:62081"


def _auth(url: str | None, username: str | None, api_key: str | None) -> tuple[str, ApiKeyAuth, Secrets]:
    url, username, api_key = api_key_settings("FONDS_SS", url, username, api_key, DEFAULT_URL)
    secrets = Secrets()
    secrets.add(api_key)
    return url, ApiKeyAuth(username, api_key), secrets


class StorageService(SyncClientBase, Namespaces):  # type: ignore[misc]
    """A typed client of the Archivematica Storage Service: ``ss.packages``, ``ss.locations``, ``ss.spaces``...

    Credentials travel in the ``Authorization: ApiKey user:key`` header, never in a URL. Settings come from the
    arguments, else ``FONDS_SS_URL``/``FONDS_SS_USERNAME``/``FONDS_SS_API_KEY``.

    Example::

        from fonds import StorageService

        with StorageService("http://localhost:62081", username="test", api_key="test") as ss:
            for package in ss.packages.list(package_type="AIP"):
                print(package.uuid)
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        url, auth, secrets = _auth(url, username, api_key)
        self._setup(
            _generated,
            url,
            auth,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
        )

    @cached_property
    def packages(self) -> Packages:
        """Packages (AIPs, DIPs, transfers): every route; ``download(uuid, to=...)`` streams to disk atomically."""
        namespace = Packages(self._invoker)
        namespace._client = self
        return namespace

    def wait_for_task(self, location: str, *, timeout: float | None = None) -> Any:
        """Poll the async task a 202 answer points at (its ``Location`` header) until it completes, with backoff;
        returns the finished ``AsyncTask`` (``OperationTimeout`` after ``timeout`` seconds).

        Example::

            task = ss.wait_for_task("/api/v2/async/12/", timeout=600)
            print(task.was_error, task.result)
        """
        return wait_for_task(self, location, timeout=timeout)

    def __enter__(self) -> StorageService:
        return self


class AsyncStorageService(AsyncClientBase, AsyncNamespaces):  # type: ignore[misc]
    """The asynchronous twin of :class:`StorageService`.

    Example::

        async with AsyncStorageService(url, username="test", api_key="test") as ss:
            async for package in ss.packages.list(concurrency=4):
                ...
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url, auth, secrets = _auth(url, username, api_key)
        self._setup(
            _generated,
            url,
            auth,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
        )

    async def __aenter__(self) -> AsyncStorageService:
        return self
