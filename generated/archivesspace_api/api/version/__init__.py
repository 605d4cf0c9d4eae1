"""The `version` namespace: The ArchivesSpace version."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["VersionNamespace", "AsyncVersionNamespace"]


class VersionNamespace(Namespace):
    """The ArchivesSpace version."""

    def get(self) -> str:
        """Get the ArchivesSpace version

        The version as text, in the form `ArchivesSpace (<version>)`. Needs no session.

        Returns:
            str: The version line.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.version.get()
            ```
        """
        from .get_version import sync_detailed

        return cast("str", self._invoker.call(sync_detailed))


class AsyncVersionNamespace(AsyncNamespace):
    """The ArchivesSpace version. (asynchronous)"""

    async def get(self) -> str:
        """Get the ArchivesSpace version

        The version as text, in the form `ArchivesSpace (<version>)`. Needs no session.

        Returns:
            str: The version line.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.version.get()
            ```
        """
        from .get_version import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed))
