"""Every failure of a command as one line on standard error and a non-zero exit status, never a traceback.

=====================================  ======
failure                                status
=====================================  ======
a fonds error (``FondsError``)         1
a file the command cannot read/write   1
some records of a batch failed         1
a usage error (unknown option...)      2
interrupted (Ctrl+C)                   130
anything else (a bug in fonds)         70
=====================================  ======

``FONDS_DEBUG=1`` shows the traceback of a bug.
"""

from __future__ import annotations

import contextlib
import os
import sys

USAGE = 2
FAILED = 1
INTERRUPTED = 130
BUG = 70


class CommandFailed(Exception):
    """A command's own failure (a batch with failed records, a check that did not pass): one line, status 1.

    Example: ``raise CommandFailed("2 of 10 records not updated: lock_version conflicts")``.
    """


class UsageFailed(CommandFailed):
    """The command line itself is wrong (an unknown simulator, a bad option value): one line, status 2."""


def one_line(text: str) -> str:
    """``text`` on one line (inner newlines become ``; ``), at most 1,000 characters."""
    parts = [part.strip() for part in str(text).splitlines() if part.strip()]
    line = "; ".join(parts) or "failed"
    return line if len(line) <= 1000 else line[:997] + "..."


def say(message: str) -> None:
    """Print ``fonds: <message>`` on standard error, as one line."""
    with contextlib.suppress(BrokenPipeError, ValueError):  # standard error is closed
        print(f"fonds: {one_line(message)}", file=sys.stderr, flush=True)


def describe(exc: BaseException) -> tuple[str, int]:
    """The line and exit status of an exception.

    Example: ``describe(NotFoundError(404, "GET", "/x", None))`` is ``("not found: GET /x answered 404: ...", 1)``.
    """
    from .. import errors

    if isinstance(exc, errors.APIError):
        kind = {
            errors.ValidationError: "invalid",
            errors.LoginFailed: "login failed",
            errors.AuthenticationFailed: "credentials refused",
            errors.AccessDenied: "access denied",
            errors.NotFoundError: "not found",
            errors.ConflictError: "conflict",
            errors.SessionExpired: "session expired",
            errors.ServerError: "server error",
            errors.InvalidResponse: "invalid response",
        }.get(type(exc), "error")
        return f"{kind}: {exc}", FAILED
    if isinstance(exc, errors.FondsError):
        name = type(exc).__name__
        return f"{name}: {exc}", FAILED
    if isinstance(exc, UsageFailed):
        return str(exc), USAGE
    if isinstance(exc, CommandFailed):
        return str(exc), FAILED
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}", FAILED
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", INTERRUPTED
    return f"internal error ({type(exc).__name__}: {exc}); FONDS_DEBUG=1 shows the traceback", BUG


def report(exc: BaseException) -> int:
    """Print the one line of ``exc`` on standard error and return its exit status."""
    message, status = describe(exc)
    if status == BUG and os.environ.get("FONDS_DEBUG"):
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__)
    say(message)
    return status
