"""The Archivematica dashboard and its Storage Service, simulated together: one state, one clock, two ports.

A transfer started on the dashboard stores its AIP in this Storage Service, so a script that talks to both (the
README's quickstart) runs as it would against a real pair. ``python -m fonds.testing all`` serves the pair on
62080 (Archivematica) and 62081 (Storage Service); :func:`serve_all` does it in a test.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from ._core import Knobs
from ._server import serve
from .archivematica import ArchivematicaSimulator
from .storage_service import StorageServiceSimulator

AM_PORT, SS_PORT = 62080, 62081


def connected(
    *,
    speed: float = 10.0,
    job_seconds: float = 1.0,
    packages: int = 0,
    async_seconds: float = 1.0,
    knobs: Knobs | None = None,
) -> tuple[ArchivematicaSimulator, StorageServiceSimulator]:
    """A dashboard and the Storage Service it stores into, on one real-time clock (``speed`` simulated seconds
    per real second); ``packages`` AIPs are seeded. The two share the fault and latency ``knobs``.

    Example::

        am, ss = connected(speed=100)
        am.storage is ss  # True
    """
    ss = StorageServiceSimulator(
        packages=packages, realtime=True, speed=speed, async_seconds=async_seconds, knobs=knobs
    )
    am = ArchivematicaSimulator(storage=ss, job_seconds=job_seconds, knobs=ss.knobs)
    return am, ss


@contextlib.contextmanager
def serve_all(
    am: ArchivematicaSimulator | None = None,
    *,
    host: str = "127.0.0.1",
    am_port: int = 0,
    ss_port: int = 0,
    allow_remote: bool = False,
) -> Iterator[tuple[str, str]]:
    """Serve a connected pair (``am``, with its ``am.storage``; a fresh :func:`connected` pair by default) while
    the block runs; yields ``(archivematica_url, storage_service_url)``. Port 0 picks free ports.

    Example::

        with serve_all() as (am_url, ss_url):
            Archivematica(am_url, username="test", api_key="test")
    """
    if am is None:
        am, _ = connected()
    with (
        serve(am, host=host, port=am_port, allow_remote=allow_remote) as am_url,
        serve(am.storage, host=host, port=ss_port, allow_remote=allow_remote) as ss_url,
    ):
        am.storage.default_pipeline.remote_name = am_url  # where the Storage Service finds its dashboard
        yield am_url, ss_url


def run_all(
    *,
    host: str = "127.0.0.1",
    am_port: int = AM_PORT,
    ss_port: int = SS_PORT,
    speed: float = 10.0,
    job_seconds: float = 1.0,
    packages: int = 0,
    async_seconds: float = 1.0,
    knobs: Knobs | None = None,
    allow_remote: bool = False,
) -> None:
    """Serve a connected dashboard and Storage Service in the foreground until interrupted (``python -m
    fonds.testing all``; ``fonds simulate all``). Prints one line for each URL once both listen.

    Example::

        run_all(am_port=62080, ss_port=62081, speed=50)
    """
    am, _ = connected(speed=speed, job_seconds=job_seconds, packages=packages, async_seconds=async_seconds, knobs=knobs)
    with serve_all(am, host=host, am_port=am_port, ss_port=ss_port, allow_remote=allow_remote) as (am_url, ss_url):
        print(f"ArchivematicaSimulator listening on {am_url}", flush=True)
        print(f"StorageServiceSimulator listening on {ss_url} (Ctrl+C to stop)", flush=True)
        threading.Event().wait()
