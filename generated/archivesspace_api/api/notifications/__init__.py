"""The `notifications` namespace: The long-poll feed of backend notifications."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.notification import Notification
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["NotificationsNamespace", "AsyncNotificationsNamespace"]


class NotificationsNamespace(Namespace):
    """The long-poll feed of backend notifications."""

    def list(self, *, last_sequence: int | Unset = 0) -> builtins.list[Notification]:
        """Wait for backend notifications"""
        from .list_notifications import sync_detailed

        return cast(
            "builtins.list[Notification]",
            self._invoker.call(sync_detailed, last_sequence=last_sequence),
        )


class AsyncNotificationsNamespace(AsyncNamespace):
    """The long-poll feed of backend notifications. (asynchronous)"""

    async def list(
        self, *, last_sequence: int | Unset = 0
    ) -> builtins.list[Notification]:
        """Wait for backend notifications"""
        from .list_notifications import asyncio_detailed

        return cast(
            "builtins.list[Notification]",
            await self._invoker.call(asyncio_detailed, last_sequence=last_sequence),
        )
