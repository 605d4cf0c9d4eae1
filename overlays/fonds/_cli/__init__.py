"""The ``fonds`` command line (typer and rich), one module per group: ``am``, ``ss``, ``aspace``, ``config``,
``simulate``. :func:`run` is what ``fonds`` runs; imports stay lazy so ``fonds --help`` starts fast."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._errors import FAILED, USAGE, report, say

AM_COMMANDS = frozenset(
    {
        "close-completed-transfers",
        "close-completed-ingests",
        "completed-transfers",
        "completed-ingests",
        "unapproved-transfers",
        "get-transfer-status",
        "get-ingest-status",
        "get-processing-config",
        "approve-transfer",
        "approve-partial-reingest",
        "create-package",
        "get-jobs",
    }
)
SS_COMMANDS = frozenset(
    {
        "transferables",
        "aips",
        "dips",
        "get-all-compressed-aips",
        "aips2dips",
        "aip2dips",
        "download-dip",
        "download-aip",
        "delete-aip",
        "get-pipelines",
        "reingest-aip",
        "get-package-details",
        "list-storage-locations",
        "extract-file",
        "extract-file-stream",
        "create-location",
    }
)


def _route(args: list[str]) -> list[str]:
    """amclient's habits: ``fonds aips`` is ``fonds ss aips``, ``fonds am aips`` too (and the other way round)."""
    if args and args[0] in AM_COMMANDS:
        return ["am", *args]
    if args and args[0] in SS_COMMANDS:
        return ["ss", *args]
    if len(args) >= 2 and args[0] == "am" and args[1] in SS_COMMANDS:
        return ["ss", *args[1:]]
    if len(args) >= 2 and args[0] == "ss" and args[1] in AM_COMMANDS:
        return ["am", *args[1:]]
    return args


def run(argv: Sequence[str]) -> int:
    """Run the command line on ``argv`` (without the program name); returns the exit status. Every failure is one
    line on standard error and a non-zero status.

    Example: ``run(["ss", "aips", "--json"])``.
    """
    from ._state import reset

    reset()
    args = _route(list(argv))
    try:
        if args in (["version"], ["--version"], ["-V"]):  # no typer to import: the fastest answer
            from .. import __version__

            print(__version__ if args == ["version"] else f"fonds {__version__}")
            return 0
        if args[:1] == ["simulate"] and len(args) > 1 and args[1] not in ("-h", "--help"):
            from .simulate import serve

            return serve(args[1:])
        return _invoke(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        import contextlib
        import os

        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED
    except BaseException as exc:
        if isinstance(exc, SystemExit):
            return _exit_status(exc)
        return report(exc)


def _exit_status(exc: SystemExit) -> int:
    if exc.code is None or isinstance(exc.code, int):
        return int(exc.code or 0)
    say(str(exc.code))
    return FAILED


def _invoke(args: list[str]) -> int:
    import typer
    from typer.main import get_command

    from ._app import GROUPS, build

    command = get_command(build(args[0] if args and args[0] in GROUPS else None))
    try:
        result = command.main(args=args, prog_name="fonds", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        say("aborted")
        return FAILED
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click's usage errors (typer's own click)
            return _usage(exc)
        raise
    return result if isinstance(result, int) else 0


def _usage(exc: Exception) -> int:
    if type(exc).__name__ == "NoArgsIsHelpError":  # a group run bare: its help was printed, as asked
        return 0
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "fonds"
    status = getattr(exc, "exit_code", USAGE)
    say(f"{where}: {message} (see {where} --help)")
    return int(status) if isinstance(status, int) and status else USAGE
