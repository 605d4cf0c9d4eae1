"""The Archivematica Storage Service client."""

from ._client import AsyncStorageService, StorageService

__all__ = ["AsyncStorageService", "StorageService"]
