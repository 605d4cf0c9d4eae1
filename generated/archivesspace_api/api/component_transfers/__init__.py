"""The `component_transfers` namespace: Moves of archival objects, with everything below them, from one resource to another."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.component_transfer_result import ComponentTransferResult
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ComponentTransfersNamespace", "AsyncComponentTransfersNamespace"]


class ComponentTransfersNamespace(Namespace):
    """Moves of archival objects, with everything below them, from one resource to another."""

    def create(
        self, *, repo_id: int, target_resource: str, component: str
    ) -> ComponentTransferResult:
        """Move an archival object and everything below it into another resource"""
        from .create_component_transfer import sync_detailed

        return cast(
            "ComponentTransferResult",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                target_resource=target_resource,
                component=component,
            ),
        )


class AsyncComponentTransfersNamespace(AsyncNamespace):
    """Moves of archival objects, with everything below them, from one resource to another. (asynchronous)"""

    async def create(
        self, *, repo_id: int, target_resource: str, component: str
    ) -> ComponentTransferResult:
        """Move an archival object and everything below it into another resource"""
        from .create_component_transfer import asyncio_detailed

        return cast(
            "ComponentTransferResult",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                target_resource=target_resource,
                component=component,
            ),
        )
