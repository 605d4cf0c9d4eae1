"""fonds: typed clients for ArchivesSpace, Archivematica and the Archivematica Storage Service.

Example::

    from fonds import ArchivesSpace

    with ArchivesSpace("http://localhost:8089", username="admin", password="admin") as aspace:
        for ao in aspace.archival_objects.list(repo_id=2):
            print(ao.title)

The clients are imported on first use, so ``import fonds`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from . import errors
    from ._polling import PollPolicy
    from ._retry import RetryPolicy
    from .archivematica import Archivematica, AsyncArchivematica, decode_name, ss_location_path
    from .archivesspace import ArchivesSpace, AsyncArchivesSpace
    from .pagination import AsyncPager, Pager
    from .storage_service import AsyncStorageService, StorageService

_LAZY = {
    "ArchivesSpace": ".archivesspace",
    "AsyncArchivesSpace": ".archivesspace",
    "Archivematica": ".archivematica",
    "AsyncArchivematica": ".archivematica",
    "StorageService": ".storage_service",
    "AsyncStorageService": ".storage_service",
    "ss_location_path": ".archivematica",
    "decode_name": ".archivematica",
    "Pager": ".pagination",
    "AsyncPager": ".pagination",
    "RetryPolicy": "._retry",
    "PollPolicy": "._polling",
    "errors": ".errors",
}

__all__ = [
    "Archivematica",
    "ArchivesSpace",
    "AsyncArchivematica",
    "AsyncArchivesSpace",
    "AsyncPager",
    "AsyncStorageService",
    "Pager",
    "PollPolicy",
    "RetryPolicy",
    "StorageService",
    "decode_name",
    "errors",
    "ss_location_path",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'fonds' has no attribute {name!r}")
    module = importlib.import_module(_LAZY[name], __name__)
    value = module if name == "errors" else getattr(module, name)
    globals()[name] = value
    return value
