"""``fonds config``: which settings the command line would use, and where each came from (secrets redacted)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import examples, shared
from ._output import emit_many, emit_text
from ._settings import SERVERS, config_path, profile_name, resolve

app = typer.Typer(help="Show the settings in use and where they come from.", no_args_is_help=True)

SECRETS = {"password", "token", "api_key"}


def redact(key: str, value: str | None) -> str | None:
    """``value`` as ``config show`` prints it: a secret only as whether it is set.

    Example: ``redact("api_key", "s3cret") == "****** (set)"``.
    """
    if value is None:
        return None
    return "****** (set)" if key in SECRETS else value


@app.command(
    "show",
    epilog=examples("fonds config show", "fonds config show --profile prod --json", "fonds config show --server am"),
)
@shared("output")
def show(
    profile: Annotated[str | None, typer.Option(help="The profile to show (else FONDS_PROFILE, 'default').")] = None,
    server: Annotated[str | None, typer.Option(help="Only one server: aspace, am or ss.")] = None,
) -> None:
    """Show each server's URL, user and secrets (redacted) with where each comes from."""
    from ..errors import InvalidArgument
    from ._state import STATE

    if profile:
        STATE.profile = profile
    names = {"aspace": "archivesspace", "am": "archivematica", "ss": "storage_service"}
    chosen = list(SERVERS)
    if server:
        key = names.get(server, server.replace("-", "_"))
        if key not in SERVERS:
            raise InvalidArgument("fonds config show", "--server", "aspace, am or ss", repr(server))
        chosen = [key]
    rows = [
        {"server": name, "setting": key, "value": redact(key, setting.value), "source": setting.source}
        for name in chosen
        for key, setting in resolve(name).items()
    ]
    emit_many(rows, ["server", "setting", "value", "source"], title=f"profile {profile_name()[0]!r}")


@app.command("path", epilog=examples("fonds config path", "FONDS_CONFIG=./fonds.toml fonds config path"))
@shared("output")
def path() -> None:
    """Print the path of the configuration file (TOML; it need not exist yet)."""
    emit_text(str(config_path()))
