"""The `resource_labels` namespace: Printable container labels of resources."""

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

__all__ = ["ResourceLabelsNamespace", "AsyncResourceLabelsNamespace"]


class ResourceLabelsNamespace(Namespace):
    """Printable container labels of resources."""

    def export(self, *, repo_id: int, id: int) -> File:
        """Export printable container labels of a resource"""
        from .export_resource_labels import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's label export"""
        from .get_resource_labels_metadata import sync_detailed

        return cast(
            "ResourceExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncResourceLabelsNamespace(AsyncNamespace):
    """Printable container labels of resources. (asynchronous)"""

    async def export(self, *, repo_id: int, id: int) -> File:
        """Export printable container labels of a resource"""
        from .export_resource_labels import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's label export"""
        from .get_resource_labels_metadata import asyncio_detailed

        return cast(
            "ResourceExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
