"""The `delete_feed` namespace: The feed of deleted records' URIs, for indexers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.delete_feed_page import DeleteFeedPage
    from ...models.error import Error
    from ...models.get_delete_feed_sort_direction import (
        GetDeleteFeedSortDirection,
        check_get_delete_feed_sort_direction,
    )
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DeleteFeedNamespace", "AsyncDeleteFeedNamespace"]


class DeleteFeedNamespace(Namespace):
    """The feed of deleted records' URIs, for indexers."""

    def get(
        self,
        *,
        page: int,
        page_size: int | Unset = 10,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DeleteFeedPage:
        """List the URIs of deleted records"""
        from .get_delete_feed import sync_detailed

        return cast(
            "DeleteFeedPage",
            self._invoker.call(
                sync_detailed,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )


class AsyncDeleteFeedNamespace(AsyncNamespace):
    """The feed of deleted records' URIs, for indexers. (asynchronous)"""

    async def get(
        self,
        *,
        page: int,
        page_size: int | Unset = 10,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DeleteFeedPage:
        """List the URIs of deleted records"""
        from .get_delete_feed import asyncio_detailed

        return cast(
            "DeleteFeedPage",
            await self._invoker.call(
                asyncio_detailed,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )
