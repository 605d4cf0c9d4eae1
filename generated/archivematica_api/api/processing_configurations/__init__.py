"""The `processing_configurations` namespace: The processing configurations (`processingMCP.xml` documents) of the pipeline."""

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
    from ...models.failure_result import FailureResult
    from ...models.processing_configuration_list import ProcessingConfigurationList
    from ...models.success_result import SuccessResult
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "ProcessingConfigurationsNamespace",
    "AsyncProcessingConfigurationsNamespace",
]


class ProcessingConfigurationsNamespace(Namespace):
    """The processing configurations (`processingMCP.xml` documents) of the pipeline."""

    def get(self, *, name: str) -> File:
        """Get a processing configuration as XML"""
        from .get_processing_configuration import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, name=name))

    def delete(self, *, name: str) -> SuccessResult:
        """Delete a processing configuration"""
        from .delete_processing_configuration import sync_detailed

        return cast("SuccessResult", self._invoker.call(sync_detailed, name=name))

    def list(self) -> ProcessingConfigurationList:
        """List the names of the processing configurations"""
        from .list_processing_configurations import sync_detailed

        return cast("ProcessingConfigurationList", self._invoker.call(sync_detailed))


class AsyncProcessingConfigurationsNamespace(AsyncNamespace):
    """The processing configurations (`processingMCP.xml` documents) of the pipeline. (asynchronous)"""

    async def get(self, *, name: str) -> File:
        """Get a processing configuration as XML"""
        from .get_processing_configuration import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, name=name))

    async def delete(self, *, name: str) -> SuccessResult:
        """Delete a processing configuration"""
        from .delete_processing_configuration import asyncio_detailed

        return cast(
            "SuccessResult", await self._invoker.call(asyncio_detailed, name=name)
        )

    async def list(self) -> ProcessingConfigurationList:
        """List the names of the processing configurations"""
        from .list_processing_configurations import asyncio_detailed

        return cast(
            "ProcessingConfigurationList", await self._invoker.call(asyncio_detailed)
        )
