"""Location paths as Archivematica and the Storage Service want them: base64 of ``<location_uuid>:<path>``."""

from __future__ import annotations

import base64
import uuid

from ..errors import ConfigurationError, InvalidArgument


def ss_location_path(location_uuid: str | uuid.UUID, path: str | bytes) -> str:
    """The base64 value of ``<location_uuid>:<path>`` that ``start_transfer`` and ``v2beta/package`` expect.

    The UUID is checked before anything is sent; ``path`` may be bytes (names that are not UTF-8).

    Example::

        >>> ss_location_path("6a7d7e3a-1d35-4f44-9bde-2f0d5e1a9c11", "incoming/photos")
        'NmE3ZDdlM2EtMWQzNS00ZjQ0LTliZGUtMmYwZDVlMWE5YzExOmluY29taW5nL3Bob3Rvcw=='
    """
    try:
        canonical = str(uuid.UUID(str(location_uuid)))
    except ValueError:
        raise ConfigurationError(f"not a location UUID: {location_uuid!r}") from None
    if not isinstance(path, (str, bytes)):
        raise InvalidArgument(
            "ss_location_path", "path", "a path inside the location (text or bytes)", type(path).__name__
        )
    try:
        raw = path if isinstance(path, bytes) else path.encode("utf-8")
    except UnicodeEncodeError:
        wanted = "text that can be encoded as UTF-8 (or the path's bytes)"
        raise InvalidArgument("ss_location_path", "path", wanted, "text with a lone surrogate") from None
    if not raw:
        raise ConfigurationError("the path inside the location is empty")
    return base64.b64encode(canonical.encode() + b":" + raw).decode("ascii")


def decode_name(value: str) -> str | bytes:
    """A base64 name from a browse answer: text when it is UTF-8, else the raw bytes (never an exception
    for odd bytes; a value that is not base64 at all comes back unchanged).

    Example::

        >>> decode_name("cGhvdG9z")
        'photos'
    """
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return value
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
