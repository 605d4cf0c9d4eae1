"""Serve a simulator on loopback: ``python -m fonds.testing archivesspace --port 8089``.

``python -m fonds.testing all`` serves Archivematica (62080) and its Storage Service (62081) connected, sharing
their state, so a script that talks to both runs as against a real pair.

Each simulator is one subcommand, added by a function in :data:`SUBCOMMANDS` that declares its options and says
how to build the simulator from them. The options every simulator shares (``--host``, ``--port``, ``--latency``,
``--fault-rate``, ``--faults``, ``--seed``) come from :func:`add_common`.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Sequence
from typing import get_args

from ._core import FaultKind, Knobs, Simulator
from ._server import run

Build = Callable[[argparse.Namespace, Knobs], Simulator]


def add_common(parser: argparse.ArgumentParser, port: int) -> None:
    """The options every simulator subcommand takes; ``port`` is the real server's usual port.

    Example::

        add_common(subcommands.add_parser("archivesspace"), 8089)
    """
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (loopback only unless --allow-remote)")
    parser.add_argument("--port", type=int, default=port, help=f"port to listen on (default {port})")
    parser.add_argument("--allow-remote", action="store_true", help="allow binding a non-loopback interface")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated records and fault draws")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests (0-1) that fail")
    parser.add_argument(
        "--faults",
        default="server_error",
        help=f"comma-separated fault kinds to draw from: {', '.join(get_args(FaultKind))}",
    )


def knobs_from(args: argparse.Namespace) -> Knobs:
    """The :class:`Knobs` the common options describe.

    Example::

        knobs_from(parser.parse_args(["archivesspace", "--latency", "0.1"])).latency  # 0.1
    """
    faults = tuple(f.strip() for f in str(args.faults).split(",") if f.strip())
    unknown = [f for f in faults if f not in get_args(FaultKind)]
    if unknown:
        raise SystemExit(f"unknown fault kinds: {', '.join(unknown)}")
    return Knobs(latency=args.latency, fault_rate=args.fault_rate, faults=faults, seed=args.seed)  # type: ignore[arg-type]


def add_archivesspace(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``archivesspace``: the ArchivesSpace backend (port 8089).

    Example::

        python -m fonds.testing archivesspace --port 8089 --archival-objects 100000 --latency 0.05
    """
    parser = subcommands.add_parser("archivesspace", help="a simulated ArchivesSpace backend (port 8089)")
    add_common(parser, 8089)
    parser.add_argument(
        "--archival-objects",
        type=int,
        default=600,
        help="archival objects seeded in repository 2 (default 600; 100000 is fine)",
    )
    parser.add_argument("--session-expiry-seconds", type=float, default=3600.0, help="idle session expiry")
    parser.add_argument(
        "--session-expiry-requests",
        type=int,
        default=None,
        help="expire every session after this many authenticated requests",
    )
    parser.add_argument(
        "--record-cache-mb",
        type=float,
        default=0.0,
        help="megabytes of serialised records kept to answer listings faster (benchmarks; default 0)",
    )

    def build(args: argparse.Namespace, knobs: Knobs) -> Simulator:
        from .archivesspace import ArchivesSpaceSimulator

        return ArchivesSpaceSimulator(
            seed=args.seed,
            archival_objects=args.archival_objects,
            knobs=knobs,
            session_expiry_seconds=args.session_expiry_seconds,
            session_expiry_requests=args.session_expiry_requests,
            record_cache_bytes=int(args.record_cache_mb * 1_000_000),
        )

    parser.set_defaults(build=build)


def add_archivematica(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``archivematica``: the Archivematica dashboard API (port 62080), with a private Storage Service."""
    parser = subcommands.add_parser("archivematica", help="a simulated Archivematica dashboard API (port 62080)")
    add_common(parser, 62080)
    parser.add_argument("--speed", type=float, default=10.0, help="simulated seconds per real second (default 10)")
    parser.add_argument(
        "--job-seconds",
        type=float,
        default=1.0,
        help="simulated seconds each job of a transfer or ingest takes (default 1)",
    )

    def build(args: argparse.Namespace, knobs: Knobs) -> Simulator:
        from .archivematica import ArchivematicaSimulator

        return ArchivematicaSimulator(realtime=True, speed=args.speed, job_seconds=args.job_seconds, knobs=knobs)

    parser.set_defaults(build=build)


def add_storage_service(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``storage-service``: the Archivematica Storage Service API (port 62081)."""
    parser = subcommands.add_parser("storage-service", help="a simulated Archivematica Storage Service (port 62081)")
    add_common(parser, 62081)
    parser.add_argument("--packages", type=int, default=25, help="AIPs seeded in the default AIP store (default 25)")
    parser.add_argument("--speed", type=float, default=10.0, help="simulated seconds per real second (default 10)")
    parser.add_argument(
        "--async-seconds", type=float, default=1.0, help="simulated seconds an async task (a move) takes (default 1)"
    )

    def build(args: argparse.Namespace, knobs: Knobs) -> Simulator:
        from .storage_service import StorageServiceSimulator

        return StorageServiceSimulator(
            packages=args.packages, realtime=True, speed=args.speed, async_seconds=args.async_seconds, knobs=knobs
        )

    parser.set_defaults(build=build)


def add_all(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``all``: Archivematica (62080) and its Storage Service (62081), connected: one state, one clock.

    Example::

        python -m fonds.testing all --am-port 62080 --ss-port 62081 --speed 50
    """
    parser = subcommands.add_parser(
        "all", help="a connected Archivematica (port 62080) and Storage Service (port 62081), sharing their state"
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (loopback only unless --allow-remote)")
    parser.add_argument("--am-port", type=int, default=62080, help="Archivematica's port (default 62080)")
    parser.add_argument("--ss-port", type=int, default=62081, help="the Storage Service's port (default 62081)")
    parser.add_argument("--allow-remote", action="store_true", help="allow binding a non-loopback interface")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests (0-1) that fail")
    parser.add_argument("--faults", default="server_error", help="comma-separated fault kinds to draw from")
    parser.add_argument("--speed", type=float, default=10.0, help="simulated seconds per real second (default 10)")
    parser.add_argument("--job-seconds", type=float, default=1.0, help="simulated seconds each job takes (default 1)")
    parser.add_argument("--packages", type=int, default=0, help="AIPs seeded in the default AIP store (default 0)")
    parser.add_argument("--async-seconds", type=float, default=1.0, help="simulated seconds an async task takes")
    parser.set_defaults(serve_all=True)


SUBCOMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    add_archivesspace,
    add_archivematica,
    add_storage_service,
    add_all,
]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and serve the chosen simulator until interrupted.

    Example::

        main(["archivesspace", "--port", "8089", "--archival-objects", "100000"])
    """
    parser = argparse.ArgumentParser(prog="python -m fonds.testing", description=__doc__.splitlines()[0])
    subcommands = parser.add_subparsers(dest="simulator", required=True, metavar="SIMULATOR")
    for add in SUBCOMMANDS:
        add(subcommands)
    args = parser.parse_args(argv)
    if getattr(args, "serve_all", False):
        from ._connected import run_all

        with contextlib.suppress(KeyboardInterrupt):
            run_all(
                host=args.host,
                am_port=args.am_port,
                ss_port=args.ss_port,
                speed=args.speed,
                job_seconds=args.job_seconds,
                packages=args.packages,
                async_seconds=args.async_seconds,
                knobs=knobs_from(args),
                allow_remote=args.allow_remote,
            )
        return 0
    build: Build = args.build
    sim = build(args, knobs_from(args))
    with contextlib.suppress(KeyboardInterrupt):
        run(sim, host=args.host, port=args.port, allow_remote=args.allow_remote)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
