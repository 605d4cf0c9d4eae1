"""The ArchivesSpace client: sessions, namespaces, paging."""

from ._client import ArchivesSpace, AsyncArchivesSpace
from ._session import ArchivesSpaceSession

__all__ = ["ArchivesSpace", "ArchivesSpaceSession", "AsyncArchivesSpace"]
