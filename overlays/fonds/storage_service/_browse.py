"""Browsing locations and spaces with plain paths, and reading the answers' base64 names as names.

The two v2 browse routes disagree (measured on 0.23): a location wants its ``path`` base64-encoded (a plain one
answers 500) and keys ``properties`` by base64 names; a space wants a plain ``path`` and keys ``properties`` by
plain names. Both send ``entries`` and ``directories`` base64. fonds takes plain paths for both and gives
listings whose ``names`` are decoded.
"""

from __future__ import annotations

import base64
from typing import Any

from storage_service_api.models.browse_entry_properties import BrowseEntryProperties
from storage_service_api.models.location_browse_result import LocationBrowseResult
from storage_service_api.models.space_browse_result import SpaceBrowseResult
from storage_service_api.types import UNSET, Unset

from .. import errors


def _decode(value: str) -> str | bytes:
    from ..archivematica._paths import decode_name

    return decode_name(value)


def _raw(operation: str, path: str | bytes) -> bytes:
    """The bytes of ``path``: names read with ``os.fsdecode`` (lone bytes as surrogate escapes) come back as the
    bytes they were; any other lone surrogate is ``InvalidArgument``."""
    if isinstance(path, bytes):
        return path
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        wanted = "a path that can be encoded as UTF-8 (or its bytes)"
        raise errors.InvalidArgument(operation, "path", wanted, "text with a lone surrogate") from None


def location_path(operation: str, path: str | bytes | Unset | None) -> str | Unset:
    """``path`` as a location browse wants it: base64 of its UTF-8 bytes (bytes are taken as they are); None,
    ``UNSET`` or empty for the location's root.

    Example: ``location_path("browse_location", "incoming/photos") == "aW5jb21pbmcvcGhvdG9z"``.
    """
    if path is None or path is UNSET or path in ("", b""):
        return UNSET
    if not isinstance(path, (str, bytes)):
        raise errors.InvalidArgument(operation, "path", "a plain path (str or bytes)", type(path).__name__)
    return base64.b64encode(_raw(operation, path)).decode("ascii")


def space_path(operation: str, path: str | bytes | Unset | None) -> str | Unset:
    """``path`` as a space browse wants it: plain text (bytes that are not UTF-8 cannot be sent)."""
    if path is None or path is UNSET or path in ("", b""):
        return UNSET
    if isinstance(path, bytes):
        try:
            return path.decode("utf-8")
        except UnicodeDecodeError:
            raise errors.InvalidArgument(operation, "path", "a path the space route can carry (UTF-8)") from None
    if not isinstance(path, str):
        raise errors.InvalidArgument(operation, "path", "a plain path (str or bytes)", type(path).__name__)
    return path


class _Names:
    """Decoded views of a listing's base64 ``entries`` and ``directories``."""

    entries: list[str]
    directories: list[str]
    properties: Any

    @property
    def names(self) -> list[str | bytes]:
        """Every entry's name, decoded: text, or bytes for a name that is not UTF-8.

        Example: ``ss.locations.browse(uuid=u, path="incoming").names == ["photos", "readme.txt"]``.
        """
        return [_decode(name) for name in self.entries]

    @property
    def directory_names(self) -> list[str | bytes]:
        """The names of the entries that are directories, decoded.

        Example: ``"photos" in ss.locations.browse(uuid=u, path="incoming").directory_names``.
        """
        return [_decode(name) for name in self.directories]

    @property
    def file_names(self) -> list[str | bytes]:
        """The names of the entries that are not directories, decoded.

        Example: ``ss.locations.browse(uuid=u, path="incoming/photos").file_names``.
        """
        directories = set(self.directories)
        return [_decode(name) for name in self.entries if name not in directories]

    def _key(self, name: str | bytes) -> str:
        raise NotImplementedError

    def details(self, name: str | bytes) -> BrowseEntryProperties | None:
        """What the server says of the entry ``name`` (a plain name: ``size``, ``object_count``), or None.

        Example: ``ss.locations.browse(uuid=u, path="incoming").details("photos").object_count``.
        """
        properties = self.properties
        if not properties:
            return None
        found: BrowseEntryProperties | None = properties.additional_properties.get(self._key(name))
        return found


class LocationListing(_Names, LocationBrowseResult):
    """A location's directory listing (a ``LocationBrowseResult``) with its names decoded: ``names``,
    ``directory_names``, ``file_names`` and ``details(name)``; ``entries`` keep the server's base64.

    Example::

        listing = ss.locations.browse(uuid=location_uuid, path="sampledata/SampleTransfers")
        for name in listing.directory_names:
            print(name, listing.details(name))
    """

    def _key(self, name: str | bytes) -> str:
        return base64.b64encode(_raw("details", name)).decode("ascii")


class SpaceListing(_Names, SpaceBrowseResult):
    """A space's directory listing (a ``SpaceBrowseResult``) with its names decoded, as :class:`LocationListing`.

    Example: ``ss.spaces.browse(uuid=space_uuid, path="/var/archivematica").directory_names``.
    """

    def _key(self, name: str | bytes) -> str:
        return name.decode("utf-8", "replace") if isinstance(name, bytes) else name


def location_listing(result: LocationBrowseResult) -> LocationListing:
    """The answer of a location browse as a :class:`LocationListing` (the same JSON)."""
    return LocationListing.from_dict(result.to_dict())


def space_listing(result: SpaceBrowseResult) -> SpaceListing:
    """The answer of a space browse as a :class:`SpaceListing` (the same JSON)."""
    return SpaceListing.from_dict(result.to_dict())
