"""Where a client's settings come from: arguments, then environment, then ArchivesSnake's configuration file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._arguments import CONTROL_CHARACTERS
from ._redact import redact_url
from .errors import ConfigurationError, InvalidArgument

ASNAKE_FILES = ("~/.archivessnake.yml", "~/.archivessnake.yaml")
_HEADER_TEXT = re.compile(r"[\x20-\x7e]*", re.ASCII)
CLIENTS = {"FONDS_ASPACE": "ArchivesSpace", "FONDS_AM": "Archivematica", "FONDS_SS": "StorageService"}


def credential(client: str, name: str, value: str | None, *, header: bool = False) -> str | None:
    """``value`` with its trailing line endings (CR, LF) removed, as a credential read from a file has them.

    Any other control character (CR or LF inside it, NUL, TAB...) is refused with ``InvalidArgument``, and so is,
    for a credential sent in an HTTP header (``header=True``: session tokens, API keys and their user names),
    anything but printable ASCII, and a space at either end (HTTP cannot carry it: the value would be refused on
    the wire, in a message that quotes it). The message names the credential, never its value.

    Example: ``credential("Archivematica", "api_key", "k3y\n", header=True) == "k3y"``.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArgument(client, name, "text", type(value).__name__)
    value = value.rstrip("\r\n")
    if CONTROL_CHARACTERS.search(value):
        wanted = "text without control characters (CR, LF, NUL...)"
        raise InvalidArgument(client, name, wanted, "a control character (not shown)")
    if header and value and not _HEADER_TEXT.fullmatch(value):
        wanted = "printable ASCII (it travels in an HTTP header)"
        raise InvalidArgument(client, name, wanted, "other characters (not shown)")
    if header and value != value.strip(" "):
        wanted = "no space at either end (it travels in an HTTP header)"
        raise InvalidArgument(client, name, wanted, "a space at one end (value not shown)")
    return value


def base_url(client: str, url: object) -> str:
    """The server's address ``url``, checked before anything is sent: text (or an ``httpx.URL``) naming an
    ``http`` or ``https`` host, with the spaces and line end a copied address has removed.

    Raises ``ConfigurationError`` for anything else, and for an address with a query or fragment (every call would
    go to the address itself) or with a user name or password in it (fonds would not send them; the message does
    not show them).

    Example: ``base_url("ArchivesSpace", "http://aspace.example:8089/\n") == "http://aspace.example:8089/"``.
    """
    if isinstance(url, httpx.URL):
        url = str(url)
    if not isinstance(url, str):
        raise ConfigurationError(f"the {client} URL must be text such as 'http://host:8089'; got {type(url).__name__}")
    text = url.strip()
    try:
        parts = urlsplit(text)
        parsed = httpx.URL(text)
    except (ValueError, httpx.InvalidURL):
        raise ConfigurationError(f"the {client} URL is not a URL (not shown, it may hold a password)") from None
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"the {client} URL holds a user name or password, which fonds does not send: pass username= and "
            "password= (or api_key=) instead"
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        shown = redact_url(text)
        raise ConfigurationError(f"the {client} URL must start with http:// or https:// and name a host; got {shown!r}")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ConfigurationError(
            f"the {client} URL must be the server's address without a query or fragment ('?...', '#...'); got "
            f"{redact_url(text)!r}: every call would go to that address itself"
        )
    return text


def _asnake_file() -> dict[str, Any]:
    """ArchivesSnake's settings (``baseurl``, ``username``, ``password``), so its users switch without retyping."""
    explicit = os.environ.get("ASNAKE_CONFIG_FILE")
    for name in ([explicit] if explicit else []) + list(ASNAKE_FILES):
        path = Path(name).expanduser()
        if path.is_file():
            try:
                import yaml
            except ImportError:  # pragma: no cover - PyYAML ships with the build extra only
                return _parse_simple_yaml(path.read_text(encoding="utf-8"))
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            return data if isinstance(data, dict) else {}
    return {}


def _parse_simple_yaml(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and not line.startswith((" ", "#")):
            out[key.strip()] = value.strip().strip("'\"")
    return out


def archivesspace_settings(
    url: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
) -> tuple[str, str | None, str | None, str | None]:
    """``(url, username, password, token)``: each from the argument, else ``FONDS_ASPACE_*``, else
    ``~/.archivessnake.yml``. Raises ``ConfigurationError`` when there is no URL or no way to authenticate."""
    env = os.environ
    url = url or env.get("FONDS_ASPACE_URL")
    username = username or env.get("FONDS_ASPACE_USERNAME")
    password = password or env.get("FONDS_ASPACE_PASSWORD")
    token = token or env.get("FONDS_ASPACE_TOKEN")
    if not url or not ((username and password) or token):
        snake = _asnake_file()
        url = url or snake.get("baseurl")
        username = username or snake.get("username")
        password = password or snake.get("password")
    username = credential("ArchivesSpace", "username", username)
    password = credential("ArchivesSpace", "password", password)
    token = credential("ArchivesSpace", "session_token", token, header=True)
    if not url:
        raise ConfigurationError("no ArchivesSpace URL: pass url=, set FONDS_ASPACE_URL, or ~/.archivessnake.yml")
    if not token and not (username and password):
        raise ConfigurationError(
            "no credentials: pass username= and password= (or session_token=), "
            "or set FONDS_ASPACE_USERNAME/FONDS_ASPACE_PASSWORD (or FONDS_ASPACE_TOKEN)"
        )
    return base_url("ArchivesSpace", url), username, password, token


def api_key_settings(
    prefix: str, url: str | None, username: str | None, api_key: str | None, default_url: str
) -> tuple[str, str, str]:
    """``(url, username, api_key)`` for Archivematica (``FONDS_AM_*``) or the Storage Service (``FONDS_SS_*``)."""
    env = os.environ
    url = url or env.get(f"{prefix}_URL") or default_url
    username = username or env.get(f"{prefix}_USERNAME")
    api_key = api_key or env.get(f"{prefix}_API_KEY")
    client = CLIENTS.get(prefix, prefix)
    username = credential(client, "username", username, header=True)
    api_key = credential(client, "api_key", api_key, header=True)
    if not username or not api_key:
        raise ConfigurationError(
            f"no credentials: pass username= and api_key=, or set {prefix}_USERNAME and {prefix}_API_KEY"
        )
    return base_url(client, url), username, api_key
