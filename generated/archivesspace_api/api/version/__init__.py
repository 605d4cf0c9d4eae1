"""The `version` namespace: The ArchivesSpace version."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["VersionNamespace", "AsyncVersionNamespace"]


class VersionNamespace(Namespace):
    """The ArchivesSpace version."""

    def get(self) -> str:
        """Get the ArchivesSpace version"""
        from .get_version import sync_detailed

        return cast("str", self._invoker.call(sync_detailed))


class AsyncVersionNamespace(AsyncNamespace):
    """The ArchivesSpace version. (asynchronous)"""

    async def get(self) -> str:
        """Get the ArchivesSpace version"""
        from .get_version import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed))
