"""Where the command line's connection settings come from, in order: flags, environment variables, the profile
of the configuration file, ArchivesSnake's ``~/.archivessnake.yml`` (ArchivesSpace), amclient's defaults
(Archivematica and the Storage Service: ``http://127.0.0.1:62080``, ``http://127.0.0.1:62081``, user ``test``).

Secrets (passwords, tokens, API keys) come from a file (``--api-key-file``, ``FONDS_AM_API_KEY_FILE``,
``api_key_file =`` in a profile), the environment, the profile, or a prompt on a terminal; a flag that puts one on
the command line (where ``ps`` shows it) exists for those who insist.

The configuration file is TOML: ``--config``, else ``FONDS_CONFIG``, else ``$XDG_CONFIG_HOME/fonds/config.toml``
(``~/.config/fonds/config.toml``). Each top-level table is a profile (``--profile``, else ``FONDS_PROFILE``, else
``default``), with one table per server::

    [default.archivesspace]
    url = "http://localhost:8089"
    username = "admin"
    password_file = "~/.config/fonds/aspace-password"

    [prod.archivematica]
    url = "https://am.example.org"
    username = "archivist"
    api_key_file = "~/.config/fonds/am-key"
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import attrs

from ..errors import ConfigurationError
from ._state import STATE


@attrs.frozen
class Server:
    """What one server's settings are called: ``name`` (the profile table), ``label``, ``env`` prefix, the
    ``secrets`` it takes, and amclient's defaults."""

    name: str
    label: str
    env: str
    secrets: tuple[str, ...]
    default_url: str | None = None
    default_username: str | None = None


SERVERS = {
    "archivesspace": Server("archivesspace", "ArchivesSpace", "FONDS_ASPACE", ("password", "token")),
    "archivematica": Server(
        "archivematica", "Archivematica", "FONDS_AM", ("api_key",), "http://127.0.0.1:62080", "test"
    ),
    "storage_service": Server(
        "storage_service", "Storage Service", "FONDS_SS", ("api_key",), "http://127.0.0.1:62081", "test"
    ),
}


@attrs.frozen
class Setting:
    """One resolved setting: its ``value`` (None when unset) and where it came from (``source``)."""

    value: str | None
    source: str


def config_path() -> Path:
    """The configuration file in use (it need not exist).

    Example: ``config_path()`` is ``~/.config/fonds/config.toml`` unless ``--config`` or ``FONDS_CONFIG`` say.
    """
    chosen = STATE.config or os.environ.get("FONDS_CONFIG")
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or "~/.config"
    return Path(base).expanduser() / "fonds" / "config.toml"


def profile_name() -> tuple[str, bool]:
    """``(name, explicit)``: the profile asked for (``--profile``, ``FONDS_PROFILE``), else ``default``."""
    chosen = STATE.profile or os.environ.get("FONDS_PROFILE")
    return (chosen, True) if chosen else ("default", False)


def _load_toml(path: Path) -> dict[str, Any]:
    import importlib

    try:  # tomllib from Python 3.11 on; the tomli package before
        tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    except ImportError:  # pragma: no cover - Python 3.10 without tomli
        raise ConfigurationError(f"reading {path} needs Python 3.11 or the tomli package") from None
    try:
        with path.open("rb") as handle:
            return dict(tomllib.load(handle))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigurationError(f"cannot read {path}: {exc.strerror}") from None


def profile() -> dict[str, Any]:
    """The chosen profile's tables (``{"archivesspace": {...}, ...}``); empty when there is no file and no
    profile was asked for. Raises ``ConfigurationError`` for a profile asked for that the file lacks."""
    path = config_path()
    name, explicit = profile_name()
    if not path.is_file():
        if explicit:
            raise ConfigurationError(f"profile {name!r} asked for, but there is no configuration file {path}")
        return {}
    data = _load_toml(path)
    chosen = data.get(name)
    if chosen is None:
        if explicit:
            known = ", ".join(sorted(k for k, v in data.items() if isinstance(v, dict))) or "none"
            raise ConfigurationError(f"no profile {name!r} in {path} (profiles: {known})")
        return {}
    if not isinstance(chosen, dict):
        raise ConfigurationError(f"profile {name!r} in {path} is not a table")
    return chosen


def _read_secret_file(name: str, where: str) -> str:
    path = Path(name).expanduser()
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigurationError(f"cannot read the secret file {path} ({where}): {exc.strerror}") from None


def _asnake() -> dict[str, Any]:
    from .._config import _asnake_file

    return _asnake_file()


_ASNAKE_KEYS = {"url": "baseurl", "username": "username", "password": "password"}


def resolve(server_name: str) -> dict[str, Setting]:
    """Every setting of one server (``url``, ``username`` and its secrets), each with its source.

    Example::

        resolve("archivematica")["url"]   # Setting(value='http://127.0.0.1:62080', source="amclient's default")
    """
    server = SERVERS[server_name]
    table = profile().get(server.name) or {}
    if not isinstance(table, dict):
        raise ConfigurationError(f"[{profile_name()[0]}.{server.name}] in {config_path()} is not a table")
    snake: dict[str, Any] | None = None
    out: dict[str, Setting] = {}
    for key in ("url", "username", *server.secrets):
        flag = f"{server.name}.{key}"
        env = f"{server.env}_{key.upper()}"
        where_profile = f"profile {profile_name()[0]!r} in {config_path()}"
        if STATE.flags.get(flag):
            out[key] = Setting(STATE.flags[flag], "command line")
        elif STATE.flags.get(flag + "_file"):
            out[key] = Setting(_read_secret_file(STATE.flags[flag + "_file"], "--*-file"), "file (command line)")
        elif os.environ.get(env):
            out[key] = Setting(os.environ[env], env)
        elif os.environ.get(env + "_FILE"):
            out[key] = Setting(_read_secret_file(os.environ[env + "_FILE"], env + "_FILE"), env + "_FILE")
        elif table.get(key) not in (None, ""):
            out[key] = Setting(str(table[key]), where_profile)
        elif table.get(key + "_file"):
            out[key] = Setting(_read_secret_file(str(table[key + "_file"]), where_profile), f"file ({where_profile})")
        elif server.name == "archivesspace" and key in _ASNAKE_KEYS:
            snake = _asnake() if snake is None else snake
            value = snake.get(_ASNAKE_KEYS[key])
            out[key] = Setting(str(value), "~/.archivessnake.yml") if value else Setting(None, "unset")
        elif key == "url" and server.default_url:
            out[key] = Setting(server.default_url, "amclient's default")
        elif key == "username" and server.default_username:
            out[key] = Setting(server.default_username, "amclient's default")
        else:
            out[key] = Setting(None, "unset")
    return out


def _prompt(label: str) -> str | None:
    if not (STATE.prompt and sys.stdin.isatty() and sys.stderr.isatty()):
        return None
    import getpass

    try:
        return getpass.getpass(f"{label}: ") or None
    except EOFError:  # pragma: no cover - the terminal went away
        return None


def _need(settings: dict[str, Setting], key: str, server: Server, hint: str) -> str:
    value = settings[key].value
    if not value:
        label = {"url": "URL", "api_key": "API key"}.get(key, key.replace("_", " "))
        raise ConfigurationError(f"no {server.label} {label}: {hint}")
    if key == "url":
        _check_url(value, server, settings[key].source)
    return value


def _check_url(url: str, server: Server, source: str) -> None:
    """An http(s) URL with a host, or ``ConfigurationError`` naming where it came from (before any request)."""
    import httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the {server.label} URL {url!r} (from {source}) is not an http(s) URL with a host")


def archivesspace() -> Any:
    """An ``ArchivesSpace`` client from the resolved settings (prompting for the password on a terminal).

    Example: ``with archivesspace() as aspace: ...``.
    """
    from ..archivesspace import ArchivesSpace

    server = SERVERS["archivesspace"]
    settings = resolve("archivesspace")
    url = _need(settings, "url", server, "pass --url, set FONDS_ASPACE_URL, a profile, or ~/.archivessnake.yml")
    token = settings["token"].value
    username = settings["username"].value
    password = settings["password"].value
    if not token:
        username = _need(settings, "username", server, "pass --username or set FONDS_ASPACE_USERNAME")
        password = password or _prompt(f"ArchivesSpace password for {username}")
        if not password:
            raise ConfigurationError(
                "no ArchivesSpace password: set FONDS_ASPACE_PASSWORD (or FONDS_ASPACE_PASSWORD_FILE), "
                "pass --password-file, or put password_file in a profile"
            )
    return ArchivesSpace(url, username=username, password=password, session_token=token)


def api_key_client(server_name: str) -> Any:
    """An ``Archivematica`` or ``StorageService`` client from the resolved settings.

    Example: ``with api_key_client("storage_service") as ss: ...``.
    """
    server = SERVERS[server_name]
    settings = resolve(server_name)
    url = _need(settings, "url", server, f"pass --url or set {server.env}_URL")
    username = _need(settings, "username", server, f"pass --username or set {server.env}_USERNAME")
    api_key = settings["api_key"].value or _prompt(f"{server.label} API key for {username}")
    if not api_key:
        raise ConfigurationError(
            f"no {server.label} API key: set {server.env}_API_KEY (or {server.env}_API_KEY_FILE), "
            "pass --api-key-file, or put api_key_file in a profile"
        )
    if server_name == "archivematica":  # import only the client asked for: each costs start-up time
        from ..archivematica import Archivematica

        return Archivematica(url, username=username, api_key=api_key)
    from ..storage_service import StorageService

    return StorageService(url, username=username, api_key=api_key)
