"""The `notifications` namespace: The long-poll feed of backend notifications."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.notification import Notification
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["NotificationsNamespace", "AsyncNotificationsNamespace"]


class NotificationsNamespace(Namespace):
    """The long-poll feed of backend notifications."""

    def list(self, *, last_sequence: int | Unset = 0) -> builtins.list[Notification]:
        """Wait for backend notifications

        A long poll of the notifications after `last_sequence` (a repository, an enumeration, a
        user's permissions changed...): answers at once if there are any, otherwise waits for one or
        until the backlog window passes. The staff interface uses it to refresh its caches. Pass the
        highest `sequence` seen as the next `last_sequence`.

        Args:
            last_sequence: The last sequence number seen (default 0, everything still held).

        Returns:
            builtins.list[Notification]: The notifications after `last_sequence`, oldest first.

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
            aspace.notifications.list()
            ```
        """
        from .list_notifications import sync_detailed

        return cast(
            "builtins.list[Notification]",
            self._invoker.call(sync_detailed, last_sequence=last_sequence),
        )


class AsyncNotificationsNamespace(AsyncNamespace):
    """The long-poll feed of backend notifications. (asynchronous)"""

    async def list(
        self, *, last_sequence: int | Unset = 0
    ) -> builtins.list[Notification]:
        """Wait for backend notifications

        A long poll of the notifications after `last_sequence` (a repository, an enumeration, a
        user's permissions changed...): answers at once if there are any, otherwise waits for one or
        until the backlog window passes. The staff interface uses it to refresh its caches. Pass the
        highest `sequence` seen as the next `last_sequence`.

        Args:
            last_sequence: The last sequence number seen (default 0, everything still held).

        Returns:
            builtins.list[Notification]: The notifications after `last_sequence`, oldest first.

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
            await aspace.notifications.list()
            ```
        """
        from .list_notifications import asyncio_detailed

        return cast(
            "builtins.list[Notification]",
            await self._invoker.call(asyncio_detailed, last_sequence=last_sequence),
        )
