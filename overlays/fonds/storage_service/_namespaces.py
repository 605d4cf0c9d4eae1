"""The Storage Service namespaces fonds extends: atomic downloads, async tasks polled to completion."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storage_service_api.api.packages import PackagesNamespace, download_package

from .. import errors
from .._arguments import url_for
from .._polling import PollPolicy
from ._downloads import download


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

        Nothing is left at the destination unless the whole body arrived with the announced size (and the
        ``sha256``, when given). ``on_progress(received, total)`` follows the bytes.

        Example::

            path = ss.packages.download(aip_uuid, to="aips/", on_progress=lambda got, total: print(got, total))
        """
        # The path is built by the generated operation, after its checks: a UUID, percent-encoded.
        return download(
            self._client.http,
            url_for(download_package, uuid=uuid),
            to,
            fallback_name=str(uuid),
            sha256=sha256,
            on_progress=on_progress,
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
    tail = location.rstrip("/").rsplit("/", 1)[-1] if isinstance(location, str) else ""
    if not (tail.isascii() and tail.isdigit()):
        found = f"str {location!r}" if isinstance(location, str) else type(location).__name__
        raise errors.InvalidArgument("wait_for_task", "location", "an async task's URL (/api/v2/async/<id>/)", found)
    task_id = int(tail)
    deadline = None if timeout is None else clock() + timeout
    for pause in (poll or PollPolicy()).waits():
        task = client.async_tasks.get(id=task_id)
        if task.completed:
            return task
        if deadline is not None and clock() + pause > deadline:
            raise errors.OperationTimeout(f"async task {task_id} not completed after {timeout} s")
        sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
