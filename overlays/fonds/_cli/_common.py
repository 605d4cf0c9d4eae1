"""The options every command of a group shares, added to each command's own: how to print (``--json``,
``--csv``, ``--fields``, ``--quiet``) and where the server is (``--url``, ``--username``, a secret file,
``--profile``). A decorator adds them to a command's signature, so typer shows them in its ``--help``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, get_type_hints

import typer

from ._state import STATE

F = TypeVar("F", bound=Callable[..., Any])
Store = Callable[[Any], None]


def _output(value: str) -> Store:
    def store(flag: Any) -> None:
        if flag:
            STATE.output = value

    return store


def _fields(value: str | None) -> None:
    if value:
        STATE.fields = [name.strip() for name in value.split(",") if name.strip()]


def _output_mode(value: str | None) -> None:
    if value:
        mode = value.lower()
        if mode not in ("json", "python", "table", "csv"):
            raise typer.BadParameter("json, python, table or csv", param_hint="--output-mode")
        STATE.output = {"python": "table"}.get(mode, mode)


def _quiet(flag: bool) -> None:
    STATE.quiet = STATE.quiet or flag


def _flag(key: str) -> Store:
    def store(value: Any) -> None:
        if value:
            STATE.flags[key] = str(value)

    return store


def _profile(value: str | None) -> None:
    if value:
        STATE.profile = value


def _no_input(flag: bool) -> None:
    if flag:
        STATE.prompt = False


OUT = "Output"
CONN = "Connection"

Extra = tuple[str, Any, Any, Store]


def _option(name: str, kind: Any, decls: tuple[str, ...], help: str, store: Store, **more: Any) -> Extra:
    """One shared option: the parameter ``name``, its type, its flags, its help and where its value goes."""
    panel = OUT if name.startswith("opt_out_") else CONN
    default = False if kind is bool else None
    annotation = Annotated[kind, typer.Option(*decls, help=help, rich_help_panel=panel, **more)]
    return name, annotation, default, store


OUTPUT: list[Extra] = [
    _option("opt_out_json", bool, ("--json",), "JSON: one document, or JSON lines for listings.", _output("json")),
    _option("opt_out_csv", bool, ("--csv",), "CSV with a header row.", _output("csv")),
    _option(
        "opt_out_fields",
        str | None,
        ("--fields",),
        "The fields to show, comma-separated (dotted paths reach inside records).",
        _fields,
        metavar="A,B.C",
    ),
    _option(
        "opt_out_mode",
        str | None,
        ("--output-mode",),
        "amclient's spelling: json or python (a table).",
        _output_mode,
        metavar="MODE",
    ),
    _option("opt_out_quiet", bool, ("--quiet", "-q"), "No progress bars, no remarks on standard error.", _quiet),
]


def _api_key_options(server: str, short: str, label: str) -> list[Extra]:
    env = f"FONDS_{short.upper()}"
    return [
        _option(
            f"opt_{short}_url",
            str | None,
            (f"--{short}-url", "--url"),
            f"{label} URL (else {env}_URL, the profile, amclient's default).",
            _flag(f"{server}.url"),
            metavar="URL",
        ),
        _option(
            f"opt_{short}_user",
            str | None,
            (f"--{short}-user-name", "--username"),
            f"{label} user (else {env}_USERNAME, the profile, amclient's 'test').",
            _flag(f"{server}.username"),
            metavar="USER",
        ),
        _option(
            f"opt_{short}_key_file",
            str | None,
            (f"--{short}-api-key-file", "--api-key-file"),
            f"Read the API key from a file (else {env}_API_KEY or {env}_API_KEY_FILE, the profile, a prompt).",
            _flag(f"{server}.api_key_file"),
            metavar="PATH",
        ),
        _option(
            f"opt_{short}_key",
            str | None,
            (f"--{short}-api-key", "--api-key"),
            "The API key itself: other users see it in ps; prefer the file or the environment.",
            _flag(f"{server}.api_key"),
            metavar="KEY",
        ),
    ]


SHARED_CONN: list[Extra] = [
    _option(
        "opt_profile",
        str | None,
        ("--profile",),
        "A profile of the configuration file (else FONDS_PROFILE, 'default').",
        _profile,
        metavar="NAME",
    ),
    _option("opt_no_input", bool, ("--no-input",), "Never prompt for a secret.", _no_input),
]

ASPACE: list[Extra] = [
    _option(
        "opt_as_url",
        str | None,
        ("--url",),
        "ArchivesSpace backend URL (else FONDS_ASPACE_URL, the profile, ~/.archivessnake.yml).",
        _flag("archivesspace.url"),
        metavar="URL",
    ),
    _option(
        "opt_as_user",
        str | None,
        ("--username",),
        "User (else FONDS_ASPACE_USERNAME, the profile, ~/.archivessnake.yml).",
        _flag("archivesspace.username"),
        metavar="USER",
    ),
    _option(
        "opt_as_password_file",
        str | None,
        ("--password-file",),
        "Read the password from a file (else FONDS_ASPACE_PASSWORD or _PASSWORD_FILE, the profile, "
        "~/.archivessnake.yml, a prompt).",
        _flag("archivesspace.password_file"),
        metavar="PATH",
    ),
    _option(
        "opt_as_token_file",
        str | None,
        ("--token-file",),
        "Read a session token from a file (single sign-on: no login).",
        _flag("archivesspace.token_file"),
        metavar="PATH",
    ),
    _option(
        "opt_as_password",
        str | None,
        ("--password",),
        "The password itself: other users see it in ps; prefer the file or the environment.",
        _flag("archivesspace.password"),
        metavar="PASSWORD",
    ),
]

GROUPS: dict[str, list[Extra]] = {
    "output": OUTPUT,
    "archivematica": _api_key_options("archivematica", "am", "Archivematica") + SHARED_CONN,
    "storage_service": _api_key_options("storage_service", "ss", "Storage Service") + SHARED_CONN,
    "archivesspace": ASPACE + SHARED_CONN,
}


def shared(*groups: str) -> Callable[[F], F]:
    """Add the options of ``groups`` (``output``, ``archivematica``, ``storage_service``, ``archivesspace``) to a
    command; their values go to :data:`STATE` before the command runs.

    Example::

        @app.command("aips")
        @shared("storage_service", "output")
        def aips() -> None: ...
    """
    extras = [extra for group in groups for extra in GROUPS[group]]

    def wrap(func: F) -> F:
        signature = inspect.signature(func)
        hints = get_type_hints(func, include_extras=True)
        params = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in signature.parameters.values()]
        params += [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
            for name, annotation, default, _ in extras
        ]

        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            for name, _, _, store in extras:
                store(kwargs.pop(name, None))
            return func(**kwargs)

        del wrapper.__wrapped__
        wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper  # type: ignore[return-value]

    return wrap


def examples(*lines: str) -> str:
    """The epilog of a command's ``--help``: its examples, one a line.

    Example: ``@app.command(epilog=examples("fonds ss aips --json"))``.
    """
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


def uuid_arg(value: str, name: str) -> Any:
    """``value`` as a UUID, or ``InvalidArgument`` naming the argument (before anything is sent).

    Example: ``uuid_arg("nope", "AIP_UUID")`` raises ``InvalidArgument: fonds: AIP_UUID wants a UUID, got 'nope'``.
    """
    import uuid

    from ..errors import InvalidArgument

    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidArgument("fonds", name, "a UUID", repr(value)) from None
