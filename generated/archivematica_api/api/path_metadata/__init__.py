"""The `path_metadata` namespace: The metadata (level of description) attached to a path of the SIP arrangement area."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.path_metadata import PathMetadata
    from ...models.path_metadata_form import PathMetadataForm
    from ...models.success_result import SuccessResult
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PathMetadataNamespace", "AsyncPathMetadataNamespace"]


class PathMetadataNamespace(Namespace):
    """The metadata (level of description) attached to a path of the SIP arrangement area."""

    def get(self, *, path: str) -> PathMetadata:
        """Get the level of description of an arrangement path"""
        from .get_path_metadata import sync_detailed

        return cast("PathMetadata", self._invoker.call(sync_detailed, path=path))

    def update(self, *, body: PathMetadataForm) -> SuccessResult:
        """Set the level of description of an arrangement path"""
        from .update_path_metadata import sync_detailed

        return cast("SuccessResult", self._invoker.call(sync_detailed, body=body))


class AsyncPathMetadataNamespace(AsyncNamespace):
    """The metadata (level of description) attached to a path of the SIP arrangement area. (asynchronous)"""

    async def get(self, *, path: str) -> PathMetadata:
        """Get the level of description of an arrangement path"""
        from .get_path_metadata import asyncio_detailed

        return cast(
            "PathMetadata", await self._invoker.call(asyncio_detailed, path=path)
        )

    async def update(self, *, body: PathMetadataForm) -> SuccessResult:
        """Set the level of description of an arrangement path"""
        from .update_path_metadata import asyncio_detailed

        return cast(
            "SuccessResult", await self._invoker.call(asyncio_detailed, body=body)
        )
