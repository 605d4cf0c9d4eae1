"""The `update_feed` namespace: The long-poll feed of changed records, for indexers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.update_feed_entry import UpdateFeedEntry
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UpdateFeedNamespace", "AsyncUpdateFeedNamespace"]


class UpdateFeedNamespace(Namespace):
    """The long-poll feed of changed records, for indexers."""

    def get(
        self,
        *,
        last_sequence: int | Unset = 0,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[UpdateFeedEntry]:
        """Wait for changed records"""
        from .get_update_feed import sync_detailed

        return cast(
            "builtins.list[UpdateFeedEntry]",
            self._invoker.call(
                sync_detailed, last_sequence=last_sequence, resolve=resolve
            ),
        )


class AsyncUpdateFeedNamespace(AsyncNamespace):
    """The long-poll feed of changed records, for indexers. (asynchronous)"""

    async def get(
        self,
        *,
        last_sequence: int | Unset = 0,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[UpdateFeedEntry]:
        """Wait for changed records"""
        from .get_update_feed import asyncio_detailed

        return cast(
            "builtins.list[UpdateFeedEntry]",
            await self._invoker.call(
                asyncio_detailed, last_sequence=last_sequence, resolve=resolve
            ),
        )
