"""Base64 ``<location_uuid>:<path>`` fields: decoding them and finding what they name in the Storage Service."""

from __future__ import annotations

import posixpath
import uuid as uuidlib
from typing import TYPE_CHECKING

from ..storage_service import _tree
from ..storage_service._model import Location

if TYPE_CHECKING:
    from ..storage_service import StorageServiceSimulator


class PathError(ValueError):
    """A path that names no location of this pipeline, or nothing inside one."""


def split(raw: bytes) -> tuple[str | None, bytes]:
    """``(location UUID, path)`` of a decoded ``<location_uuid>:<path>``; no UUID when it is a plain path."""
    head, colon, rest = raw.partition(b":")
    if colon:
        try:
            return str(uuidlib.UUID(head.decode("ascii"))), rest
        except (UnicodeDecodeError, ValueError):
            pass
    return None, raw


def resolve(
    storage: StorageServiceSimulator, pipeline_uuid: str, raw: bytes, purposes: tuple[str, ...] = ("TS",)
) -> tuple[Location, bytes, _tree.Dir | bytes]:
    """The location, the path inside it and the node that ``raw`` names; ``PathError`` otherwise."""
    location_uuid, path = split(raw)
    if location_uuid is None:
        for candidate in storage.locations.values():
            root = candidate.full_path.encode().rstrip(b"/") + b"/"
            if candidate.purpose in purposes and path.startswith(root):
                location_uuid, path = candidate.uuid, path[len(root) :]
                break
        else:
            raise PathError(f"{path.decode('utf-8', 'replace')} is not inside a transfer source location")
    location: Location | None = storage.locations.get(location_uuid)
    if (
        location is None
        or location.purpose not in purposes
        or not any(p.uuid == pipeline_uuid for p in location.pipelines)
    ):
        raise PathError(f"Location {location_uuid} is not associated with this pipeline")
    root = location.full_path.encode()
    relative = path[len(root) :] if path.startswith(root) else path
    node = _tree.lookup(location.tree(), posixpath.normpath(b"/" + relative).lstrip(b"/"))
    if node is None:
        raise PathError(f"{posixpath.join(location.full_path, relative.decode('utf-8', 'replace'))} does not exist")
    return location, relative, node


def display(path: bytes) -> str:
    """A path as text (bytes that are not UTF-8 replaced)."""
    return path.decode("utf-8", "replace")


def contents(relative: bytes, node: _tree.Dir | bytes) -> list[tuple[str, bytes]]:
    """The files a transfer made from ``node`` holds: ``(path inside objects/, bytes)``."""
    if isinstance(node, bytes):
        return [(display(posixpath.basename(relative) or b"file"), node)]
    return [(display(path), content) for path, content in _tree.files(node)]
