"""``fonds simulate``: serve a simulator on 127.0.0.1, with the options of ``python -m fonds.testing``.

The simulators and their options come from :mod:`fonds.testing.__main__` (its ``SUBCOMMANDS``), so a simulator
added there is served here too (``all``: the connected Archivematica and Storage Service);
errors in the options are one line and exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence
from typing import Any, NoReturn

from ._errors import UsageFailed


class _Parser(argparse.ArgumentParser):
    """argparse that raises (one line, status 2) instead of printing its usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageFailed(f"{self.prog}: {message} (see {self.prog} --help)")


def serve(argv: Sequence[str]) -> int:
    """Serve the simulator ``argv`` names until interrupted; returns the exit status.

    Example: ``serve(["archivesspace", "--port", "8089"])``.
    """
    from ..testing.__main__ import SUBCOMMANDS, knobs_from
    from ..testing._server import run

    parser = _Parser(prog="fonds simulate", description="Serve a simulator on 127.0.0.1 until interrupted.")
    subcommands = parser.add_subparsers(dest="simulator", required=True, metavar="SIMULATOR")
    for add in SUBCOMMANDS:
        add(subcommands)  # type: ignore[arg-type]  # a subparser of _Parser is an ArgumentParser
    args = parser.parse_args(list(argv))
    try:
        if not hasattr(args, "build"):  # served its own way (``all``: a connected set): the options are checked
            from ..testing.__main__ import main

            return main(list(argv))
        knobs = knobs_from(args)
    except SystemExit as exc:  # knobs_from exits with a message for unknown fault kinds
        if exc.code is None or isinstance(exc.code, int):
            return int(exc.code or 0)
        raise UsageFailed(str(exc.code)) from None
    sim: Any = args.build(args, knobs)
    with contextlib.suppress(KeyboardInterrupt):
        run(sim, host=args.host, port=args.port, allow_remote=args.allow_remote)
    return 0
