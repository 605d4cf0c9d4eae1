"""The `reports` namespace: The reports a server can run (as report jobs), the fields custom reports can use, report assets."""

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
    from ...models.get_report_custom_data_response_200 import (
        GetReportCustomDataResponse200,
    )
    from ...models.report_list import ReportList
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ReportsNamespace", "AsyncReportsNamespace"]


class ReportsNamespace(Namespace):
    """The reports a server can run (as report jobs), the fields custom reports can use, report assets."""

    def list(self) -> ReportList:
        """List the reports the server can run"""
        from .list_reports import sync_detailed

        return cast("ReportList", self._invoker.call(sync_detailed))

    def get_static_asset(self, *, splat: str) -> File:
        """Get a static asset of the report templates"""
        from .get_report_static_asset import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, splat=splat))

    def get_custom_data(self) -> GetReportCustomDataResponse200:
        """List what custom reports can use"""
        from .get_report_custom_data import sync_detailed

        return cast("GetReportCustomDataResponse200", self._invoker.call(sync_detailed))


class AsyncReportsNamespace(AsyncNamespace):
    """The reports a server can run (as report jobs), the fields custom reports can use, report assets. (asynchronous)"""

    async def list(self) -> ReportList:
        """List the reports the server can run"""
        from .list_reports import asyncio_detailed

        return cast("ReportList", await self._invoker.call(asyncio_detailed))

    async def get_static_asset(self, *, splat: str) -> File:
        """Get a static asset of the report templates"""
        from .get_report_static_asset import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, splat=splat))

    async def get_custom_data(self) -> GetReportCustomDataResponse200:
        """List what custom reports can use"""
        from .get_report_custom_data import asyncio_detailed

        return cast(
            "GetReportCustomDataResponse200", await self._invoker.call(asyncio_detailed)
        )
