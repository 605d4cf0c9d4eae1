"""The `permissions` namespace: The permissions that groups can grant."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.list_permissions_level import (
        ListPermissionsLevel,
        check_list_permissions_level,
    )
    from ...models.permission import Permission
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PermissionsNamespace", "AsyncPermissionsNamespace"]


class PermissionsNamespace(Namespace):
    """The permissions that groups can grant."""

    def list(self, *, level: ListPermissionsLevel) -> builtins.list[Permission]:
        """List the permissions

        Answers the permissions groups can grant, of one level or all.

        Args:
            level: Which permissions, those granted per `repository`, the `global` ones, or `all`.

        Returns:
            builtins.list[Permission]: The permissions.

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
            aspace.permissions.list(level=...)
            ```
        """
        from .list_permissions import sync_detailed

        return cast(
            "builtins.list[Permission]", self._invoker.call(sync_detailed, level=level)
        )


class AsyncPermissionsNamespace(AsyncNamespace):
    """The permissions that groups can grant. (asynchronous)"""

    async def list(self, *, level: ListPermissionsLevel) -> builtins.list[Permission]:
        """List the permissions

        Answers the permissions groups can grant, of one level or all.

        Args:
            level: Which permissions, those granted per `repository`, the `global` ones, or `all`.

        Returns:
            builtins.list[Permission]: The permissions.

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
            await aspace.permissions.list(level=...)
            ```
        """
        from .list_permissions import asyncio_detailed

        return cast(
            "builtins.list[Permission]",
            await self._invoker.call(asyncio_detailed, level=level),
        )
