"""The ArchivesSpace client: sessions, namespaces, paging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._notes import Note
from ._records import SearchRecord
from ._session import ArchivesSpaceSession

if TYPE_CHECKING:
    from ._client import ArchivesSpace, AsyncArchivesSpace
    from ._search import AsyncSearchResults, Hit, SearchResults
    from ._trees import TreeNode

__all__ = [
    "ArchivesSpace",
    "ArchivesSpaceSession",
    "AsyncArchivesSpace",
    "AsyncSearchResults",
    "Hit",
    "Note",
    "SearchRecord",
    "SearchResults",
    "TreeNode",
]

_LAZY = {
    "ArchivesSpace": "._client",
    "AsyncArchivesSpace": "._client",
    "AsyncSearchResults": "._search",
    "Hit": "._search",
    "SearchResults": "._search",
    "TreeNode": "._trees",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
