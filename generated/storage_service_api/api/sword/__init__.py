"""The `sword` namespace: The SWORD 2 service document (Fedora deposits)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any

    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SwordNamespace", "AsyncSwordNamespace"]


class SwordNamespace(Namespace):
    """The SWORD 2 service document (Fedora deposits)."""

    def get_service_document(self) -> Any:
        """Get the SWORD 2 service document

        Lists one collection for each SWORD deposit location in a Fedora space. The server labels it
        `application/atomserv+xml` (sic).

        Returns:
            Any: The service document, served as `application/atomserv+xml`. No `content` is
                declared: openapi-python-client cannot read that media type, so the client hands
                back the raw body.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.sword.get_service_document()
            ```
        """
        from .get_sword_service_document import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed))


class AsyncSwordNamespace(AsyncNamespace):
    """The SWORD 2 service document (Fedora deposits). (asynchronous)"""

    async def get_service_document(self) -> Any:
        """Get the SWORD 2 service document

        Lists one collection for each SWORD deposit location in a Fedora space. The server labels it
        `application/atomserv+xml` (sic).

        Returns:
            Any: The service document, served as `application/atomserv+xml`. No `content` is
                declared: openapi-python-client cannot read that media type, so the client hands
                back the raw body.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.sword.get_service_document()
            ```
        """
        from .get_sword_service_document import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed))
