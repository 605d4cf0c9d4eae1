"""The `extent_calculator` namespace: The extent of a resource or archival object, calculated from its containers' profiles."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.extent_calculation import ExtentCalculation
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ExtentCalculatorNamespace", "AsyncExtentCalculatorNamespace"]


class ExtentCalculatorNamespace(Namespace):
    """The extent of a resource or archival object, calculated from its containers' profiles."""

    def run(self, *, record_uri: str, unit: str | Unset = UNSET) -> ExtentCalculation:
        """Calculate the extent of a resource or archival object from its containers"""
        from .run_extent_calculator import sync_detailed

        return cast(
            "ExtentCalculation",
            self._invoker.call(sync_detailed, record_uri=record_uri, unit=unit),
        )


class AsyncExtentCalculatorNamespace(AsyncNamespace):
    """The extent of a resource or archival object, calculated from its containers' profiles. (asynchronous)"""

    async def run(
        self, *, record_uri: str, unit: str | Unset = UNSET
    ) -> ExtentCalculation:
        """Calculate the extent of a resource or archival object from its containers"""
        from .run_extent_calculator import asyncio_detailed

        return cast(
            "ExtentCalculation",
            await self._invoker.call(
                asyncio_detailed, record_uri=record_uri, unit=unit
            ),
        )
