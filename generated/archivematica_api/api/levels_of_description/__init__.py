"""The `levels_of_description` namespace: The AtoM levels of description known to the dashboard, used when arranging SIPs."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.failure_result import FailureResult
    from ...models.level_of_description import LevelOfDescription
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["LevelsOfDescriptionNamespace", "AsyncLevelsOfDescriptionNamespace"]


class LevelsOfDescriptionNamespace(Namespace):
    """The AtoM levels of description known to the dashboard, used when arranging SIPs."""

    def list(self) -> builtins.list[LevelOfDescription]:
        """List the levels of description"""
        from .list_levels_of_description import sync_detailed

        return cast(
            "builtins.list[LevelOfDescription]", self._invoker.call(sync_detailed)
        )

    def fetch(self) -> builtins.list[LevelOfDescription]:
        """Re-import the levels of description from AtoM"""
        from .fetch_levels_of_description import sync_detailed

        return cast(
            "builtins.list[LevelOfDescription]", self._invoker.call(sync_detailed)
        )


class AsyncLevelsOfDescriptionNamespace(AsyncNamespace):
    """The AtoM levels of description known to the dashboard, used when arranging SIPs. (asynchronous)"""

    async def list(self) -> builtins.list[LevelOfDescription]:
        """List the levels of description"""
        from .list_levels_of_description import asyncio_detailed

        return cast(
            "builtins.list[LevelOfDescription]",
            await self._invoker.call(asyncio_detailed),
        )

    async def fetch(self) -> builtins.list[LevelOfDescription]:
        """Re-import the levels of description from AtoM"""
        from .fetch_levels_of_description import asyncio_detailed

        return cast(
            "builtins.list[LevelOfDescription]",
            await self._invoker.call(asyncio_detailed),
        )
