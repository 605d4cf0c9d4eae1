"""Tastypie's ``MultiAuthentication(BasicAuthentication, ApiKeyAuthentication, SessionAuthentication)``."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping

from .._core import Request


def _param(request: Request, name: str) -> str | None:
    return request.arg(name) or next((v for k, v in reversed(request.form()) if k == name), None) or None


def api_key_credentials(request: Request) -> tuple[str, str] | None:
    """``ApiKeyAuthentication.extract_credentials``: the ``Authorization: ApiKey user:key`` header (scheme
    case-insensitive, one space), else ``username`` and ``api_key`` from the query, else from a form body."""
    header = request.headers.get("authorization", "")
    scheme, sep, data = header.partition(" ")
    if header and sep and scheme.lower() == "apikey":
        username, colon, key = data.partition(":")
        return (username, key) if colon else None
    user, api_key = _param(request, "username"), _param(request, "api_key")
    return (user, api_key) if user and api_key else None


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """``BasicAuthentication``: ``Authorization: Basic base64(user:password)``."""
    parts = request.headers.get("authorization", "").split()
    if len(parts) != 2 or parts[0].lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(parts[1]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, colon, password = decoded.partition(":")
    return (username, password) if colon else None


def authenticated(request: Request, api_keys: Mapping[str, str], passwords: Mapping[str, str]) -> bool:
    """Whether any of Basic or API key authentication accepts ``request``."""
    basic = basic_credentials(request)
    if basic is not None and basic[0] in passwords and passwords[basic[0]] == basic[1]:
        return True
    key = api_key_credentials(request)
    return key is not None and key[0] in api_keys and api_keys[key[0]] == key[1]
