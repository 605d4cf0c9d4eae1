"""The `path_metadata` namespace: The metadata (level of description) attached to a path of the SIP arrangement area."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.path_metadata import PathMetadata
    from ...models.path_metadata_form import PathMetadataForm
    from ...models.success_result import SuccessResult
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PathMetadataNamespace", "AsyncPathMetadataNamespace"]


class PathMetadataNamespace(Namespace):
    """The metadata (level of description) attached to a path of the SIP arrangement area."""

    def get(self, *, path: str) -> PathMetadata:
        """Get the level of description of an arrangement path

        Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the
        path with and without a trailing `/`). No such entry answers a 404 Django HTML page.

        Args:
            path: The arrangement path, as plain text (not base64), as the dashboard's arrange pane
                shows it.

        Returns:
            PathMetadata: The path's metadata.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.path_metadata.get(path="...")
            ```
        """
        from .get_path_metadata import sync_detailed

        return cast("PathMetadata", self._invoker.call(sync_detailed, path=path))

    def update(self, *, body: PathMetadataForm) -> SuccessResult:
        """Set the level of description of an arrangement path

        Sets (or, with a missing or unknown `level_of_description`, clears) the level of description
        of an arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML
        page.

        Args:
            body: The request body (`PathMetadataForm`).

        Returns:
            SuccessResult: The metadata was saved.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.path_metadata.update(body=path_metadata_form)
            ```
        """
        from .update_path_metadata import sync_detailed

        return cast("SuccessResult", self._invoker.call(sync_detailed, body=body))


class AsyncPathMetadataNamespace(AsyncNamespace):
    """The metadata (level of description) attached to a path of the SIP arrangement area. (asynchronous)"""

    async def get(self, *, path: str) -> PathMetadata:
        """Get the level of description of an arrangement path

        Looks the path up in the SIP arrangement area among entries not yet made into a SIP (the
        path with and without a trailing `/`). No such entry answers a 404 Django HTML page.

        Args:
            path: The arrangement path, as plain text (not base64), as the dashboard's arrange pane
                shows it.

        Returns:
            PathMetadata: The path's metadata.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.path_metadata.get(path="...")
            ```
        """
        from .get_path_metadata import asyncio_detailed

        return cast(
            "PathMetadata", await self._invoker.call(asyncio_detailed, path=path)
        )

    async def update(self, *, body: PathMetadataForm) -> SuccessResult:
        """Set the level of description of an arrangement path

        Sets (or, with a missing or unknown `level_of_description`, clears) the level of description
        of an arrangement entry not yet made into a SIP. No such entry answers a 404 Django HTML
        page.

        Args:
            body: The request body (`PathMetadataForm`).

        Returns:
            SuccessResult: The metadata was saved.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.path_metadata.update(body=path_metadata_form)
            ```
        """
        from .update_path_metadata import asyncio_detailed

        return cast(
            "SuccessResult", await self._invoker.call(asyncio_detailed, body=body)
        )
