"""The `sword` namespace: The SWORD 2 service document (Fedora deposits)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any

    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SwordNamespace", "AsyncSwordNamespace"]


class SwordNamespace(Namespace):
    """The SWORD 2 service document (Fedora deposits)."""

    def get_service_document(self) -> File:
        """Get the SWORD 2 service document

        Lists one collection for each SWORD deposit location in a Fedora space. The server labels it
        `application/atomserv+xml` (sic).

        Returns:
            File: The service document, served as `application/atomserv+xml` (not the registered
                `atomsvc`); the client hands back its bytes.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.sword.get_service_document()
            ```
        """
        from .get_sword_service_document import sync_detailed

        return cast("File", self._invoker.call(sync_detailed))


class AsyncSwordNamespace(AsyncNamespace):
    """The SWORD 2 service document (Fedora deposits). (asynchronous)"""

    async def get_service_document(self) -> File:
        """Get the SWORD 2 service document

        Lists one collection for each SWORD deposit location in a Fedora space. The server labels it
        `application/atomserv+xml` (sic).

        Returns:
            File: The service document, served as `application/atomserv+xml` (not the registered
                `atomsvc`); the client hands back its bytes.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.sword.get_service_document()
            ```
        """
        from .get_sword_service_document import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed))
