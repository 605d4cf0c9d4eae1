"""The `tasks` namespace: One task of a job (`/api/v2beta/task/{task_uuid}`)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.error import Error
    from ...models.task import Task
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["TasksNamespace", "AsyncTasksNamespace"]


class TasksNamespace(Namespace):
    """One task of a job (`/api/v2beta/task/{task_uuid}`)."""

    def get(self, *, task_uuid: UUID) -> Task:
        """Get a task"""
        from .get_task import sync_detailed

        return cast("Task", self._invoker.call(sync_detailed, task_uuid=task_uuid))


class AsyncTasksNamespace(AsyncNamespace):
    """One task of a job (`/api/v2beta/task/{task_uuid}`). (asynchronous)"""

    async def get(self, *, task_uuid: UUID) -> Task:
        """Get a task"""
        from .get_task import asyncio_detailed

        return cast(
            "Task", await self._invoker.call(asyncio_detailed, task_uuid=task_uuid)
        )
