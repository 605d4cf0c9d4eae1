"""Keeping secrets out of logs, reprs and messages."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
SECRET_PARAMS = frozenset({"password", "api_key", "apikey", "token", "session", "key"})

logger = logging.getLogger("fonds")


class Secrets:
    """The secret values a client holds (password, API key, session token), for redaction."""

    def __init__(self) -> None:
        self._values: set[str] = set()

    def add(self, value: str | None) -> None:
        """Remember ``value`` as secret (ignores empty and very short values that would mask everything)."""
        if value and len(value) >= 3:
            self._values.add(value)

    def redact(self, value: Any) -> Any:
        """``value`` with every secret replaced by ``***``, walking into dicts and lists."""
        if isinstance(value, str):
            for secret in sorted(self._values, key=len, reverse=True):
                value = value.replace(secret, MASK)
            return value
        if isinstance(value, dict):
            return {k: MASK if str(k).lower() in SECRET_PARAMS else self.redact(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact(v) for v in value]
        return value

    def __repr__(self) -> str:
        return f"Secrets({len(self._values)} held)"


def redact_url(url: str, secrets: Secrets | None = None) -> str:
    """``url`` with secret query parameters (``api_key``, ``password``...) and user info masked."""
    parts = urlsplit(url)
    query = urlencode(
        [(k, MASK if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, True)], safe="*[]"
    )
    netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
    clean = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return str(secrets.redact(clean)) if secrets else clean
