"""The `batch_imports` namespace: Imports of many linked records in one request."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.batch_import_record import BatchImportRecord
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["BatchImportsNamespace", "AsyncBatchImportsNamespace"]


class BatchImportsNamespace(Namespace):
    """Imports of many linked records in one request."""

    def create(
        self,
        *,
        body: builtins.list[BatchImportRecord],
        repo_id: int,
        migration: bool | Unset = UNSET,
        skip_results: bool | Unset = UNSET,
    ) -> str:
        """Import a batch of linked records"""
        from .create_batch_import import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed,
                body=body,
                repo_id=repo_id,
                migration=migration,
                skip_results=skip_results,
            ),
        )


class AsyncBatchImportsNamespace(AsyncNamespace):
    """Imports of many linked records in one request. (asynchronous)"""

    async def create(
        self,
        *,
        body: builtins.list[BatchImportRecord],
        repo_id: int,
        migration: bool | Unset = UNSET,
        skip_results: bool | Unset = UNSET,
    ) -> str:
        """Import a batch of linked records"""
        from .create_batch_import import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                repo_id=repo_id,
                migration=migration,
                skip_results=skip_results,
            ),
        )
