"""The `default_values` namespace: The values new records of a type start with in a repository."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.default_values import DefaultValues
    from ...models.error import Error
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DefaultValuesNamespace", "AsyncDefaultValuesNamespace"]


class DefaultValuesNamespace(Namespace):
    """The values new records of a type start with in a repository."""

    def get(self, *, repo_id: int, record_type: str) -> DefaultValues:
        """Get a repository's default values for a record type"""
        from .get_default_values import sync_detailed

        return cast(
            "DefaultValues",
            self._invoker.call(sync_detailed, repo_id=repo_id, record_type=record_type),
        )

    def update(
        self, *, body: DefaultValues, repo_id: int, record_type: str
    ) -> UpdatedResponse:
        """Save a repository's default values for a record type"""
        from .update_default_values import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )


class AsyncDefaultValuesNamespace(AsyncNamespace):
    """The values new records of a type start with in a repository. (asynchronous)"""

    async def get(self, *, repo_id: int, record_type: str) -> DefaultValues:
        """Get a repository's default values for a record type"""
        from .get_default_values import asyncio_detailed

        return cast(
            "DefaultValues",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, record_type=record_type
            ),
        )

    async def update(
        self, *, body: DefaultValues, repo_id: int, record_type: str
    ) -> UpdatedResponse:
        """Save a repository's default values for a record type"""
        from .update_default_values import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )
