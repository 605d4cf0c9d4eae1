"""The `update_monitor` namespace: The monitor of records being edited at the same time."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.active_edit_statuses import ActiveEditStatuses
    from ...models.active_edits import ActiveEdits
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UpdateMonitorNamespace", "AsyncUpdateMonitorNamespace"]


class UpdateMonitorNamespace(Namespace):
    """The monitor of records being edited at the same time."""

    def refresh(self, *, body: ActiveEdits) -> ActiveEditStatuses:
        """Report the records being edited and see who else edits them

        Records that the listed users are editing the listed records now, forgets reports older than
        30 seconds, and answers, for every record still being edited, who edits it and its current
        lock version. Clients call it every few seconds while an edit form is open, to warn of
        concurrent edits.

        Args:
            body: The request body (`ActiveEdits`).

        Returns:
            ActiveEditStatuses: The records being edited, keyed by URI.

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
            aspace.update_monitor.refresh(body=active_edits)
            ```
        """
        from .refresh_update_monitor import sync_detailed

        return cast("ActiveEditStatuses", self._invoker.call(sync_detailed, body=body))


class AsyncUpdateMonitorNamespace(AsyncNamespace):
    """The monitor of records being edited at the same time. (asynchronous)"""

    async def refresh(self, *, body: ActiveEdits) -> ActiveEditStatuses:
        """Report the records being edited and see who else edits them

        Records that the listed users are editing the listed records now, forgets reports older than
        30 seconds, and answers, for every record still being edited, who edits it and its current
        lock version. Clients call it every few seconds while an edit form is open, to warn of
        concurrent edits.

        Args:
            body: The request body (`ActiveEdits`).

        Returns:
            ActiveEditStatuses: The records being edited, keyed by URI.

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
            await aspace.update_monitor.refresh(body=active_edits)
            ```
        """
        from .refresh_update_monitor import asyncio_detailed

        return cast(
            "ActiveEditStatuses", await self._invoker.call(asyncio_detailed, body=body)
        )
