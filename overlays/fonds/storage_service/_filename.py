"""The file name a download's ``Content-Disposition`` gives, in every form servers send it.

- plain: ``attachment; filename="MyAIP.7z"`` (or unquoted);
- RFC 5987/6266: ``attachment; filename*=UTF-8''%D0%90%D0%98%D0%9F.7z``, percent-decoded in its charset (it wins
  over a plain ``filename`` in the same header);
- RFC 2047: Django encodes a header value that is not Latin-1 as a MIME encoded word, the whole value at once
  (``=?utf-8?b?YXR0YWNobWVudDsgZmlsZW5hbWU9...?=``), and some servers encode just the name
  (``filename="=?utf-8?q?...?="``); both are decoded.

Only the last path component is kept, and a name that would escape the target folder (``..``), is empty, holds a
control character (NUL...) or is longer than a file system takes (255 bytes) is refused, so the caller's fallback
is used instead.
"""

from __future__ import annotations

import email.header
import os
import re
from urllib.parse import unquote

_ENCODED_WORD = re.compile(r"=\?[\w.:-]+\?[bBqQ]\?[^?]*\?=")
_PARAM = re.compile(
    r"""(?:^|;)\s*(?P<key>[\w*-]+)\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^;]*))""",
    re.IGNORECASE,
)


def _decode_words(text: str) -> str:
    """``text`` with every RFC 2047 encoded word decoded (text without any comes back unchanged)."""
    if not _ENCODED_WORD.search(text):
        return text
    try:
        parts = email.header.decode_header(text)
    except (ValueError, LookupError):  # a malformed word: keep the text as sent
        return text
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        try:
            out.append(chunk.decode(charset or "ascii", "replace"))
        except LookupError:
            out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


def _extended(value: str) -> str | None:
    """An RFC 5987 ``charset'language'percent-encoded`` value, decoded; None when it is malformed."""
    charset, sep, rest = value.partition("'")
    if not sep:
        return None
    _language, sep, encoded = rest.partition("'")
    if not sep:
        return None
    try:
        return unquote(encoded, encoding=charset or "utf-8", errors="strict")
    except (LookupError, UnicodeDecodeError):
        return unquote(encoded, encoding="latin-1")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NAME_MAX = 255  # bytes: the longest file name common file systems take


def _safe(name: str) -> str | None:
    base = os.path.basename(name.replace("\\", "/"))
    if base in ("", ".", "..") or _CONTROL.search(base):
        return None
    try:
        size = len(base.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate from a bad percent-encoding
        return None
    return base if size <= _NAME_MAX else None


def filename_from_disposition(header: str | None) -> str | None:
    """The file name a ``Content-Disposition`` header value gives, decoded, or None.

    Example::

        >>> filename_from_disposition('attachment; filename="MyAIP.7z"')
        'MyAIP.7z'
        >>> filename_from_disposition("attachment; filename*=UTF-8''%D0%90%D0%98%D0%9F.7z")
        'АИП.7z'
        >>> filename_from_disposition("=?utf-8?b?YXR0YWNobWVudDsgZmlsZW5hbWU9ItCQ0JjQny43eiI=?=")
        'АИП.7z'
    """
    if not header:
        return None
    text = _decode_words(header.strip())
    plain: str | None = None
    extended: str | None = None
    for match in _PARAM.finditer(text):
        key = match.group("key").lower()
        quoted = match.group("quoted")
        value = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else (match.group("token") or "").strip()
        if key == "filename*":
            extended = _extended(value)
        elif key == "filename":
            plain = _decode_words(value)
    for candidate in (extended, plain):
        if candidate:
            name = _safe(candidate)
            if name:
                return name
    return None
