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
        """Get a task

        Args:
            task_uuid: The task's UUID.

        Returns:
            Task: The task, with its file and timing fields.

        Raises:
            ValidationError: 400: No such task (`Task with UUID <uuid> does not exist`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.tasks.get(task_uuid=...)
            ```
        """
        from .get_task import sync_detailed

        return cast("Task", self._invoker.call(sync_detailed, task_uuid=task_uuid))


class AsyncTasksNamespace(AsyncNamespace):
    """One task of a job (`/api/v2beta/task/{task_uuid}`). (asynchronous)"""

    async def get(self, *, task_uuid: UUID) -> Task:
        """Get a task

        Args:
            task_uuid: The task's UUID.

        Returns:
            Task: The task, with its file and timing fields.

        Raises:
            ValidationError: 400: No such task (`Task with UUID <uuid> does not exist`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.tasks.get(task_uuid=...)
            ```
        """
        from .get_task import asyncio_detailed

        return cast(
            "Task", await self._invoker.call(asyncio_detailed, task_uuid=task_uuid)
        )
