"""The `resources` namespace: The API root, which lists the resources."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.api_root import ApiRoot
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ResourcesNamespace", "AsyncResourcesNamespace"]


class ResourcesNamespace(Namespace):
    """The API root, which lists the resources."""

    def list(self) -> ApiRoot:
        """List the API's resources

        Returns:
            ApiRoot: Each resource's list endpoint and schema URL.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.resources.list()
            ```
        """
        from .list_resources import sync_detailed

        return cast("ApiRoot", self._invoker.call(sync_detailed))


class AsyncResourcesNamespace(AsyncNamespace):
    """The API root, which lists the resources. (asynchronous)"""

    async def list(self) -> ApiRoot:
        """List the API's resources

        Returns:
            ApiRoot: Each resource's list endpoint and schema URL.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.resources.list()
            ```
        """
        from .list_resources import asyncio_detailed

        return cast("ApiRoot", await self._invoker.call(asyncio_detailed))
