"""``StorageService`` and ``AsyncStorageService``: the Storage Service clients."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import storage_service_api.client as _generated
from storage_service_api.api import AsyncNamespaces, Namespaces

from .._apikey import ApiKeyClient, AsyncApiKeyClient
from ._listing import SkippingListings
from ._namespaces import (
    AsyncLocations,
    AsyncPackages,
    AsyncSpaces,
    AsyncSword,
    Locations,
    Packages,
    Spaces,
    Sword,
    async_wait_for_task,
    wait_for_task,
)

DEFAULT_URL = "http://localhost:62081"


class StorageService(ApiKeyClient, Namespaces):  # type: ignore[misc]
    """A typed client of the Archivematica Storage Service: ``ss.packages``, ``ss.locations``, ``ss.spaces``...

    Credentials travel in the ``Authorization: ApiKey user:key`` header, never in a URL. Settings come from the
    arguments, else ``FONDS_SS_URL``/``FONDS_SS_USERNAME``/``FONDS_SS_API_KEY``.

    Example::

        from fonds import StorageService

        with StorageService("http://localhost:62081", username="test", api_key="test") as ss:
            for package in ss.packages.list(package_type="AIP"):
                print(package.uuid)
    """

    _generated = _generated
    _env_prefix = "FONDS_SS"
    _default_url = DEFAULT_URL

    @cached_property
    def packages(self) -> Packages:
        """Packages (AIPs, DIPs, transfers): every route; ``download(uuid, to=...)`` streams to disk atomically."""
        namespace = Packages(SkippingListings(self._invoker))
        namespace._client = self
        return namespace

    @cached_property
    def locations(self) -> Locations:
        """Locations: every route; ``browse`` takes plain paths; the SWORD collection feed as ``bytes``:
        ``ss.locations.browse(uuid=location_uuid, path="sample-transfer").names``."""
        return Locations(self._invoker)

    @cached_property
    def spaces(self) -> Spaces:
        """Spaces: every route; ``browse`` answers with its names decoded: ``ss.spaces.browse(uuid=u, path="/")``."""
        return Spaces(self._invoker)

    @cached_property
    def sword(self) -> Sword:
        """The SWORD 2 service document, as ``bytes``: ``ss.sword.get_service_document()``."""
        return Sword(self._invoker)

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


class AsyncStorageService(AsyncApiKeyClient, AsyncNamespaces):  # type: ignore[misc]
    """The asynchronous twin of :class:`StorageService`.

    Example::

        async with AsyncStorageService(url, username="test", api_key="test") as ss:
            async for package in ss.packages.list(concurrency=4):
                ...
    """

    _generated = _generated
    _env_prefix = "FONDS_SS"
    _default_url = DEFAULT_URL

    @cached_property
    def packages(self) -> AsyncPackages:
        """Packages: every route; listings skip unserializable packages; XML/Atom documents as ``bytes``:
        ``async for package in ss.packages.list(package_type="AIP"): ...``."""
        return AsyncPackages(SkippingListings(self._invoker))

    @cached_property
    def locations(self) -> AsyncLocations:
        """Locations: every route; ``browse`` takes plain paths; the SWORD collection feed as ``bytes``:
        ``await ss.locations.browse(uuid=location_uuid, path="sample-transfer")``."""
        return AsyncLocations(self._invoker)

    @cached_property
    def spaces(self) -> AsyncSpaces:
        """Spaces: every route; ``browse`` answers with its names decoded: ``await ss.spaces.browse(uuid=u)``."""
        return AsyncSpaces(self._invoker)

    @cached_property
    def sword(self) -> AsyncSword:
        """The SWORD 2 service document, as ``bytes``: ``await ss.sword.get_service_document()``."""
        return AsyncSword(self._invoker)

    async def wait_for_task(self, location: str, *, timeout: float | None = None) -> Any:
        """The asynchronous twin of :meth:`StorageService.wait_for_task`.

        Example::

            task = await ss.wait_for_task("/api/v2/async/12/", timeout=600)
            print(task.was_error, task.result)
        """
        return await async_wait_for_task(self, location, timeout=timeout)

    async def __aenter__(self) -> AsyncStorageService:
        return self
