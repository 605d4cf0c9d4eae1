"""The `packages` namespace: The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.create_package_request import CreatePackageRequest
    from ...models.create_package_result import CreatePackageResult
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PackagesNamespace", "AsyncPackagesNamespace"]


class PackagesNamespace(Namespace):
    """The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path."""

    def list(self) -> None:
        """Not implemented (always 501)"""
        from .list_packages import sync_detailed

        return cast("None", self._invoker.call(sync_detailed))

    def create(self, *, body: CreatePackageRequest) -> CreatePackageResult:
        """Start a transfer from a location path in one call"""
        from .create_package import sync_detailed

        return cast("CreatePackageResult", self._invoker.call(sync_detailed, body=body))


class AsyncPackagesNamespace(AsyncNamespace):
    """The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path. (asynchronous)"""

    async def list(self) -> None:
        """Not implemented (always 501)"""
        from .list_packages import asyncio_detailed

        return cast("None", await self._invoker.call(asyncio_detailed))

    async def create(self, *, body: CreatePackageRequest) -> CreatePackageResult:
        """Start a transfer from a location path in one call"""
        from .create_package import asyncio_detailed

        return cast(
            "CreatePackageResult", await self._invoker.call(asyncio_detailed, body=body)
        )
