"""The `processing_configurations` namespace: The processing configurations (`processingMCP.xml` documents) of the pipeline."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.error import Error
    from ...models.failure_result import FailureResult
    from ...models.processing_configuration_list import ProcessingConfigurationList
    from ...models.success_result import SuccessResult
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "ProcessingConfigurationsNamespace",
    "AsyncProcessingConfigurationsNamespace",
]


class ProcessingConfigurationsNamespace(Namespace):
    """The processing configurations (`processingMCP.xml` documents) of the pipeline."""

    def get(self, *, name: str) -> File:
        """Get a processing configuration as XML

        Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly
        `*/*` or contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by
        default). The built-in configurations (`default`, `automated`) are regenerated when missing;
        old servers answered a missing configuration with a 404 HTML page.

        Args:
            name: The configuration's name (the file name without `ProcessingMCP.xml`): word
                characters only. The route keeps only the first 16 word characters of a longer name,
                without an error, so keep names to 16.

        Returns:
            File: The configuration document. The server labels it `text/xml`.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: No processing configuration has this name.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            APIError: 415: The `Accept` header is neither `*/*` nor names an XML type. The body is
                empty. (The server answers 415, not 406.)
            ServerError: 500: A built-in configuration could not be regenerated.

        Example:
            ```python
            am.processing_configurations.get(name="...")
            ```
        """
        from .get_processing_configuration import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, name=name))

    def delete(self, *, name: str) -> SuccessResult:
        """Delete a processing configuration

        Args:
            name: The configuration's name (the file name without `ProcessingMCP.xml`): word
                characters only. The route keeps only the first 16 word characters of a longer name,
                without an error, so keep names to 16.

        Returns:
            SuccessResult: The configuration was deleted.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: No processing configuration has this name.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.processing_configurations.delete(name="...")
            ```
        """
        from .delete_processing_configuration import sync_detailed

        return cast("SuccessResult", self._invoker.call(sync_detailed, name=name))

    def list(self) -> ProcessingConfigurationList:
        """List the names of the processing configurations

        Returns:
            ProcessingConfigurationList: The configuration names, sorted.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.processing_configurations.list()
            ```
        """
        from .list_processing_configurations import sync_detailed

        return cast("ProcessingConfigurationList", self._invoker.call(sync_detailed))


class AsyncProcessingConfigurationsNamespace(AsyncNamespace):
    """The processing configurations (`processingMCP.xml` documents) of the pipeline. (asynchronous)"""

    async def get(self, *, name: str) -> File:
        """Get a processing configuration as XML

        Answers the `processingMCP.xml` document. The request's `Accept` header must be exactly
        `*/*` or contain `xml`, otherwise the answer is 415 with an empty body (httpx sends `*/*` by
        default). The built-in configurations (`default`, `automated`) are regenerated when missing;
        old servers answered a missing configuration with a 404 HTML page.

        Args:
            name: The configuration's name (the file name without `ProcessingMCP.xml`): word
                characters only. The route keeps only the first 16 word characters of a longer name,
                without an error, so keep names to 16.

        Returns:
            File: The configuration document. The server labels it `text/xml`.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: No processing configuration has this name.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.
            APIError: 415: The `Accept` header is neither `*/*` nor names an XML type. The body is
                empty. (The server answers 415, not 406.)
            ServerError: 500: A built-in configuration could not be regenerated.

        Example:
            ```python
            await am.processing_configurations.get(name="...")
            ```
        """
        from .get_processing_configuration import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, name=name))

    async def delete(self, *, name: str) -> SuccessResult:
        """Delete a processing configuration

        Args:
            name: The configuration's name (the file name without `ProcessingMCP.xml`): word
                characters only. The route keeps only the first 16 word characters of a longer name,
                without an error, so keep names to 16.

        Returns:
            SuccessResult: The configuration was deleted.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: No processing configuration has this name.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.processing_configurations.delete(name="...")
            ```
        """
        from .delete_processing_configuration import asyncio_detailed

        return cast(
            "SuccessResult", await self._invoker.call(asyncio_detailed, name=name)
        )

    async def list(self) -> ProcessingConfigurationList:
        """List the names of the processing configurations

        Returns:
            ProcessingConfigurationList: The configuration names, sorted.

        Raises:
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.processing_configurations.list()
            ```
        """
        from .list_processing_configurations import asyncio_detailed

        return cast(
            "ProcessingConfigurationList", await self._invoker.call(asyncio_detailed)
        )
