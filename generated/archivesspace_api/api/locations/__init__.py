"""The `locations` namespace: Locations where containers are kept, shared by all repositories, created singly or in batches."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_locations_sort_direction import (
        ListLocationsSortDirection,
        check_list_locations_sort_direction,
    )
    from ...models.location import Location
    from ...models.location_batch import LocationBatch
    from ...models.location_batch_update import LocationBatchUpdate
    from ...models.location_page import LocationPage
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["LocationsNamespace", "AsyncLocationsNamespace"]


class LocationsNamespace(Namespace):
    """Locations where containers are kept, shared by all repositories, created singly or in batches."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Location]:
        """List locations: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_locations import sync_detailed

        return cast(
            "Pager[Location]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List locations: the id of every matching record, in one request (`all_ids`)."""
        from .list_locations import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Location]:
        """List locations: these records by id, 250 a request (`id_set`)."""
        from .list_locations import sync_detailed

        return cast(
            "Iterator[Location]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Location] | LocationPage:
        """List locations: one raw page, as the server answers it."""
        from .list_locations import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[Location] | LocationPage",
            self._invoker.call(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    def create(self, *, body: Location) -> CreatedResponse:
        """Create a location"""
        from .create_location import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def create_batch(
        self, *, body: LocationBatch, dry_run: bool | Unset = UNSET
    ) -> builtins.list[str]:
        """Create many locations from coordinate ranges"""
        from .create_locations_batch import sync_detailed

        return cast(
            "builtins.list[str]",
            self._invoker.call(sync_detailed, body=body, dry_run=dry_run),
        )

    def update_batch(self, *, body: LocationBatchUpdate) -> builtins.list[Any]:
        """Set the same fields on many locations"""
        from .update_locations_batch import sync_detailed

        return cast("builtins.list[Any]", self._invoker.call(sync_detailed, body=body))

    def get(self, *, id: int, resolve: builtins.list[str] | Unset = UNSET) -> Location:
        """Get a location"""
        from .get_location import sync_detailed

        return cast(
            "Location", self._invoker.call(sync_detailed, id=id, resolve=resolve)
        )

    def update(self, *, body: Location, id: int) -> UpdatedResponse:
        """Update a location"""
        from .update_location import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a location"""
        from .delete_location import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))


class AsyncLocationsNamespace(AsyncNamespace):
    """Locations where containers are kept, shared by all repositories, created singly or in batches. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Location]:
        """List locations: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_locations import asyncio_detailed

        return cast(
            "AsyncPager[Location]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List locations: the id of every matching record, in one request (`all_ids`)."""
        from .list_locations import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Location]:
        """List locations: these records by id, 250 a request (`id_set`)."""
        from .list_locations import asyncio_detailed

        return cast(
            "AsyncIterator[Location]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Location] | LocationPage:
        """List locations: one raw page, as the server answers it."""
        from .list_locations import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[Location] | LocationPage",
            await self._invoker.call(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    async def create(self, *, body: Location) -> CreatedResponse:
        """Create a location"""
        from .create_location import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def create_batch(
        self, *, body: LocationBatch, dry_run: bool | Unset = UNSET
    ) -> builtins.list[str]:
        """Create many locations from coordinate ranges"""
        from .create_locations_batch import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, body=body, dry_run=dry_run),
        )

    async def update_batch(self, *, body: LocationBatchUpdate) -> builtins.list[Any]:
        """Set the same fields on many locations"""
        from .update_locations_batch import asyncio_detailed

        return cast(
            "builtins.list[Any]", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Location:
        """Get a location"""
        from .get_location import asyncio_detailed

        return cast(
            "Location",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: Location, id: int) -> UpdatedResponse:
        """Update a location"""
        from .update_location import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a location"""
        from .delete_location import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )
