"""The `date_calculator` namespace: The date range of a resource or archival object, calculated from its tree's dates."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.date_calculation import DateCalculation
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DateCalculatorNamespace", "AsyncDateCalculatorNamespace"]


class DateCalculatorNamespace(Namespace):
    """The date range of a resource or archival object, calculated from its tree's dates."""

    def run(self, *, record_uri: str, label: str | Unset = UNSET) -> DateCalculation:
        """Calculate the date range of a resource or archival object"""
        from .run_date_calculator import sync_detailed

        return cast(
            "DateCalculation",
            self._invoker.call(sync_detailed, record_uri=record_uri, label=label),
        )


class AsyncDateCalculatorNamespace(AsyncNamespace):
    """The date range of a resource or archival object, calculated from its tree's dates. (asynchronous)"""

    async def run(
        self, *, record_uri: str, label: str | Unset = UNSET
    ) -> DateCalculation:
        """Calculate the date range of a resource or archival object"""
        from .run_date_calculator import asyncio_detailed

        return cast(
            "DateCalculation",
            await self._invoker.call(
                asyncio_detailed, record_uri=record_uri, label=label
            ),
        )
