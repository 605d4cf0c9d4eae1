"""The `async_tasks` namespace: Background tasks started by the asynchronous endpoints (`/api/v2/async/`)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.async_task import AsyncTask
    from ...models.async_task_list import AsyncTaskList
    from ...models.list_async_tasks_format import (
        ListAsyncTasksFormat,
        check_list_async_tasks_format,
    )
    from ...models.resource_schema import ResourceSchema
    from ...models.tastypie_error import TastypieError
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AsyncTasksNamespace", "AsyncAsyncTasksNamespace"]


class AsyncTasksNamespace(Namespace):
    """Background tasks started by the asynchronous endpoints (`/api/v2/async/`)."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the async task resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.async_tasks.get_schema()
            ```
        """
        from .get_async_task_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format: ListAsyncTasksFormat | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[AsyncTask]:
        """List the async tasks: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[AsyncTask]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            for record in ss.async_tasks.list():
                print(record)
            ```
        """
        from .list_async_tasks import sync_detailed

        return cast(
            "Pager[AsyncTask]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format=format,
            ),
        )

    def list_page(
        self,
        *,
        format: ListAsyncTasksFormat | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> AsyncTaskList:
        """List the async tasks: one raw page, as the server answers it.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            AsyncTaskList: A page of async tasks.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.async_tasks.list_page()
            ```
        """
        from .list_async_tasks import sync_detailed

        return cast(
            "AsyncTaskList",
            self._invoker.call(
                sync_detailed, format=format, limit=limit, offset=offset
            ),
        )

    def get(self, *, id: int) -> AsyncTask:
        """Get an async task

        Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

        Args:
            id: The task's id (the last segment of the `Location` header of a 202 answer).

        Returns:
            AsyncTask: The task.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.async_tasks.get(id=1)
            ```
        """
        from .get_async_task import sync_detailed

        return cast("AsyncTask", self._invoker.call(sync_detailed, id=id))


class AsyncAsyncTasksNamespace(AsyncNamespace):
    """Background tasks started by the asynchronous endpoints (`/api/v2/async/`). (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the async task resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.async_tasks.get_schema()
            ```
        """
        from .get_async_task_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format: ListAsyncTasksFormat | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[AsyncTask]:
        """List the async tasks: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[AsyncTask]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            async for record in ss.async_tasks.list():
                print(record)
            ```
        """
        from .list_async_tasks import asyncio_detailed

        return cast(
            "AsyncPager[AsyncTask]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format=format,
            ),
        )

    async def list_page(
        self,
        *,
        format: ListAsyncTasksFormat | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> AsyncTaskList:
        """List the async tasks: one raw page, as the server answers it.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            AsyncTaskList: A page of async tasks.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.async_tasks.list_page()
            ```
        """
        from .list_async_tasks import asyncio_detailed

        return cast(
            "AsyncTaskList",
            await self._invoker.call(
                asyncio_detailed, format=format, limit=limit, offset=offset
            ),
        )

    async def get(self, *, id: int) -> AsyncTask:
        """Get an async task

        Poll until `completed` is true, then read `result` (or `error` when `was_error` is true).

        Args:
            id: The task's id (the last segment of the `Location` header of a 202 answer).

        Returns:
            AsyncTask: The task.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.async_tasks.get(id=1)
            ```
        """
        from .get_async_task import asyncio_detailed

        return cast("AsyncTask", await self._invoker.call(asyncio_detailed, id=id))
