"""The `collection_management` namespace: Collection management subrecords, read by id."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.collection_management import CollectionManagement
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["CollectionManagementNamespace", "AsyncCollectionManagementNamespace"]


class CollectionManagementNamespace(Namespace):
    """Collection management subrecords, read by id."""

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> CollectionManagement:
        """Get a collection management record"""
        from .get_collection_management import sync_detailed

        return cast(
            "CollectionManagement",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )


class AsyncCollectionManagementNamespace(AsyncNamespace):
    """Collection management subrecords, read by id. (asynchronous)"""

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> CollectionManagement:
        """Get a collection management record"""
        from .get_collection_management import asyncio_detailed

        return cast(
            "CollectionManagement",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )
