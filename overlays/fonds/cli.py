"""The ``fonds`` command line.

::

    fonds ss aips --json                                  # amclient's subcommands, under fonds am / fonds ss
    fonds am transfer start photos sample-transfer --source <uuid> --wait
    fonds aspace search papers --repo 2 --type resource   # the ArchivesSpace chores
    fonds aspace export --repo 2 --format ead --to ead/
    fonds config show                                     # the settings in use (secrets redacted)
    fonds simulate archivesspace --port 8089              # a simulator on 127.0.0.1
    fonds demo
    fonds --version

Every failure exits non-zero with one line on standard error (never a traceback, never status 0 on failure).
The commands live in the private package ``fonds._cli``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status.

    Example::

        main(["ss", "aips", "--json"])
    """
    from ._cli import run

    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
