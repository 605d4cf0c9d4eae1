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
        self, *, target_resource: str, component: str, repo_id: int | None = None
    ) -> ComponentTransferResult:
        """Move an archival object and everything below it into another resource

        The archival object lands at the end of the top level of the target resource's tree, its
        descendants below it as before. The server records a `component_transfer` event linking both
        resources.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            target_resource: The URI of the resource to move the archival object into.
            component: The URI of the archival object to move.

        Returns:
            ComponentTransferResult: The archival object was moved.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.component_transfers.create(repo_id=2, target_resource="...", component="...")
            ```
        """
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
        self, *, target_resource: str, component: str, repo_id: int | None = None
    ) -> ComponentTransferResult:
        """Move an archival object and everything below it into another resource

        The archival object lands at the end of the top level of the target resource's tree, its
        descendants below it as before. The server records a `component_transfer` event linking both
        resources.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            target_resource: The URI of the resource to move the archival object into.
            component: The URI of the archival object to move.

        Returns:
            ComponentTransferResult: The archival object was moved.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.component_transfers.create(repo_id=2, target_resource="...", component="...")
            ```
        """
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
