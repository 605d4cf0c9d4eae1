"""The `transfers` namespace: Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.approve_transfer_form import ApproveTransferForm
    from ...models.approve_transfer_result import ApproveTransferResult
    from ...models.completed_unit_list import CompletedUnitList
    from ...models.error import Error
    from ...models.hide_completed_result import HideCompletedResult
    from ...models.hide_result import HideResult
    from ...models.not_removed_result import NotRemovedResult
    from ...models.reingest_form import ReingestForm
    from ...models.reingest_result import ReingestResult
    from ...models.start_transfer_form import StartTransferForm
    from ...models.start_transfer_result import StartTransferResult
    from ...models.transfer_status import TransferStatus
    from ...models.unapproved_transfer_list import UnapprovedTransferList
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["TransfersNamespace", "AsyncTransfersNamespace"]


class TransfersNamespace(Namespace):
    """Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them."""

    def approve(self, *, body: ApproveTransferForm) -> ApproveTransferResult:
        """Approve a transfer waiting in a watched directory"""
        from .approve_transfer import sync_detailed

        return cast(
            "ApproveTransferResult", self._invoker.call(sync_detailed, body=body)
        )

    def list_unapproved(self) -> UnapprovedTransferList:
        """List the transfers waiting for approval"""
        from .list_unapproved_transfers import sync_detailed

        return cast("UnapprovedTransferList", self._invoker.call(sync_detailed))

    def list_completed(self) -> CompletedUnitList:
        """List the completed transfers that are not hidden"""
        from .list_completed_transfers import sync_detailed

        return cast("CompletedUnitList", self._invoker.call(sync_detailed))

    def get_status(self, *, uuid: UUID) -> TransferStatus:
        """Get the status of a transfer"""
        from .get_transfer_status import sync_detailed

        return cast("TransferStatus", self._invoker.call(sync_detailed, uuid=uuid))

    def start(self, *, body: StartTransferForm) -> StartTransferResult:
        """Copy files from locations into a new transfer"""
        from .start_transfer import sync_detailed

        return cast("StartTransferResult", self._invoker.call(sync_detailed, body=body))

    def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a reingest of an AIP as a new transfer"""
        from .reingest_transfer import sync_detailed

        return cast("ReingestResult", self._invoker.call(sync_detailed, body=body))

    def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished transfer from the dashboard"""
        from .hide_transfer import sync_detailed

        return cast("HideResult", self._invoker.call(sync_detailed, uuid=uuid))

    def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed transfer"""
        from .hide_completed_transfers import sync_detailed

        return cast("HideCompletedResult", self._invoker.call(sync_detailed))


class AsyncTransfersNamespace(AsyncNamespace):
    """Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them. (asynchronous)"""

    async def approve(self, *, body: ApproveTransferForm) -> ApproveTransferResult:
        """Approve a transfer waiting in a watched directory"""
        from .approve_transfer import asyncio_detailed

        return cast(
            "ApproveTransferResult",
            await self._invoker.call(asyncio_detailed, body=body),
        )

    async def list_unapproved(self) -> UnapprovedTransferList:
        """List the transfers waiting for approval"""
        from .list_unapproved_transfers import asyncio_detailed

        return cast(
            "UnapprovedTransferList", await self._invoker.call(asyncio_detailed)
        )

    async def list_completed(self) -> CompletedUnitList:
        """List the completed transfers that are not hidden"""
        from .list_completed_transfers import asyncio_detailed

        return cast("CompletedUnitList", await self._invoker.call(asyncio_detailed))

    async def get_status(self, *, uuid: UUID) -> TransferStatus:
        """Get the status of a transfer"""
        from .get_transfer_status import asyncio_detailed

        return cast(
            "TransferStatus", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def start(self, *, body: StartTransferForm) -> StartTransferResult:
        """Copy files from locations into a new transfer"""
        from .start_transfer import asyncio_detailed

        return cast(
            "StartTransferResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a reingest of an AIP as a new transfer"""
        from .reingest_transfer import asyncio_detailed

        return cast(
            "ReingestResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished transfer from the dashboard"""
        from .hide_transfer import asyncio_detailed

        return cast("HideResult", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed transfer"""
        from .hide_completed_transfers import asyncio_detailed

        return cast("HideCompletedResult", await self._invoker.call(asyncio_detailed))
