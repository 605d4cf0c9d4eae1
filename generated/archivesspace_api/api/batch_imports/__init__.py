"""The `batch_imports` namespace: Imports of many linked records in one request."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.batch_import_record import BatchImportRecord
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["BatchImportsNamespace", "AsyncBatchImportsNamespace"]


class BatchImportsNamespace(Namespace):
    """Imports of many linked records in one request."""

    def create(
        self,
        *,
        body: builtins.list[BatchImportRecord],
        repo_id: int | None = None,
        migration: bool | Unset = UNSET,
        skip_results: bool | Unset = UNSET,
    ) -> str:
        """Import a batch of linked records

        Saves a JSON array of records that link to each other through temporary URIs (such as
        `/repositories/import/resources/import_1`); the server creates them in dependency order and
        gives each a real URI. Values missing from editable enumerations are added on the fly. On
        databases with transactions a failure rolls the whole batch back.

        The answer is a plain-text stream, written while the import runs, that forms a JSON array
        once complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending
        with the result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with
        `{"errors": ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even
        when the import fails: read the whole body, parse it as JSON and look at the last element.

        Args:
            body: The records, as one JSON array.
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            migration: Set by migration tools (the Archivists' Toolkit migrator) to skip checks,
                such as of tree ordering, that their data does not need.
            skip_results: When true, the final object's `saved` is left empty (faster for very large
                batches).

        Returns:
            str: The progress stream, as text (a JSON array once complete; its last element is the
                result object).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.batch_imports.create(body=list, repo_id=2)
            ```
        """
        from .create_batch_import import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed,
                body=body,
                repo_id=repo_id,
                migration=migration,
                skip_results=skip_results,
            ),
        )


class AsyncBatchImportsNamespace(AsyncNamespace):
    """Imports of many linked records in one request. (asynchronous)"""

    async def create(
        self,
        *,
        body: builtins.list[BatchImportRecord],
        repo_id: int | None = None,
        migration: bool | Unset = UNSET,
        skip_results: bool | Unset = UNSET,
    ) -> str:
        """Import a batch of linked records

        Saves a JSON array of records that link to each other through temporary URIs (such as
        `/repositories/import/resources/import_1`); the server creates them in dependency order and
        gives each a real URI. Values missing from editable enumerations are added on the fly. On
        databases with transactions a failure rolls the whole batch back.

        The answer is a plain-text stream, written while the import runs, that forms a JSON array
        once complete: `[` then progress objects (`{"status": [...]}`, one a second or so), ending
        with the result object `{"saved": {"<temporary uri>": ["<real uri>", <id>], ...}}`, or with
        `{"errors": ["Server error: ..."]}` (then `saved` is empty). The HTTP status is 200 even
        when the import fails: read the whole body, parse it as JSON and look at the last element.

        Args:
            body: The records, as one JSON array.
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            migration: Set by migration tools (the Archivists' Toolkit migrator) to skip checks,
                such as of tree ordering, that their data does not need.
            skip_results: When true, the final object's `saved` is left empty (faster for very large
                batches).

        Returns:
            str: The progress stream, as text (a JSON array once complete; its last element is the
                result object).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.batch_imports.create(body=list, repo_id=2)
            ```
        """
        from .create_batch_import import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                repo_id=repo_id,
                migration=migration,
                skip_results=skip_results,
            ),
        )
