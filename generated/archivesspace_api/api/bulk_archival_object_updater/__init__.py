"""The `bulk_archival_object_updater` namespace: The spreadsheet round trip for editing many archival objects of a resource at once: generate the
workbook here, load it back with a `bulk_archival_object_updater_job`."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.bulk_updater_tree import BulkUpdaterTree
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "BulkArchivalObjectUpdaterNamespace",
    "AsyncBulkArchivalObjectUpdaterNamespace",
]


class BulkArchivalObjectUpdaterNamespace(Namespace):
    """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
    workbook here, load it back with a `bulk_archival_object_updater_job`."""

    def generate_spreadsheet(
        self,
        *,
        repo_id: int,
        uri: str,
        resource_uri: str,
        min_subrecords: int | Unset = 0,
        extra_subrecords: int | Unset = 3,
        min_notes: int | Unset = 2,
        selected_columns: builtins.list[str] | Unset = UNSET,
    ) -> File:
        """Generate a spreadsheet for bulk-updating archival objects"""
        from .generate_bulk_archival_object_updater_spreadsheet import sync_detailed

        return cast(
            "File",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                uri=uri,
                resource_uri=resource_uri,
                min_subrecords=min_subrecords,
                extra_subrecords=extra_subrecords,
                min_notes=min_notes,
                selected_columns=selected_columns,
            ),
        )

    def get_small_tree(self, *, repo_id: int, id: int) -> BulkUpdaterTree:
        """Get a resource's whole archival object tree in compact form"""
        from .get_bulk_archival_object_updater_small_tree import sync_detailed

        return cast(
            "BulkUpdaterTree", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncBulkArchivalObjectUpdaterNamespace(AsyncNamespace):
    """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
    workbook here, load it back with a `bulk_archival_object_updater_job`. (asynchronous)"""

    async def generate_spreadsheet(
        self,
        *,
        repo_id: int,
        uri: str,
        resource_uri: str,
        min_subrecords: int | Unset = 0,
        extra_subrecords: int | Unset = 3,
        min_notes: int | Unset = 2,
        selected_columns: builtins.list[str] | Unset = UNSET,
    ) -> File:
        """Generate a spreadsheet for bulk-updating archival objects"""
        from .generate_bulk_archival_object_updater_spreadsheet import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                uri=uri,
                resource_uri=resource_uri,
                min_subrecords=min_subrecords,
                extra_subrecords=extra_subrecords,
                min_notes=min_notes,
                selected_columns=selected_columns,
            ),
        )

    async def get_small_tree(self, *, repo_id: int, id: int) -> BulkUpdaterTree:
        """Get a resource's whole archival object tree in compact form"""
        from .get_bulk_archival_object_updater_small_tree import asyncio_detailed

        return cast(
            "BulkUpdaterTree",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
