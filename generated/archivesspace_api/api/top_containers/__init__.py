"""The `top_containers` namespace: Top containers (boxes, cartons, reels...): CRUD, a raw Solr search, and batch or bulk changes of
barcodes, indicators, ILS holding ids, profiles and locations."""

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
    from ...models.found_top_containers import FoundTopContainers
    from ...models.list_top_containers_sort_direction import (
        ListTopContainersSortDirection,
        check_list_top_containers_sort_direction,
    )
    from ...models.top_container import TopContainer
    from ...models.top_container_batch_result import TopContainerBatchResult
    from ...models.top_container_bulk_locations_result import (
        TopContainerBulkLocationsResult,
    )
    from ...models.top_container_bulk_result import TopContainerBulkResult
    from ...models.top_container_bulk_update import TopContainerBulkUpdate
    from ...models.top_container_page import TopContainerPage
    from ...models.top_container_search_result import TopContainerSearchResult
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["TopContainersNamespace", "AsyncTopContainersNamespace"]


class TopContainersNamespace(Namespace):
    """Top containers (boxes, cartons, reels...): CRUD, a raw Solr search, and batch or bulk changes of
    barcodes, indicators, ILS holding ids, profiles and locations."""

    def find_by_id(
        self,
        *,
        repo_id: int,
        indicator: builtins.list[str] | Unset = UNSET,
        barcode: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundTopContainers:
        """Find top containers by indicator or barcode"""
        from .find_top_containers_by_id import sync_detailed

        return cast(
            "FoundTopContainers",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                indicator=indicator,
                barcode=barcode,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[TopContainer]:
        """List the repository's top containers: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_top_containers import sync_detailed

        return cast(
            "Pager[TopContainer]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's top containers: the id of every matching record, in one request (`all_ids`)."""
        from .list_top_containers import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                repo_id=repo_id,
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
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[TopContainer]:
        """List the repository's top containers: these records by id, 250 a request (`id_set`)."""
        from .list_top_containers import sync_detailed

        return cast(
            "Iterator[TopContainer]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[TopContainer] | TopContainerPage:
        """List the repository's top containers: one raw page, as the server answers it."""
        from .list_top_containers import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[TopContainer] | TopContainerPage",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
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

    def create(self, *, body: TopContainer, repo_id: int) -> CreatedResponse:
        """Create a top container"""
        from .create_top_container import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def search(
        self,
        *,
        repo_id: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
    ) -> TopContainerSearchResult:
        """Search the repository's top containers"""
        from .search_top_containers import sync_detailed

        return cast(
            "TopContainerSearchResult",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
            ),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> TopContainer:
        """Get a top container"""
        from .get_top_container import sync_detailed

        return cast(
            "TopContainer",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: TopContainer, repo_id: int, id: int) -> UpdatedResponse:
        """Update a top container"""
        from .update_top_container import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a top container"""
        from .delete_top_container import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def set_ils_holding_id(
        self, *, repo_id: int, ids: builtins.list[int], ils_holding_id: str
    ) -> TopContainerBatchResult:
        """Give several top containers the same ILS holding id"""
        from .set_top_containers_ils_holding_id import sync_detailed

        return cast(
            "TopContainerBatchResult",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, ids=ids, ils_holding_id=ils_holding_id
            ),
        )

    def set_container_profile(
        self, *, repo_id: int, ids: builtins.list[int], container_profile_uri: str
    ) -> TopContainerBatchResult:
        """Give several top containers the same container profile"""
        from .set_top_containers_container_profile import sync_detailed

        return cast(
            "TopContainerBatchResult",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                ids=ids,
                container_profile_uri=container_profile_uri,
            ),
        )

    def set_location(
        self, *, repo_id: int, ids: builtins.list[int], location_uri: str
    ) -> TopContainerBatchResult:
        """Move several top containers to the same location"""
        from .set_top_containers_location import sync_detailed

        return cast(
            "TopContainerBatchResult",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, ids=ids, location_uri=location_uri
            ),
        )

    def update_barcodes(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkResult:
        """Give several top containers each their own barcode"""
        from .update_top_containers_barcodes import sync_detailed

        return cast(
            "TopContainerBulkResult",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def update_indicators(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkResult:
        """Give several top containers each their own indicator"""
        from .update_top_containers_indicators import sync_detailed

        return cast(
            "TopContainerBulkResult",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def update_locations(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkLocationsResult:
        """Move several top containers each to their own location"""
        from .update_top_containers_locations import sync_detailed

        return cast(
            "TopContainerBulkLocationsResult",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )


class AsyncTopContainersNamespace(AsyncNamespace):
    """Top containers (boxes, cartons, reels...): CRUD, a raw Solr search, and batch or bulk changes of
    barcodes, indicators, ILS holding ids, profiles and locations. (asynchronous)"""

    async def find_by_id(
        self,
        *,
        repo_id: int,
        indicator: builtins.list[str] | Unset = UNSET,
        barcode: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundTopContainers:
        """Find top containers by indicator or barcode"""
        from .find_top_containers_by_id import asyncio_detailed

        return cast(
            "FoundTopContainers",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                indicator=indicator,
                barcode=barcode,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[TopContainer]:
        """List the repository's top containers: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_top_containers import asyncio_detailed

        return cast(
            "AsyncPager[TopContainer]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's top containers: the id of every matching record, in one request (`all_ids`)."""
        from .list_top_containers import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                repo_id=repo_id,
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
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[TopContainer]:
        """List the repository's top containers: these records by id, 250 a request (`id_set`)."""
        from .list_top_containers import asyncio_detailed

        return cast(
            "AsyncIterator[TopContainer]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListTopContainersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[TopContainer] | TopContainerPage:
        """List the repository's top containers: one raw page, as the server answers it."""
        from .list_top_containers import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[TopContainer] | TopContainerPage",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
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

    async def create(self, *, body: TopContainer, repo_id: int) -> CreatedResponse:
        """Create a top container"""
        from .create_top_container import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def search(
        self,
        *,
        repo_id: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
    ) -> TopContainerSearchResult:
        """Search the repository's top containers"""
        from .search_top_containers import asyncio_detailed

        return cast(
            "TopContainerSearchResult",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
            ),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> TopContainer:
        """Get a top container"""
        from .get_top_container import asyncio_detailed

        return cast(
            "TopContainer",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: TopContainer, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a top container"""
        from .update_top_container import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a top container"""
        from .delete_top_container import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def set_ils_holding_id(
        self, *, repo_id: int, ids: builtins.list[int], ils_holding_id: str
    ) -> TopContainerBatchResult:
        """Give several top containers the same ILS holding id"""
        from .set_top_containers_ils_holding_id import asyncio_detailed

        return cast(
            "TopContainerBatchResult",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                ids=ids,
                ils_holding_id=ils_holding_id,
            ),
        )

    async def set_container_profile(
        self, *, repo_id: int, ids: builtins.list[int], container_profile_uri: str
    ) -> TopContainerBatchResult:
        """Give several top containers the same container profile"""
        from .set_top_containers_container_profile import asyncio_detailed

        return cast(
            "TopContainerBatchResult",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                ids=ids,
                container_profile_uri=container_profile_uri,
            ),
        )

    async def set_location(
        self, *, repo_id: int, ids: builtins.list[int], location_uri: str
    ) -> TopContainerBatchResult:
        """Move several top containers to the same location"""
        from .set_top_containers_location import asyncio_detailed

        return cast(
            "TopContainerBatchResult",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, ids=ids, location_uri=location_uri
            ),
        )

    async def update_barcodes(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkResult:
        """Give several top containers each their own barcode"""
        from .update_top_containers_barcodes import asyncio_detailed

        return cast(
            "TopContainerBulkResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def update_indicators(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkResult:
        """Give several top containers each their own indicator"""
        from .update_top_containers_indicators import asyncio_detailed

        return cast(
            "TopContainerBulkResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def update_locations(
        self, *, body: TopContainerBulkUpdate, repo_id: int
    ) -> TopContainerBulkLocationsResult:
        """Move several top containers each to their own location"""
        from .update_top_containers_locations import asyncio_detailed

        return cast(
            "TopContainerBulkLocationsResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )
