"""The Storage Service namespaces fonds extends: atomic downloads, async tasks polled to completion, XML and Atom
documents as bytes, package listings that skip what the server cannot serialize."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from storage_service_api.api.locations import AsyncLocationsNamespace, LocationsNamespace
from storage_service_api.api.packages import AsyncPackagesNamespace, PackagesNamespace, download_package
from storage_service_api.api.spaces import AsyncSpacesNamespace, SpacesNamespace
from storage_service_api.api.sword import AsyncSwordNamespace, SwordNamespace
from storage_service_api.types import UNSET, Unset

from .. import errors
from .._arguments import url_for
from .._polling import PollPolicy, bounded, seconds
from ._browse import LocationListing, SpaceListing, location_listing, location_path, space_listing, space_path
from ._downloads import download, package_size
from ._raw import as_bytes


class Packages(PackagesNamespace):
    """``ss.packages``: every package route; :meth:`download` streams to disk atomically, ``list`` skips
    packages the server cannot serialize (see ``_listing``), and the XML/Atom routes answer ``bytes``."""

    _client: Any = None

    def get_pointer_file(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """The METS pointer file of a compressed AIP, as the server's bytes.

        Example: ``mets = ss.packages.get_pointer_file(uuid=aip_uuid)`` (``b'<?xml ...'``).
        """
        return as_bytes(super().get_pointer_file(uuid=uuid), f"/api/v2/file/{uuid}/pointer_file/")

    def get_sword_deposit(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A SWORD deposit's Atom entry, as bytes. Example: ``ss.packages.get_sword_deposit(uuid=deposit)``."""
        return as_bytes(super().get_sword_deposit(uuid=uuid), f"/api/v2/file/{uuid}/sword/")

    def get_sword_state(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A SWORD deposit's state (an Atom feed), as bytes. Example: ``ss.packages.get_sword_state(uuid=u)``."""
        return as_bytes(super().get_sword_state(uuid=uuid), f"/api/v2/file/{uuid}/sword/state/")

    def download(  # type: ignore[override]  # streams to a file instead of answering the bytes in memory
        self,
        uuid: str,
        to: str | os.PathLike[str] = ".",
        *,
        sha256: str | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> Path:
        """Download a package into ``to`` (a folder, or a file path) and return where it is.

        Nothing is left at the destination unless the whole body arrived with the announced size, the package's
        own ``size`` (looked up first, for a package stored as one file) and the ``sha256``, when given.
        ``on_progress(received, total)`` follows the bytes.

        Example::

            path = ss.packages.download(aip_uuid, to="aips/", on_progress=lambda got, total: print(got, total))
        """
        client = self._client
        # The path is built by the generated operation, after its checks: a UUID, percent-encoded.
        path = url_for(download_package, uuid=uuid)
        try:
            size = package_size(self.get(uuid=UUID(str(uuid))))
        except (errors.TransportError, errors.InvalidResponse):
            size = None  # the record did not come: the download is still checked against its Content-Length
        return download(
            client.http,
            path,
            to,
            fallback_name=str(uuid),
            sha256=sha256,
            on_progress=on_progress,
            expected_size=size,
            secrets=client.secrets,
            retry=client._invoker.retry,
        )


class AsyncPackages(AsyncPackagesNamespace):
    """The asynchronous ``ss.packages``: ``list`` skips unserializable packages, the XML/Atom routes answer
    ``bytes``, as :class:`Packages` does."""

    async def get_pointer_file(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """The METS pointer file, as bytes. Example: ``await ss.packages.get_pointer_file(uuid=aip_uuid)``."""
        return as_bytes(await super().get_pointer_file(uuid=uuid), f"/api/v2/file/{uuid}/pointer_file/")

    async def get_sword_deposit(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A SWORD deposit's Atom entry, as bytes. Example: ``await ss.packages.get_sword_deposit(uuid=u)``."""
        return as_bytes(await super().get_sword_deposit(uuid=uuid), f"/api/v2/file/{uuid}/sword/")

    async def get_sword_state(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A SWORD deposit's state, as bytes. Example: ``await ss.packages.get_sword_state(uuid=u)``."""
        return as_bytes(await super().get_sword_state(uuid=uuid), f"/api/v2/file/{uuid}/sword/state/")


class Locations(LocationsNamespace):
    """``ss.locations``: every location route; ``browse`` takes a plain path; the SWORD collection feed answers
    ``bytes``."""

    def browse(self, *, uuid: UUID, path: str | bytes | Unset | None = UNSET) -> LocationListing:
        """List the directory ``path`` of a location (a plain path, absolute or relative to the location; fonds
        base64-encodes it), with the names decoded (``names``, ``directory_names``, ``details(name)``).

        Example: ``ss.locations.browse(uuid=location_uuid, path="sampledata/SampleTransfers").directory_names``.
        """
        return location_listing(super().browse(uuid=uuid, path=location_path("browse_location", path)))

    def list_sword_deposits(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A location's SWORD deposits (an Atom feed), as bytes.

        Example: ``feed = ss.locations.list_sword_deposits(uuid=location_uuid)``.
        """
        return as_bytes(super().list_sword_deposits(uuid=uuid), f"/api/v2/location/{uuid}/sword/collection/")


class AsyncLocations(AsyncLocationsNamespace):
    """The asynchronous ``ss.locations``; ``browse`` takes a plain path; the SWORD collection feed answers
    ``bytes``."""

    async def browse(self, *, uuid: UUID, path: str | bytes | Unset | None = UNSET) -> LocationListing:
        """List a directory of a location, as :meth:`Locations.browse` does.

        Example: ``(await ss.locations.browse(uuid=location_uuid, path="sampledata")).names``.
        """
        return location_listing(await super().browse(uuid=uuid, path=location_path("browse_location", path)))

    async def list_sword_deposits(self, *, uuid: UUID) -> bytes:  # type: ignore[override]
        """A location's SWORD deposits, as bytes. Example: ``await ss.locations.list_sword_deposits(uuid=u)``."""
        path = f"/api/v2/location/{uuid}/sword/collection/"
        return as_bytes(await super().list_sword_deposits(uuid=uuid), path)


class Spaces(SpacesNamespace):
    """``ss.spaces``: every space route; ``browse`` gives the names decoded."""

    def browse(self, *, uuid: UUID, path: str | bytes | Unset | None = UNSET) -> SpaceListing:
        """List the directory ``path`` of a space (a plain path, as this route wants it), with the names decoded.

        Example: ``ss.spaces.browse(uuid=space_uuid, path="/var/archivematica/sharedDirectory").names``.
        """
        return space_listing(super().browse(uuid=uuid, path=space_path("browse_space", path)))


class AsyncSpaces(AsyncSpacesNamespace):
    """The asynchronous ``ss.spaces``; ``browse`` gives the names decoded."""

    async def browse(self, *, uuid: UUID, path: str | bytes | Unset | None = UNSET) -> SpaceListing:
        """List a directory of a space. Example: ``(await ss.spaces.browse(uuid=space_uuid, path="/")).names``."""
        return space_listing(await super().browse(uuid=uuid, path=space_path("browse_space", path)))


class Sword(SwordNamespace):
    """``ss.sword``: the SWORD 2 service document, as ``bytes``."""

    def get_service_document(self) -> bytes:  # type: ignore[override]
        """The service document (served as ``application/atomserv+xml``), as bytes.

        Example: ``ss.sword.get_service_document().startswith(b"<?xml")``.
        """
        return as_bytes(super().get_service_document(), "/api/v2/sword/")


class AsyncSword(AsyncSwordNamespace):
    """The asynchronous ``ss.sword``."""

    async def get_service_document(self) -> bytes:  # type: ignore[override]
        """The service document, as bytes. Example: ``await ss.sword.get_service_document()``."""
        return as_bytes(await super().get_service_document(), "/api/v2/sword/")


def _task_id(location: object) -> int:
    """The id of the async task a 202's ``Location`` names (``/api/v2/async/<id>/``); ``InvalidArgument`` else."""
    tail = location.rstrip("/").rsplit("/", 1)[-1] if isinstance(location, str) else ""
    if not (tail.isascii() and tail.isdigit() and len(tail) <= 18):
        found = f"str {location!r}" if isinstance(location, str) else type(location).__name__
        raise errors.InvalidArgument("wait_for_task", "location", "an async task's URL (/api/v2/async/<id>/)", found)
    return int(tail)


def wait_for_task(
    client: Any,
    location: str,
    *,
    timeout: float | None = None,
    poll: PollPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll the async task a 202 answer pointed at (its ``Location``) until it completes; returns the task.

    Example: ``wait_for_task(ss, response.headers["Location"], timeout=600)``.
    """
    task_id = _task_id(location)
    timeout = seconds("wait_for_task", timeout)
    deadline = None if timeout is None else clock() + timeout
    with bounded(timeout, clock, lambda: f"async task {task_id}"):
        for pause in (poll or PollPolicy()).waits():
            task = client.async_tasks.get(id=task_id)
            if task.completed:
                return task
            if deadline is not None and clock() + pause > deadline:
                raise errors.OperationTimeout(f"async task {task_id} not completed after {timeout} s")
            sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


async def async_wait_for_task(
    client: Any,
    location: str,
    *,
    timeout: float | None = None,
    poll: PollPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The asynchronous twin of :func:`wait_for_task`.

    Example: ``await async_wait_for_task(ss, response.headers["Location"], timeout=600)``.
    """
    task_id = _task_id(location)
    timeout = seconds("wait_for_task", timeout)
    deadline = None if timeout is None else clock() + timeout
    with bounded(timeout, clock, lambda: f"async task {task_id}"):
        for pause in (poll or PollPolicy()).waits():
            task = await client.async_tasks.get(id=task_id)
            if task.completed:
                return task
            if deadline is not None and clock() + pause > deadline:
                raise errors.OperationTimeout(f"async task {task_id} not completed after {timeout} s")
            await sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
