"""Deterministic identifiers: the same simulator built the same way hands out the same UUIDs."""

from __future__ import annotations

import hashlib
import itertools
import uuid


def fixed_uuid(name: str) -> str:
    """A version-4-shaped UUID derived from ``name`` (for seeded pipelines, spaces, locations)."""
    digest = hashlib.sha256(name.encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


class IdSource:
    """Hands out UUIDs ``namespace:0``, ``namespace:1``... as :func:`fixed_uuid` values, and integer ids."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self._uuids = itertools.count()
        self._ints = itertools.count(1)

    def uuid(self) -> str:
        """The next UUID."""
        return fixed_uuid(f"{self.namespace}:{next(self._uuids)}")

    def integer(self) -> int:
        """The next integer id (1, 2, ...)."""
        return next(self._ints)
