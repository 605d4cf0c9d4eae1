"""The `delete_feed` namespace: The feed of deleted records' URIs, for indexers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.delete_feed_page import DeleteFeedPage
    from ...models.error import Error
    from ...models.get_delete_feed_sort_direction import (
        GetDeleteFeedSortDirection,
        check_get_delete_feed_sort_direction,
    )
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DeleteFeedNamespace", "AsyncDeleteFeedNamespace"]


class DeleteFeedNamespace(Namespace):
    """The feed of deleted records' URIs, for indexers."""

    def get(
        self,
        *,
        page: int,
        page_size: int | Unset = 10,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DeleteFeedPage:
        """List the URIs of deleted records

        The URIs of records deleted at or after `modified_since`, a page at a time (`page` is
        required). The sorting parameters are accepted but not applied.

        Args:
            page: 1-based page number.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            DeleteFeedPage: A page of URIs.

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
            aspace.delete_feed.get(page=1)
            ```
        """
        from .get_delete_feed import sync_detailed

        return cast(
            "DeleteFeedPage",
            self._invoker.call(
                sync_detailed,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )


class AsyncDeleteFeedNamespace(AsyncNamespace):
    """The feed of deleted records' URIs, for indexers. (asynchronous)"""

    async def get(
        self,
        *,
        page: int,
        page_size: int | Unset = 10,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: GetDeleteFeedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DeleteFeedPage:
        """List the URIs of deleted records

        The URIs of records deleted at or after `modified_since`, a page at a time (`page` is
        required). The sorting parameters are accepted but not applied.

        Args:
            page: 1-based page number.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            DeleteFeedPage: A page of URIs.

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
            await aspace.delete_feed.get(page=1)
            ```
        """
        from .get_delete_feed import asyncio_detailed

        return cast(
            "DeleteFeedPage",
            await self._invoker.call(
                asyncio_detailed,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )
