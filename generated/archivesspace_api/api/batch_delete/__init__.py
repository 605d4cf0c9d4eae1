"""The `batch_delete` namespace: Deletes of many records, by URI, in one request."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.batch_delete_result import BatchDeleteResult
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["BatchDeleteNamespace", "AsyncBatchDeleteNamespace"]


class BatchDeleteNamespace(Namespace):
    """Deletes of many records, by URI, in one request."""

    def run(self, *, record_uris: builtins.list[str]) -> BatchDeleteResult:
        """Delete several records by URI"""
        from .run_batch_delete import sync_detailed

        return cast(
            "BatchDeleteResult",
            self._invoker.call(sync_detailed, record_uris=record_uris),
        )


class AsyncBatchDeleteNamespace(AsyncNamespace):
    """Deletes of many records, by URI, in one request. (asynchronous)"""

    async def run(self, *, record_uris: builtins.list[str]) -> BatchDeleteResult:
        """Delete several records by URI"""
        from .run_batch_delete import asyncio_detailed

        return cast(
            "BatchDeleteResult",
            await self._invoker.call(asyncio_detailed, record_uris=record_uris),
        )
