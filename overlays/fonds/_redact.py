"""Keeping secrets out of logs, reprs and messages."""

from __future__ import annotations

import contextlib
import html
import json
import logging
import weakref
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

import httpx

MASK = "***"
SECRET_PARAMS = frozenset({"password", "api_key", "apikey", "token", "session", "key"})

logger = logging.getLogger("fonds")


class Secrets:
    """The secret values a client holds (password, API key, session token), for redaction."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._held = 0
        _LIVE.add(self)

    def add(self, value: str | None) -> None:
        """Remember ``value`` as secret (ignores empty and very short values that would mask everything), with
        the forms a server echoes it in: JSON-escaped, percent-encoded, HTML-escaped."""
        if value and len(value) >= 3 and value not in self._values:
            self._held += 1
            self._values.update(form for form in _forms(value) if len(form) >= 3)

    def redact_cut(self, text: str) -> str:
        """``text`` redacted, and a secret's first characters masked where ``text`` ends inside one (a body cut
        short mid-token).

        Example: ``secrets.redact_cut('{"session": "abc12')`` is ``'{"session": "***'`` when ``abc123`` is held.
        """
        text = str(self.redact(text))
        for secret in sorted(self._values, key=len, reverse=True):
            for size in range(len(secret) - 1, 2, -1):
                if text.endswith(secret[:size]):
                    return text[:-size] + MASK
        return text

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
        return f"Secrets({self._held} held)"


def _forms(value: str) -> set[str]:
    forms = {value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1], html.escape(value)}
    forms.add(repr(value)[1:-1])  # as a Python repr quotes it (h11 quotes a refused header value so)
    with contextlib.suppress(UnicodeEncodeError):
        forms.add(repr(value.encode("utf-8"))[2:-1])
    with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate: no URL can carry it; refused before sending
        forms.update((quote(value, safe=""), quote_plus(value, safe="")))
    return forms


def redact_url(url: str, secrets: Secrets | None = None) -> str:
    """``url`` with secret query parameters (``api_key``, ``password``...) and user info masked."""
    parts = urlsplit(url)
    query = urlencode(
        [(k, MASK if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, True)], safe="*[]"
    )
    netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
    clean = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return str(secrets.redact(clean)) if secrets else clean


#: Every client's secrets, for the lines httpx itself logs (see :class:`HttpxLogFilter`).
_LIVE: weakref.WeakSet[Secrets] = weakref.WeakSet()


class HttpxLogFilter(logging.Filter):
    """Masks secrets in the request lines httpx logs at INFO (``HTTP Request: POST http://host/users?password=...``):
    secret query parameters, user info, and every value a live client holds as secret (a login token in a path).
    fonds adds it to the ``httpx`` logger when it is imported; it costs nothing while INFO is off.

    Example: ``logging.getLogger("httpx").filters`` holds one.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_clean(arg) for arg in record.args)
        return True


def _clean(value: Any) -> Any:
    if not isinstance(value, (str, httpx.URL)):
        return value
    text = redact_url(str(value)) if isinstance(value, httpx.URL) else value
    for secrets in list(_LIVE):
        text = secrets.redact(text)
    return text


def install_httpx_log_filter() -> None:
    """Add :class:`HttpxLogFilter` to the ``httpx`` logger, once."""
    target = logging.getLogger("httpx")
    if not any(isinstance(existing, HttpxLogFilter) for existing in target.filters):
        target.addFilter(HttpxLogFilter())
