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
        """Not implemented (always 501)

        The route exists for GET but the server has no implementation: it always answers 501, empty.

        Returns:
            None

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 501: The endpoint exists but has no implementation. The body is empty.

        Example:
            ```python
            am.packages.list()
            ```
        """
        from .list_packages import sync_detailed

        return cast("None", self._invoker.call(sync_detailed))

    def create(self, *, body: CreatePackageRequest) -> CreatePackageResult:
        """Start a transfer from a location path in one call

        Asynchronous: answers 202 with the new transfer's id right away. Follow it with
        `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
        `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
        idempotency support: a retried request starts a second transfer.

        Args:
            body: The request body (`CreatePackageRequest`).

        Returns:
            CreatePackageResult: The transfer was created and is starting.

        Raises:
            ValidationError: 400: The body is not JSON, or `path` is missing or is not base64
                (`Parameter "path" cannot be decoded.`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The MCPServer refused the package (`Package cannot be created`): an
                unknown `type`, a non-boolean `auto_approve`, or an RPC failure.

        Example:
            ```python
            am.packages.create(body=create_package_request)
            ```
        """
        from .create_package import sync_detailed

        return cast("CreatePackageResult", self._invoker.call(sync_detailed, body=body))


class AsyncPackagesNamespace(AsyncNamespace):
    """The one-call package API (`/api/v2beta/package`) that starts a transfer from a location path. (asynchronous)"""

    async def list(self) -> None:
        """Not implemented (always 501)

        The route exists for GET but the server has no implementation: it always answers 501, empty.

        Returns:
            None

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 501: The endpoint exists but has no implementation. The body is empty.

        Example:
            ```python
            await am.packages.list()
            ```
        """
        from .list_packages import asyncio_detailed

        return cast("None", await self._invoker.call(asyncio_detailed))

    async def create(self, *, body: CreatePackageRequest) -> CreatePackageResult:
        """Start a transfer from a location path in one call

        Asynchronous: answers 202 with the new transfer's id right away. Follow it with
        `get_transfer_status` until `status` is COMPLETE and `sip_uuid` is set, then with
        `get_ingest_status`. The body is parsed as JSON whatever its Content-Type. The server has no
        idempotency support: a retried request starts a second transfer.

        Args:
            body: The request body (`CreatePackageRequest`).

        Returns:
            CreatePackageResult: The transfer was created and is starting.

        Raises:
            ValidationError: 400: The body is not JSON, or `path` is missing or is not base64
                (`Parameter "path" cannot be decoded.`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: The MCPServer refused the package (`Package cannot be created`): an
                unknown `type`, a non-boolean `auto_approve`, or an RPC failure.

        Example:
            ```python
            await am.packages.create(body=create_package_request)
            ```
        """
        from .create_package import asyncio_detailed

        return cast(
            "CreatePackageResult", await self._invoker.call(asyncio_detailed, body=body)
        )
