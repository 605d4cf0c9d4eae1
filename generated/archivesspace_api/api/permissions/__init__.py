"""The `permissions` namespace: The permissions that groups can grant."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.list_permissions_level import (
        ListPermissionsLevel,
        check_list_permissions_level,
    )
    from ...models.permission import Permission
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PermissionsNamespace", "AsyncPermissionsNamespace"]


class PermissionsNamespace(Namespace):
    """The permissions that groups can grant."""

    def list(self, *, level: ListPermissionsLevel) -> builtins.list[Permission]:
        """List the permissions"""
        from .list_permissions import sync_detailed

        return cast(
            "builtins.list[Permission]", self._invoker.call(sync_detailed, level=level)
        )


class AsyncPermissionsNamespace(AsyncNamespace):
    """The permissions that groups can grant. (asynchronous)"""

    async def list(self, *, level: ListPermissionsLevel) -> builtins.list[Permission]:
        """List the permissions"""
        from .list_permissions import asyncio_detailed

        return cast(
            "builtins.list[Permission]",
            await self._invoker.call(asyncio_detailed, level=level),
        )
