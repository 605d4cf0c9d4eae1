"""The `levels_of_description` namespace: The AtoM levels of description known to the dashboard, used when arranging SIPs."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.failure_result import FailureResult
    from ...models.level_of_description import LevelOfDescription
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["LevelsOfDescriptionNamespace", "AsyncLevelsOfDescriptionNamespace"]


class LevelsOfDescriptionNamespace(Namespace):
    """The AtoM levels of description known to the dashboard, used when arranging SIPs."""

    def list(self) -> builtins.list[LevelOfDescription]:
        """List the levels of description

        The levels in their sort order, each as a single-key object from its id to its name.

        Returns:
            builtins.list[LevelOfDescription]: The levels of description.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.levels_of_description.list()
            ```
        """
        from .list_levels_of_description import sync_detailed

        return cast(
            "builtins.list[LevelOfDescription]", self._invoker.call(sync_detailed)
        )

    def fetch(self) -> builtins.list[LevelOfDescription]:
        """Re-import the levels of description from AtoM

        Side effect on a GET: deletes every level the dashboard knows, imports them again from the
        configured AtoM site, and answers the new list. If AtoM cannot be reached the answer is 500
        `{success: false, error}`.

        Returns:
            builtins.list[LevelOfDescription]: The freshly imported levels of description.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: AtoM could not be reached or answered an error.

        Example:
            ```python
            am.levels_of_description.fetch()
            ```
        """
        from .fetch_levels_of_description import sync_detailed

        return cast(
            "builtins.list[LevelOfDescription]", self._invoker.call(sync_detailed)
        )


class AsyncLevelsOfDescriptionNamespace(AsyncNamespace):
    """The AtoM levels of description known to the dashboard, used when arranging SIPs. (asynchronous)"""

    async def list(self) -> builtins.list[LevelOfDescription]:
        """List the levels of description

        The levels in their sort order, each as a single-key object from its id to its name.

        Returns:
            builtins.list[LevelOfDescription]: The levels of description.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.levels_of_description.list()
            ```
        """
        from .list_levels_of_description import asyncio_detailed

        return cast(
            "builtins.list[LevelOfDescription]",
            await self._invoker.call(asyncio_detailed),
        )

    async def fetch(self) -> builtins.list[LevelOfDescription]:
        """Re-import the levels of description from AtoM

        Side effect on a GET: deletes every level the dashboard knows, imports them again from the
        configured AtoM site, and answers the new list. If AtoM cannot be reached the answer is 500
        `{success: false, error}`.

        Returns:
            builtins.list[LevelOfDescription]: The freshly imported levels of description.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            ServerError: 500: AtoM could not be reached or answered an error.

        Example:
            ```python
            await am.levels_of_description.fetch()
            ```
        """
        from .fetch_levels_of_description import asyncio_detailed

        return cast(
            "builtins.list[LevelOfDescription]",
            await self._invoker.call(asyncio_detailed),
        )
