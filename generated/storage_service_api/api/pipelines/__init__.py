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
        """Get the Tastypie schema of the pipeline resource"""
        from .get_pipeline_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format_: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Pipeline]:
        """List the enabled pipelines: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_pipelines import sync_detailed

        return cast(
            "Pager[Pipeline]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format_=format_,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    def list_page(
        self,
        *,
        format_: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PipelineList:
        """List the enabled pipelines: one raw page, as the server answers it."""
        from .list_pipelines import sync_detailed

        return cast(
            "PipelineList",
            self._invoker.call(
                sync_detailed,
                format_=format_,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: PipelineCreate) -> Pipeline:
        """Register a pipeline"""
        from .create_pipeline import sync_detailed

        return cast("Pipeline", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Pipeline:
        """Get a pipeline"""
        from .get_pipeline import sync_detailed

        return cast("Pipeline", self._invoker.call(sync_detailed, uuid=uuid))


class AsyncPipelinesNamespace(AsyncNamespace):
    """Archivematica pipelines (dashboards) registered with the Storage Service. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the pipeline resource"""
        from .get_pipeline_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format_: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Pipeline]:
        """List the enabled pipelines: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_pipelines import asyncio_detailed

        return cast(
            "AsyncPager[Pipeline]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format_=format_,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    async def list_page(
        self,
        *,
        format_: ListPipelinesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PipelineList:
        """List the enabled pipelines: one raw page, as the server answers it."""
        from .list_pipelines import asyncio_detailed

        return cast(
            "PipelineList",
            await self._invoker.call(
                asyncio_detailed,
                format_=format_,
                uuid=uuid,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: PipelineCreate) -> Pipeline:
        """Register a pipeline"""
        from .create_pipeline import asyncio_detailed

        return cast("Pipeline", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Pipeline:
        """Get a pipeline"""
        from .get_pipeline import asyncio_detailed

        return cast("Pipeline", await self._invoker.call(asyncio_detailed, uuid=uuid))
