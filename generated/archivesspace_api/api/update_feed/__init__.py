"""The `update_feed` namespace: The long-poll feed of changed records, for indexers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.update_feed_entry import UpdateFeedEntry
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UpdateFeedNamespace", "AsyncUpdateFeedNamespace"]


class UpdateFeedNamespace(Namespace):
    """The long-poll feed of changed records, for indexers."""

    def get(
        self,
        *,
        last_sequence: int | Unset = 0,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[UpdateFeedEntry]:
        """Wait for changed records

        A long poll of the changes after `last_sequence`: answers at once if there are any,
        otherwise waits until one happens or the server's backlog window passes (then the list may
        be empty). The server keeps only recent changes in memory, so a consumer that falls behind
        must reindex. Pass the highest `sequence` seen as the next `last_sequence`.

        Args:
            last_sequence: The last sequence number seen (default 0, everything still held).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[UpdateFeedEntry]: The changes after `last_sequence`, oldest first.

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
            aspace.update_feed.get()
            ```
        """
        from .get_update_feed import sync_detailed

        return cast(
            "builtins.list[UpdateFeedEntry]",
            self._invoker.call(
                sync_detailed, last_sequence=last_sequence, resolve=resolve
            ),
        )


class AsyncUpdateFeedNamespace(AsyncNamespace):
    """The long-poll feed of changed records, for indexers. (asynchronous)"""

    async def get(
        self,
        *,
        last_sequence: int | Unset = 0,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[UpdateFeedEntry]:
        """Wait for changed records

        A long poll of the changes after `last_sequence`: answers at once if there are any,
        otherwise waits until one happens or the server's backlog window passes (then the list may
        be empty). The server keeps only recent changes in memory, so a consumer that falls behind
        must reindex. Pass the highest `sequence` seen as the next `last_sequence`.

        Args:
            last_sequence: The last sequence number seen (default 0, everything still held).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[UpdateFeedEntry]: The changes after `last_sequence`, oldest first.

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
            await aspace.update_feed.get()
            ```
        """
        from .get_update_feed import asyncio_detailed

        return cast(
            "builtins.list[UpdateFeedEntry]",
            await self._invoker.call(
                asyncio_detailed, last_sequence=last_sequence, resolve=resolve
            ),
        )
