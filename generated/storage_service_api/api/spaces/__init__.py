"""The `spaces` namespace: Storage spaces (file systems, S3, Fedora...), each holding locations."""

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
    from ...models.list_spaces_format import ListSpacesFormat, check_list_spaces_format
    from ...models.resource_schema import ResourceSchema
    from ...models.space import Space
    from ...models.space_browse_result import SpaceBrowseResult
    from ...models.space_create import SpaceCreate
    from ...models.space_list import SpaceList
    from ...models.tastypie_error import TastypieError
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SpacesNamespace", "AsyncSpacesNamespace"]


class SpacesNamespace(Namespace):
    """Storage spaces (file systems, S3, Fedora...), each holding locations."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the space resource"""
        from .get_space_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format_: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Space]:
        """List the spaces: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_spaces import sync_detailed

        return cast(
            "Pager[Space]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format_=format_,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
            ),
        )

    def list_page(
        self,
        *,
        format_: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> SpaceList:
        """List the spaces: one raw page, as the server answers it."""
        from .list_spaces import sync_detailed

        return cast(
            "SpaceList",
            self._invoker.call(
                sync_detailed,
                format_=format_,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: SpaceCreate) -> Space:
        """Create a space"""
        from .create_space import sync_detailed

        return cast("Space", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Space:
        """Get a space"""
        from .get_space import sync_detailed

        return cast("Space", self._invoker.call(sync_detailed, uuid=uuid))

    def browse(self, *, uuid: UUID, path: str | Unset = UNSET) -> SpaceBrowseResult:
        """List a directory of a space"""
        from .browse_space import sync_detailed

        return cast(
            "SpaceBrowseResult", self._invoker.call(sync_detailed, uuid=uuid, path=path)
        )


class AsyncSpacesNamespace(AsyncNamespace):
    """Storage spaces (file systems, S3, Fedora...), each holding locations. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the space resource"""
        from .get_space_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format_: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Space]:
        """List the spaces: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_spaces import asyncio_detailed

        return cast(
            "AsyncPager[Space]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format_=format_,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
            ),
        )

    async def list_page(
        self,
        *,
        format_: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> SpaceList:
        """List the spaces: one raw page, as the server answers it."""
        from .list_spaces import asyncio_detailed

        return cast(
            "SpaceList",
            await self._invoker.call(
                asyncio_detailed,
                format_=format_,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: SpaceCreate) -> Space:
        """Create a space"""
        from .create_space import asyncio_detailed

        return cast("Space", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Space:
        """Get a space"""
        from .get_space import asyncio_detailed

        return cast("Space", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def browse(
        self, *, uuid: UUID, path: str | Unset = UNSET
    ) -> SpaceBrowseResult:
        """List a directory of a space"""
        from .browse_space import asyncio_detailed

        return cast(
            "SpaceBrowseResult",
            await self._invoker.call(asyncio_detailed, uuid=uuid, path=path),
        )
