"""Raw answers as bytes: the XML and Atom documents the generated client hands back as a ``File``."""

from __future__ import annotations

from typing import Any

from .. import errors


def as_bytes(answer: Any, path: str = "") -> bytes:
    """The bytes of a raw answer (a generated ``File``, or bytes already); ``path`` names the route in errors.

    Example::

        as_bytes(File(payload=io.BytesIO(b"<feed/>")))  # b"<feed/>"
    """
    if isinstance(answer, bytes | bytearray):
        return bytes(answer)
    payload = getattr(answer, "payload", None)
    if payload is not None and hasattr(payload, "getvalue"):
        return bytes(payload.getvalue())
    if payload is not None and hasattr(payload, "read"):
        return bytes(payload.read())
    message = f"expected a document's bytes from {path or 'the server'}, got {type(answer).__name__}"
    raise errors.InvalidResponse(200, "GET", path, None, message)
