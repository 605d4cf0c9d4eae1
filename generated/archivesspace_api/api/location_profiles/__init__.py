"""The `location_profiles` namespace: Location profiles, the sizes of shelves and other locations."""

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
    from ...models.list_location_profiles_sort_direction import (
        ListLocationProfilesSortDirection,
        check_list_location_profiles_sort_direction,
    )
    from ...models.location_profile import LocationProfile
    from ...models.location_profile_page import LocationProfilePage
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["LocationProfilesNamespace", "AsyncLocationProfilesNamespace"]


class LocationProfilesNamespace(Namespace):
    """Location profiles, the sizes of shelves and other locations."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[LocationProfile]:
        """List location profiles: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_location_profiles import sync_detailed

        return cast(
            "Pager[LocationProfile]",
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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List location profiles: the id of every matching record, in one request (`all_ids`)."""
        from .list_location_profiles import sync_detailed

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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[LocationProfile]:
        """List location profiles: these records by id, 250 a request (`id_set`)."""
        from .list_location_profiles import sync_detailed

        return cast(
            "Iterator[LocationProfile]",
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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[LocationProfile] | LocationProfilePage:
        """List location profiles: one raw page, as the server answers it."""
        from .list_location_profiles import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[LocationProfile] | LocationProfilePage",
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

    def create(self, *, body: LocationProfile) -> CreatedResponse:
        """Create a location profile"""
        from .create_location_profile import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> LocationProfile:
        """Get a location profile"""
        from .get_location_profile import sync_detailed

        return cast(
            "LocationProfile", self._invoker.call(sync_detailed, id=id, resolve=resolve)
        )

    def update(self, *, body: LocationProfile, id: int) -> UpdatedResponse:
        """Update a location profile"""
        from .update_location_profile import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a location profile"""
        from .delete_location_profile import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))


class AsyncLocationProfilesNamespace(AsyncNamespace):
    """Location profiles, the sizes of shelves and other locations. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[LocationProfile]:
        """List location profiles: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_location_profiles import asyncio_detailed

        return cast(
            "AsyncPager[LocationProfile]",
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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List location profiles: the id of every matching record, in one request (`all_ids`)."""
        from .list_location_profiles import asyncio_detailed

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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[LocationProfile]:
        """List location profiles: these records by id, 250 a request (`id_set`)."""
        from .list_location_profiles import asyncio_detailed

        return cast(
            "AsyncIterator[LocationProfile]",
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
        sort_direction: ListLocationProfilesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[LocationProfile] | LocationProfilePage:
        """List location profiles: one raw page, as the server answers it."""
        from .list_location_profiles import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[LocationProfile] | LocationProfilePage",
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

    async def create(self, *, body: LocationProfile) -> CreatedResponse:
        """Create a location profile"""
        from .create_location_profile import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> LocationProfile:
        """Get a location profile"""
        from .get_location_profile import asyncio_detailed

        return cast(
            "LocationProfile",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: LocationProfile, id: int) -> UpdatedResponse:
        """Update a location profile"""
        from .update_location_profile import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a location profile"""
        from .delete_location_profile import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )
