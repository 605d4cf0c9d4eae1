"""The `pipelines` namespace: Archivematica pipelines (dashboards) registered with the Storage Service."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.error_message import ErrorMessage
    from ...models.list_pipelines_format import (
        ListPipelinesFormat,
        check_list_pipelines_format,
    )
    from ...models.pipeline import Pipeline
    from ...models.pipeline_create import PipelineCreate
    from ...models.pipeline_list import PipelineList
    from ...models.resource_schema import ResourceSchema
    from ...models.tastypie_error import TastypieError
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PipelinesNamespace", "AsyncPipelinesNamespace"]


class PipelinesNamespace(Namespace):
    """Archivematica pipelines (dashboards) registered with the Storage Service."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the pipeline resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.pipelines.get_schema()
            ```
        """
        from .get_pipeline_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Pipeline]:
        """List the enabled pipelines: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages).

        Only enabled pipelines are listed. Their API credentials are never returned.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the pipeline with this UUID.
            description: Only pipelines whose description is exactly this.
            description_icontains: Only pipelines whose description contains this, ignoring case.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Pipeline]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            for record in ss.pipelines.list():
                print(record)
            ```
        """
        from .list_pipelines import sync_detailed

        return cast(
            "Pager[Pipeline]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format=format,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    def list_page(
        self,
        *,
        format: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PipelineList:
        """List the enabled pipelines: one raw page, as the server answers it.

        Only enabled pipelines are listed. Their API credentials are never returned.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the pipeline with this UUID.
            description: Only pipelines whose description is exactly this.
            description_icontains: Only pipelines whose description contains this, ignoring case.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            PipelineList: A page of pipelines.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.pipelines.list_page()
            ```
        """
        from .list_pipelines import sync_detailed

        return cast(
            "PipelineList",
            self._invoker.call(
                sync_detailed,
                format=format,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: PipelineCreate) -> Pipeline:
        """Register a pipeline

        How a dashboard registers itself. The pipeline is enabled unless the Storage Service
        disables new pipelines. Without `remote_name` the server records the caller's IP address.
        With `create_default_locations` it also creates the pipeline's default locations under
        `shared_path`.

        Args:
            body: The request body (`PipelineCreate`).

        Returns:
            Pipeline: The pipeline was registered.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.pipelines.create(body=pipeline_create)
            ```
        """
        from .create_pipeline import sync_detailed

        return cast("Pipeline", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Pipeline:
        """Get a pipeline

        Args:
            uuid: The object's UUID.

        Returns:
            Pipeline: The pipeline.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.pipelines.get(uuid=...)
            ```
        """
        from .get_pipeline import sync_detailed

        return cast("Pipeline", self._invoker.call(sync_detailed, uuid=uuid))


class AsyncPipelinesNamespace(AsyncNamespace):
    """Archivematica pipelines (dashboards) registered with the Storage Service. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the pipeline resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.pipelines.get_schema()
            ```
        """
        from .get_pipeline_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Pipeline]:
        """List the enabled pipelines: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages).

        Only enabled pipelines are listed. Their API credentials are never returned.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the pipeline with this UUID.
            description: Only pipelines whose description is exactly this.
            description_icontains: Only pipelines whose description contains this, ignoring case.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Pipeline]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            async for record in ss.pipelines.list():
                print(record)
            ```
        """
        from .list_pipelines import asyncio_detailed

        return cast(
            "AsyncPager[Pipeline]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format=format,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    async def list_page(
        self,
        *,
        format: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PipelineList:
        """List the enabled pipelines: one raw page, as the server answers it.

        Only enabled pipelines are listed. Their API credentials are never returned.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the pipeline with this UUID.
            description: Only pipelines whose description is exactly this.
            description_icontains: Only pipelines whose description contains this, ignoring case.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            PipelineList: A page of pipelines.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.pipelines.list_page()
            ```
        """
        from .list_pipelines import asyncio_detailed

        return cast(
            "PipelineList",
            await self._invoker.call(
                asyncio_detailed,
                format=format,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: PipelineCreate) -> Pipeline:
        """Register a pipeline

        How a dashboard registers itself. The pipeline is enabled unless the Storage Service
        disables new pipelines. Without `remote_name` the server records the caller's IP address.
        With `create_default_locations` it also creates the pipeline's default locations under
        `shared_path`.

        Args:
            body: The request body (`PipelineCreate`).

        Returns:
            Pipeline: The pipeline was registered.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.pipelines.create(body=pipeline_create)
            ```
        """
        from .create_pipeline import asyncio_detailed

        return cast("Pipeline", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Pipeline:
        """Get a pipeline

        Args:
            uuid: The object's UUID.

        Returns:
            Pipeline: The pipeline.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.pipelines.get(uuid=...)
            ```
        """
        from .get_pipeline import asyncio_detailed

        return cast("Pipeline", await self._invoker.call(asyncio_detailed, uuid=uuid))
