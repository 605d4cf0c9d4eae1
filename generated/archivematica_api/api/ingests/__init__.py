"""The `ingests` namespace: SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
partial reingests, add metadata files and hide them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.approve_reingest_form import ApproveReingestForm
    from ...models.completed_unit_list import CompletedUnitList
    from ...models.copy_metadata_files_form import CopyMetadataFilesForm
    from ...models.copy_metadata_files_result import CopyMetadataFilesResult
    from ...models.error import Error
    from ...models.hide_completed_result import HideCompletedResult
    from ...models.hide_result import HideResult
    from ...models.ingest_status import IngestStatus
    from ...models.message_result import MessageResult
    from ...models.not_removed_result import NotRemovedResult
    from ...models.reingest_form import ReingestForm
    from ...models.reingest_result import ReingestResult
    from ...models.waiting_unit_list import WaitingUnitList
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["IngestsNamespace", "AsyncIngestsNamespace"]


class IngestsNamespace(Namespace):
    """SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
    partial reingests, add metadata files and hide them."""

    def get_status(self, *, uuid: UUID) -> IngestStatus:
        """Get the status of a SIP being ingested"""
        from .get_ingest_status import sync_detailed

        return cast("IngestStatus", self._invoker.call(sync_detailed, uuid=uuid))

    def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a metadata-only or partial reingest of an AIP as a SIP"""
        from .reingest_ingest import sync_detailed

        return cast("ReingestResult", self._invoker.call(sync_detailed, body=body))

    def list_waiting(self) -> WaitingUnitList:
        """List the units waiting for a user decision"""
        from .list_waiting_ingests import sync_detailed

        return cast("WaitingUnitList", self._invoker.call(sync_detailed))

    def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished SIP from the dashboard"""
        from .hide_ingest import sync_detailed

        return cast("HideResult", self._invoker.call(sync_detailed, uuid=uuid))

    def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed SIP"""
        from .hide_completed_ingests import sync_detailed

        return cast("HideCompletedResult", self._invoker.call(sync_detailed))

    def approve_reingest(self, *, body: ApproveReingestForm) -> MessageResult:
        """Approve a partial reingest waiting for approval"""
        from .approve_ingest_reingest import sync_detailed

        return cast("MessageResult", self._invoker.call(sync_detailed, body=body))

    def list_completed(self) -> CompletedUnitList:
        """List the completed SIPs that are not hidden"""
        from .list_completed_ingests import sync_detailed

        return cast("CompletedUnitList", self._invoker.call(sync_detailed))

    def copy_metadata_files(
        self, *, body: CopyMetadataFilesForm
    ) -> CopyMetadataFilesResult:
        """Copy metadata files from locations into a SIP"""
        from .copy_ingest_metadata_files import sync_detailed

        return cast(
            "CopyMetadataFilesResult", self._invoker.call(sync_detailed, body=body)
        )


class AsyncIngestsNamespace(AsyncNamespace):
    """SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
    partial reingests, add metadata files and hide them. (asynchronous)"""

    async def get_status(self, *, uuid: UUID) -> IngestStatus:
        """Get the status of a SIP being ingested"""
        from .get_ingest_status import asyncio_detailed

        return cast(
            "IngestStatus", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a metadata-only or partial reingest of an AIP as a SIP"""
        from .reingest_ingest import asyncio_detailed

        return cast(
            "ReingestResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def list_waiting(self) -> WaitingUnitList:
        """List the units waiting for a user decision"""
        from .list_waiting_ingests import asyncio_detailed

        return cast("WaitingUnitList", await self._invoker.call(asyncio_detailed))

    async def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished SIP from the dashboard"""
        from .hide_ingest import asyncio_detailed

        return cast("HideResult", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed SIP"""
        from .hide_completed_ingests import asyncio_detailed

        return cast("HideCompletedResult", await self._invoker.call(asyncio_detailed))

    async def approve_reingest(self, *, body: ApproveReingestForm) -> MessageResult:
        """Approve a partial reingest waiting for approval"""
        from .approve_ingest_reingest import asyncio_detailed

        return cast(
            "MessageResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def list_completed(self) -> CompletedUnitList:
        """List the completed SIPs that are not hidden"""
        from .list_completed_ingests import asyncio_detailed

        return cast("CompletedUnitList", await self._invoker.call(asyncio_detailed))

    async def copy_metadata_files(
        self, *, body: CopyMetadataFilesForm
    ) -> CopyMetadataFilesResult:
        """Copy metadata files from locations into a SIP"""
        from .copy_ingest_metadata_files import asyncio_detailed

        return cast(
            "CopyMetadataFilesResult",
            await self._invoker.call(asyncio_detailed, body=body),
        )
