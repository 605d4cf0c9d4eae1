"""The `system` namespace: Diagnostics, logs and events of the running system."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.system_event import SystemEvent
    from ...models.system_info import SystemInfo
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SystemNamespace", "AsyncSystemNamespace"]


class SystemNamespace(Namespace):
    """Diagnostics, logs and events of the running system."""

    def get_info(self) -> SystemInfo:
        """Get diagnostics of the running system

        Version, configuration (without secrets), memory, processors, database and Solr information.

        Returns:
            SystemInfo: The diagnostics.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.system.get_info()
            ```
        """
        from .get_system_info import sync_detailed

        return cast("SystemInfo", self._invoker.call(sync_detailed))

    def get_log(self) -> str:
        """Read the recent backend log

        The backend's recent log lines as text; the call also starts recording the log for the next
        15 seconds, so calling again shortly after shows what happened meanwhile.

        Returns:
            str: The log lines.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.system.get_log()
            ```
        """
        from .get_system_log import sync_detailed

        return cast("str", self._invoker.call(sync_detailed))

    def list_events(self) -> builtins.list[SystemEvent]:
        """List the system events of this installation

        Every logged system event (start-ups, migrations, reindexes...). The server writes the list
        as JSON text without labelling it as JSON.

        Returns:
            builtins.list[SystemEvent]: The events.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.system.list_events()
            ```
        """
        from .list_system_events import sync_detailed

        return cast("builtins.list[SystemEvent]", self._invoker.call(sync_detailed))


class AsyncSystemNamespace(AsyncNamespace):
    """Diagnostics, logs and events of the running system. (asynchronous)"""

    async def get_info(self) -> SystemInfo:
        """Get diagnostics of the running system

        Version, configuration (without secrets), memory, processors, database and Solr information.

        Returns:
            SystemInfo: The diagnostics.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.system.get_info()
            ```
        """
        from .get_system_info import asyncio_detailed

        return cast("SystemInfo", await self._invoker.call(asyncio_detailed))

    async def get_log(self) -> str:
        """Read the recent backend log

        The backend's recent log lines as text; the call also starts recording the log for the next
        15 seconds, so calling again shortly after shows what happened meanwhile.

        Returns:
            str: The log lines.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.system.get_log()
            ```
        """
        from .get_system_log import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed))

    async def list_events(self) -> builtins.list[SystemEvent]:
        """List the system events of this installation

        Every logged system event (start-ups, migrations, reindexes...). The server writes the list
        as JSON text without labelling it as JSON.

        Returns:
            builtins.list[SystemEvent]: The events.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.system.list_events()
            ```
        """
        from .list_system_events import asyncio_detailed

        return cast(
            "builtins.list[SystemEvent]", await self._invoker.call(asyncio_detailed)
        )
