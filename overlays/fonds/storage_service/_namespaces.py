"""The Storage Service namespaces fonds extends: atomic downloads, async tasks polled to completion."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from storage_service_api.api.packages import PackagesNamespace

from .. import errors
from .._polling import PollPolicy, bounded
from ._downloads import download, package_size


class Packages(PackagesNamespace):
    """``ss.packages``: every package route; :meth:`download` streams to disk atomically."""

    _client: Any = None

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
        try:
            package_uuid = UUID(str(uuid))
        except ValueError:
            raise errors.InvalidArgument("download", "uuid", "a UUID", type(uuid).__name__) from None
        try:
            size = package_size(self.get(uuid=package_uuid))
        except (errors.TransportError, errors.InvalidResponse):
            size = None  # the record did not come: the download is still checked against its Content-Length
        return download(
            client.http,
            f"/api/v2/file/{package_uuid}/download/",
            to,
            fallback_name=str(uuid),
            sha256=sha256,
            on_progress=on_progress,
            expected_size=size,
            secrets=client.secrets,
            retry=client._invoker.retry,
        )


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
    tail = str(location).rstrip("/").rsplit("/", 1)[-1]
    if not tail.isdigit():
        raise errors.InvalidArgument("wait_for_task", "location", "an async task URL ending in its id", repr(tail))
    task_id = int(tail)
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
