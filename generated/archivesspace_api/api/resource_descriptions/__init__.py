"""The `resource_descriptions` namespace: EAD finding aids of resources (EAD 2002 or EAD3)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.error import Error
    from ...models.resource_export_metadata import ResourceExportMetadata
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ResourceDescriptionsNamespace", "AsyncResourceDescriptionsNamespace"]


class ResourceDescriptionsNamespace(Namespace):
    """EAD finding aids of resources (EAD 2002 or EAD3)."""

    def export(
        self,
        *,
        repo_id: int,
        id: int,
        include_unpublished: bool | Unset = UNSET,
        include_daos: bool | Unset = UNSET,
        include_uris: bool | Unset = UNSET,
        numbered_cs: bool | Unset = UNSET,
        ead3: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as an EAD finding aid"""
        from .export_resource_description import sync_detailed

        return cast(
            "File",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished=include_unpublished,
                include_daos=include_daos,
                include_uris=include_uris,
                numbered_cs=numbered_cs,
                ead3=ead3,
            ),
        )

    def get_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's EAD export"""
        from .get_resource_description_metadata import sync_detailed

        return cast(
            "ResourceExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncResourceDescriptionsNamespace(AsyncNamespace):
    """EAD finding aids of resources (EAD 2002 or EAD3). (asynchronous)"""

    async def export(
        self,
        *,
        repo_id: int,
        id: int,
        include_unpublished: bool | Unset = UNSET,
        include_daos: bool | Unset = UNSET,
        include_uris: bool | Unset = UNSET,
        numbered_cs: bool | Unset = UNSET,
        ead3: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as an EAD finding aid"""
        from .export_resource_description import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished=include_unpublished,
                include_daos=include_daos,
                include_uris=include_uris,
                numbered_cs=numbered_cs,
                ead3=ead3,
            ),
        )

    async def get_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's EAD export"""
        from .get_resource_description_metadata import asyncio_detailed

        return cast(
            "ResourceExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
