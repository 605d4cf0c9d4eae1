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
        """Get the status of a SIP being ingested

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            IngestStatus: The SIP's status.

        Raises:
            ValidationError: 400: The unit is unknown (`Cannot fetch unit<type> with UUID <uuid>`,
                with `type` set), or has no jobs yet so its status cannot be told (`Unable to
                determine the status of the unit <uuid>`). Old servers answered an unknown unit with
                200 and this body.
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.ingests.get_status(uuid=...)
            ```
        """
        from .get_ingest_status import sync_detailed

        return cast("IngestStatus", self._invoker.call(sync_detailed, uuid=uuid))

    def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a metadata-only or partial reingest of an AIP as a SIP

        Called by the Storage Service during a metadata-only or partial reingest: the AIP copied to
        `%sharedPath%tmp/<name>` goes straight to ingest. `reingest_uuid` is the SIP's UUID. The
        server deletes the database rows it still has for that SIP first.

        Args:
            body: The request body (`ReingestForm`).

        Returns:
            ReingestResult: The reingest started.

        Raises:
            ValidationError: 400: The request is incomplete or conflicts with the server's state.
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed (the message is the underlying error, such as an OS
                error).

        Example:
            ```python
            am.ingests.reingest(body=reingest_form)
            ```
        """
        from .reingest_ingest import sync_detailed

        return cast("ReingestResult", self._invoker.call(sync_detailed, body=body))

    def list_waiting(self) -> WaitingUnitList:
        """List the units waiting for a user decision

        Every unit stopped at a decision point, transfers included (the server does not filter by
        type), with the microservice that waits.

        Returns:
            WaitingUnitList: The waiting units.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.ingests.list_waiting()
            ```
        """
        from .list_waiting_ingests import sync_detailed

        return cast("WaitingUnitList", self._invoker.call(sync_detailed))

    def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished SIP from the dashboard

        Marks the SIP hidden (nothing is deleted). An unknown, running or already hidden SIP answers
        409 `{"removed": false}` (old servers answered an unknown UUID with a 404 HTML page).

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            HideResult: The SIP is hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ConflictError: 409: The unit is unknown, not finished, or already hidden.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            am.ingests.hide(uuid=...)
            ```
        """
        from .hide_ingest import sync_detailed

        return cast("HideResult", self._invoker.call(sync_detailed, uuid=uuid))

    def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed SIP

        The server-side bulk version of `hide_ingest`; answers the UUIDs it hid.

        Returns:
            HideCompletedResult: The SIPs hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            am.ingests.hide_completed()
            ```
        """
        from .hide_completed_ingests import sync_detailed

        return cast("HideCompletedResult", self._invoker.call(sync_detailed))

    def approve_reingest(self, *, body: ApproveReingestForm) -> MessageResult:
        """Approve a partial reingest waiting for approval

        Args:
            body: The request body (`ApproveReingestForm`).

        Returns:
            MessageResult: The partial reingest is approved.

        Raises:
            ValidationError: 400: `"uuid" is required.` or `Unable to approve the partial reingest.`
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.ingests.approve_reingest(body=approve_reingest_form)
            ```
        """
        from .approve_ingest_reingest import sync_detailed

        return cast("MessageResult", self._invoker.call(sync_detailed, body=body))

    def list_completed(self) -> CompletedUnitList:
        """List the completed SIPs that are not hidden

        Returns:
            CompletedUnitList: The completed SIPs.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.ingests.list_completed()
            ```
        """
        from .list_completed_ingests import sync_detailed

        return cast("CompletedUnitList", self._invoker.call(sync_detailed))

    def copy_metadata_files(
        self, *, body: CopyMetadataFilesForm
    ) -> CopyMetadataFilesResult:
        """Copy metadata files from locations into a SIP

        Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in
        locations that are not attached to this pipeline are skipped without an error. An unknown
        `sip_uuid` is not caught by the server and answers a 500 Django HTML page.

        Args:
            body: The request body (`CopyMetadataFilesForm`).

        Returns:
            CopyMetadataFilesResult: The files were copied.

        Raises:
            ValidationError: 400: `sip_uuid and source_paths[] both required.`
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed: a JSON `{error: true, message}` for a handled
                failure, or a Django HTML error page for an uncaught one. Read the Content-Type to
                tell them apart.

        Example:
            ```python
            am.ingests.copy_metadata_files(body=copy_metadata_files_form)
            ```
        """
        from .copy_ingest_metadata_files import sync_detailed

        return cast(
            "CopyMetadataFilesResult", self._invoker.call(sync_detailed, body=body)
        )


class AsyncIngestsNamespace(AsyncNamespace):
    """SIPs being ingested (`/api/ingest/...`) - follow them, list the ones waiting for a decision, approve
    partial reingests, add metadata files and hide them. (asynchronous)"""

    async def get_status(self, *, uuid: UUID) -> IngestStatus:
        """Get the status of a SIP being ingested

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            IngestStatus: The SIP's status.

        Raises:
            ValidationError: 400: The unit is unknown (`Cannot fetch unit<type> with UUID <uuid>`,
                with `type` set), or has no jobs yet so its status cannot be told (`Unable to
                determine the status of the unit <uuid>`). Old servers answered an unknown unit with
                200 and this body.
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.ingests.get_status(uuid=...)
            ```
        """
        from .get_ingest_status import asyncio_detailed

        return cast(
            "IngestStatus", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a metadata-only or partial reingest of an AIP as a SIP

        Called by the Storage Service during a metadata-only or partial reingest: the AIP copied to
        `%sharedPath%tmp/<name>` goes straight to ingest. `reingest_uuid` is the SIP's UUID. The
        server deletes the database rows it still has for that SIP first.

        Args:
            body: The request body (`ReingestForm`).

        Returns:
            ReingestResult: The reingest started.

        Raises:
            ValidationError: 400: The request is incomplete or conflicts with the server's state.
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed (the message is the underlying error, such as an OS
                error).

        Example:
            ```python
            await am.ingests.reingest(body=reingest_form)
            ```
        """
        from .reingest_ingest import asyncio_detailed

        return cast(
            "ReingestResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def list_waiting(self) -> WaitingUnitList:
        """List the units waiting for a user decision

        Every unit stopped at a decision point, transfers included (the server does not filter by
        type), with the microservice that waits.

        Returns:
            WaitingUnitList: The waiting units.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.ingests.list_waiting()
            ```
        """
        from .list_waiting_ingests import asyncio_detailed

        return cast("WaitingUnitList", await self._invoker.call(asyncio_detailed))

    async def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished SIP from the dashboard

        Marks the SIP hidden (nothing is deleted). An unknown, running or already hidden SIP answers
        409 `{"removed": false}` (old servers answered an unknown UUID with a 404 HTML page).

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            HideResult: The SIP is hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ConflictError: 409: The unit is unknown, not finished, or already hidden.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            await am.ingests.hide(uuid=...)
            ```
        """
        from .hide_ingest import asyncio_detailed

        return cast("HideResult", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed SIP

        The server-side bulk version of `hide_ingest`; answers the UUIDs it hid.

        Returns:
            HideCompletedResult: The SIPs hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            await am.ingests.hide_completed()
            ```
        """
        from .hide_completed_ingests import asyncio_detailed

        return cast("HideCompletedResult", await self._invoker.call(asyncio_detailed))

    async def approve_reingest(self, *, body: ApproveReingestForm) -> MessageResult:
        """Approve a partial reingest waiting for approval

        Args:
            body: The request body (`ApproveReingestForm`).

        Returns:
            MessageResult: The partial reingest is approved.

        Raises:
            ValidationError: 400: `"uuid" is required.` or `Unable to approve the partial reingest.`
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.ingests.approve_reingest(body=approve_reingest_form)
            ```
        """
        from .approve_ingest_reingest import asyncio_detailed

        return cast(
            "MessageResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def list_completed(self) -> CompletedUnitList:
        """List the completed SIPs that are not hidden

        Returns:
            CompletedUnitList: The completed SIPs.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.ingests.list_completed()
            ```
        """
        from .list_completed_ingests import asyncio_detailed

        return cast("CompletedUnitList", await self._invoker.call(asyncio_detailed))

    async def copy_metadata_files(
        self, *, body: CopyMetadataFilesForm
    ) -> CopyMetadataFilesResult:
        """Copy metadata files from locations into a SIP

        Copies each file of `source_paths[]` into the SIP's `metadata/` directory. Files in
        locations that are not attached to this pipeline are skipped without an error. An unknown
        `sip_uuid` is not caught by the server and answers a 500 Django HTML page.

        Args:
            body: The request body (`CopyMetadataFilesForm`).

        Returns:
            CopyMetadataFilesResult: The files were copied.

        Raises:
            ValidationError: 400: `sip_uuid and source_paths[] both required.`
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed: a JSON `{error: true, message}` for a handled
                failure, or a Django HTML error page for an uncaught one. Read the Content-Type to
                tell them apart.

        Example:
            ```python
            await am.ingests.copy_metadata_files(body=copy_metadata_files_form)
            ```
        """
        from .copy_ingest_metadata_files import asyncio_detailed

        return cast(
            "CopyMetadataFilesResult",
            await self._invoker.call(asyncio_detailed, body=body),
        )
