"""The ``fonds`` command line.

::

    fonds simulate archivesspace --port 8089      # serve a simulator on 127.0.0.1 (also archivematica, storage-service)
    fonds demo                                    # the three clients against the simulators, in-process
    fonds version

Errors exit with status 1 and one line on standard error (never a traceback for a known failure, never
status 0 on failure).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status.

    Example::

        main(["simulate", "archivesspace", "--port", "8089"])
    """
    args = list(sys.argv[1:] if argv is None else argv)
    command, rest = (args[0], args[1:]) if args else ("--help", [])
    if command == "simulate":
        from .testing.__main__ import main as simulate

        return simulate(rest)
    if command == "demo":
        from .demo import main as demo

        demo()
        return 0
    if command == "version":
        print(__version__)
        return 0
    if command in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    print(f"fonds: unknown command {command!r} (try: simulate, demo, version)", file=sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
