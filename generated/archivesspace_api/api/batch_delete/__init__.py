"""The `batch_delete` namespace: Deletes of many records, by URI, in one request."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.batch_delete_result import BatchDeleteResult
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["BatchDeleteNamespace", "AsyncBatchDeleteNamespace"]


class BatchDeleteNamespace(Namespace):
    """Deletes of many records, by URI, in one request."""

    def run(self, *, record_uris: builtins.list[str]) -> BatchDeleteResult:
        """Delete several records by URI

        Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own
        permission check. When every delete succeeds the answer lists their results; when any fails
        the answer is 403 and its `error` holds `failures`, one `{uri, response}` per record that
        could not be deleted. Takes no body.

        Args:
            record_uris: The URIs of the records to delete, sent as repeated `record_uris[]=` keys.

        Returns:
            BatchDeleteResult: Every record was deleted.

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.batch_delete.run(record_uris=...)
            ```
        """
        from .run_batch_delete import sync_detailed

        return cast(
            "BatchDeleteResult",
            self._invoker.call(sync_detailed, record_uris=record_uris),
        )


class AsyncBatchDeleteNamespace(AsyncNamespace):
    """Deletes of many records, by URI, in one request. (asynchronous)"""

    async def run(self, *, record_uris: builtins.list[str]) -> BatchDeleteResult:
        """Delete several records by URI

        Deletes each record as if `DELETE <uri>` had been sent for it, with that endpoint's own
        permission check. When every delete succeeds the answer lists their results; when any fails
        the answer is 403 and its `error` holds `failures`, one `{uri, response}` per record that
        could not be deleted. Takes no body.

        Args:
            record_uris: The URIs of the records to delete, sent as repeated `record_uris[]=` keys.

        Returns:
            BatchDeleteResult: Every record was deleted.

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.batch_delete.run(record_uris=...)
            ```
        """
        from .run_batch_delete import asyncio_detailed

        return cast(
            "BatchDeleteResult",
            await self._invoker.call(asyncio_detailed, record_uris=record_uris),
        )
