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
        """Approve a transfer waiting in a watched directory

        Approves the unapproved transfer whose directory is `directory` inside the watched directory
        of its `type`. Every failure (missing directory, unknown type, no such unapproved transfer,
        MCPServer down) answers 500, kept for backward compatibility.

        Args:
            body: The request body (`ApproveTransferForm`).

        Returns:
            ApproveTransferResult: The transfer is approved.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The transfer could not be approved: `Please specify a transfer
                directory.`, `Invalid transfer type.` or `Unable to start the transfer.` (no such
                unapproved transfer, or the MCPServer did not answer).

        Example:
            ```python
            am.transfers.approve(body=approve_transfer_form)
            ```
        """
        from .approve_transfer import sync_detailed

        return cast(
            "ApproveTransferResult", self._invoker.call(sync_detailed, body=body)
        )

    def list_unapproved(self) -> UnapprovedTransferList:
        """List the transfers waiting for approval

        Returns:
            UnapprovedTransferList: The unapproved transfers.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.transfers.list_unapproved()
            ```
        """
        from .list_unapproved_transfers import sync_detailed

        return cast("UnapprovedTransferList", self._invoker.call(sync_detailed))

    def list_completed(self) -> CompletedUnitList:
        """List the completed transfers that are not hidden

        The UUIDs of every transfer that is not hidden and whose status is COMPLETE. The server
        works out the status of every visible transfer to answer, which is slow on a busy pipeline;
        hide finished transfers to keep it fast.

        Returns:
            CompletedUnitList: The completed transfers.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.transfers.list_completed()
            ```
        """
        from .list_completed_transfers import sync_detailed

        return cast("CompletedUnitList", self._invoker.call(sync_detailed))

    def get_status(self, *, uuid: UUID) -> TransferStatus:
        """Get the status of a transfer

        The polling target after starting a transfer. When `status` is COMPLETE, `sip_uuid` names
        the SIP the transfer became (follow it with `get_ingest_status`), or is `BACKLOG` when the
        transfer went to backlog. Old servers answered an unknown transfer with 200 and `error:
        true`; 1.17 answers 400.

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            TransferStatus: The transfer's status.

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
            am.transfers.get_status(uuid=...)
            ```
        """
        from .get_transfer_status import sync_detailed

        return cast("TransferStatus", self._invoker.call(sync_detailed, uuid=uuid))

    def start(self, *, body: StartTransferForm) -> StartTransferResult:
        """Copy files from locations into a new transfer

        The legacy way to start a transfer: copies every path of `paths[]` into
        `activeTransfers/<type directory>/<name>-<uuid>/`. The transfer still needs
        `approve_transfer` unless the processing configuration approves it automatically. With
        several paths the transfers are named `name`, `name_2`, `name_3`... Prefer `create_package`,
        which does both steps.

        Args:
            body: The request body (`StartTransferForm`).

        Returns:
            StartTransferResult: The files were copied.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The transfer could not be started: `No transfer name provided.`, `No
                path provided.`, `Error starting transfer ...`, or `list index out of range` when
                `row_ids[]` has fewer entries than `paths[]`.

        Example:
            ```python
            am.transfers.start(body=start_transfer_form)
            ```
        """
        from .start_transfer import sync_detailed

        return cast("StartTransferResult", self._invoker.call(sync_detailed, body=body))

    def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a reingest of an AIP as a new transfer

        Called by the Storage Service during a full reingest: the AIP has been copied to
        `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it
        still has for that SIP first.

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
            am.transfers.reingest(body=reingest_form)
            ```
        """
        from .reingest_transfer import sync_detailed

        return cast("ReingestResult", self._invoker.call(sync_detailed, body=body))

    def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished transfer from the dashboard

        Marks the transfer hidden (nothing is deleted). Only finished transfers can be hidden: an
        unknown, running or already hidden transfer answers 409 `{"removed": false}` (old servers
        answered an unknown UUID with a 404 HTML page). DELETE has no body, so credentials sent as
        parameters go in the query string.

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            HideResult: The transfer is hidden.

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
            am.transfers.hide(uuid=...)
            ```
        """
        from .hide_transfer import sync_detailed

        return cast("HideResult", self._invoker.call(sync_detailed, uuid=uuid))

    def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed transfer

        The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

        Returns:
            HideCompletedResult: The transfers hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            am.transfers.hide_completed()
            ```
        """
        from .hide_completed_transfers import sync_detailed

        return cast("HideCompletedResult", self._invoker.call(sync_detailed))


class AsyncTransfersNamespace(AsyncNamespace):
    """Transfers (`/api/transfer/...`) - start, approve, follow, reingest and hide them. (asynchronous)"""

    async def approve(self, *, body: ApproveTransferForm) -> ApproveTransferResult:
        """Approve a transfer waiting in a watched directory

        Approves the unapproved transfer whose directory is `directory` inside the watched directory
        of its `type`. Every failure (missing directory, unknown type, no such unapproved transfer,
        MCPServer down) answers 500, kept for backward compatibility.

        Args:
            body: The request body (`ApproveTransferForm`).

        Returns:
            ApproveTransferResult: The transfer is approved.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The transfer could not be approved: `Please specify a transfer
                directory.`, `Invalid transfer type.` or `Unable to start the transfer.` (no such
                unapproved transfer, or the MCPServer did not answer).

        Example:
            ```python
            await am.transfers.approve(body=approve_transfer_form)
            ```
        """
        from .approve_transfer import asyncio_detailed

        return cast(
            "ApproveTransferResult",
            await self._invoker.call(asyncio_detailed, body=body),
        )

    async def list_unapproved(self) -> UnapprovedTransferList:
        """List the transfers waiting for approval

        Returns:
            UnapprovedTransferList: The unapproved transfers.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.transfers.list_unapproved()
            ```
        """
        from .list_unapproved_transfers import asyncio_detailed

        return cast(
            "UnapprovedTransferList", await self._invoker.call(asyncio_detailed)
        )

    async def list_completed(self) -> CompletedUnitList:
        """List the completed transfers that are not hidden

        The UUIDs of every transfer that is not hidden and whose status is COMPLETE. The server
        works out the status of every visible transfer to answer, which is slow on a busy pipeline;
        hide finished transfers to keep it fast.

        Returns:
            CompletedUnitList: The completed transfers.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.transfers.list_completed()
            ```
        """
        from .list_completed_transfers import asyncio_detailed

        return cast("CompletedUnitList", await self._invoker.call(asyncio_detailed))

    async def get_status(self, *, uuid: UUID) -> TransferStatus:
        """Get the status of a transfer

        The polling target after starting a transfer. When `status` is COMPLETE, `sip_uuid` names
        the SIP the transfer became (follow it with `get_ingest_status`), or is `BACKLOG` when the
        transfer went to backlog. Old servers answered an unknown transfer with 200 and `error:
        true`; 1.17 answers 400.

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            TransferStatus: The transfer's status.

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
            await am.transfers.get_status(uuid=...)
            ```
        """
        from .get_transfer_status import asyncio_detailed

        return cast(
            "TransferStatus", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def start(self, *, body: StartTransferForm) -> StartTransferResult:
        """Copy files from locations into a new transfer

        The legacy way to start a transfer: copies every path of `paths[]` into
        `activeTransfers/<type directory>/<name>-<uuid>/`. The transfer still needs
        `approve_transfer` unless the processing configuration approves it automatically. With
        several paths the transfers are named `name`, `name_2`, `name_3`... Prefer `create_package`,
        which does both steps.

        Args:
            body: The request body (`StartTransferForm`).

        Returns:
            StartTransferResult: The files were copied.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The transfer could not be started: `No transfer name provided.`, `No
                path provided.`, `Error starting transfer ...`, or `list index out of range` when
                `row_ids[]` has fewer entries than `paths[]`.

        Example:
            ```python
            await am.transfers.start(body=start_transfer_form)
            ```
        """
        from .start_transfer import asyncio_detailed

        return cast(
            "StartTransferResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def reingest(self, *, body: ReingestForm) -> ReingestResult:
        """Start a reingest of an AIP as a new transfer

        Called by the Storage Service during a full reingest: the AIP has been copied to
        `%sharedPath%tmp/<name>` and becomes a new transfer. The server deletes the database rows it
        still has for that SIP first.

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
            await am.transfers.reingest(body=reingest_form)
            ```
        """
        from .reingest_transfer import asyncio_detailed

        return cast(
            "ReingestResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def hide(self, *, uuid: UUID) -> HideResult:
        """Hide a finished transfer from the dashboard

        Marks the transfer hidden (nothing is deleted). Only finished transfers can be hidden: an
        unknown, running or already hidden transfer answers 409 `{"removed": false}` (old servers
        answered an unknown UUID with a 404 HTML page). DELETE has no body, so credentials sent as
        parameters go in the query string.

        Args:
            uuid: The unit's (transfer's or SIP's) UUID. Anything else does not match the route (404
                HTML page).

        Returns:
            HideResult: The transfer is hidden.

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
            await am.transfers.hide(uuid=...)
            ```
        """
        from .hide_transfer import asyncio_detailed

        return cast("HideResult", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def hide_completed(self) -> HideCompletedResult:
        """Hide every completed or failed transfer

        The server-side bulk version of `hide_transfer`; answers the UUIDs it hid.

        Returns:
            HideCompletedResult: The transfers hidden.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The server failed while hiding.

        Example:
            ```python
            await am.transfers.hide_completed()
            ```
        """
        from .hide_completed_transfers import asyncio_detailed

        return cast("HideCompletedResult", await self._invoker.call(asyncio_detailed))
