"""The `update_monitor` namespace: The monitor of records being edited at the same time."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.active_edits import ActiveEdits
    from ...models.error import Error
    from ...models.refresh_update_monitor_response_200 import (
        RefreshUpdateMonitorResponse200,
    )
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UpdateMonitorNamespace", "AsyncUpdateMonitorNamespace"]


class UpdateMonitorNamespace(Namespace):
    """The monitor of records being edited at the same time."""

    def refresh(self, *, body: ActiveEdits) -> RefreshUpdateMonitorResponse200:
        """Report the records being edited and see who else edits them"""
        from .refresh_update_monitor import sync_detailed

        return cast(
            "RefreshUpdateMonitorResponse200",
            self._invoker.call(sync_detailed, body=body),
        )


class AsyncUpdateMonitorNamespace(AsyncNamespace):
    """The monitor of records being edited at the same time. (asynchronous)"""

    async def refresh(self, *, body: ActiveEdits) -> RefreshUpdateMonitorResponse200:
        """Report the records being edited and see who else edits them"""
        from .refresh_update_monitor import asyncio_detailed

        return cast(
            "RefreshUpdateMonitorResponse200",
            await self._invoker.call(asyncio_detailed, body=body),
        )
