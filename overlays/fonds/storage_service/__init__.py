"""The Archivematica Storage Service client."""

from ._browse import LocationListing, SpaceListing
from ._client import AsyncStorageService, StorageService

__all__ = ["AsyncStorageService", "LocationListing", "SpaceListing", "StorageService"]
