"""The ArchivesSpace client: sessions, namespaces, paging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._notes import Note
from ._records import SearchRecord
from ._session import ArchivesSpaceSession

if TYPE_CHECKING:
    from ._client import ArchivesSpace, AsyncArchivesSpace

__all__ = ["ArchivesSpace", "ArchivesSpaceSession", "AsyncArchivesSpace", "Note", "SearchRecord"]


def __getattr__(name: str) -> Any:
    if name in ("ArchivesSpace", "AsyncArchivesSpace"):
        from . import _client

        return getattr(_client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
