"""The `extent_calculator` namespace: The extent of a resource or archival object, calculated from its containers' profiles."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.extent_calculation import ExtentCalculation
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ExtentCalculatorNamespace", "AsyncExtentCalculatorNamespace"]


class ExtentCalculatorNamespace(Namespace):
    """The extent of a resource or archival object, calculated from its containers' profiles."""

    def run(self, *, record_uri: str, unit: str | Unset = UNSET) -> ExtentCalculation:
        """Calculate the extent of a resource or archival object from its containers

        Adds up the container profiles of the distinct top containers that the record and everything
        below it point at. Containers without a profile are counted but add nothing.

        Args:
            record_uri: The URI of the resource or archival object.
            unit: The unit of the answer, `inches`, `feet`, `centimeters` or `meters`; by default
                the server's configured unit, or else the first container profile's.

        Returns:
            ExtentCalculation: The calculated extent.

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
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.extent_calculator.run(record_uri="...")
            ```
        """
        from .run_extent_calculator import sync_detailed

        return cast(
            "ExtentCalculation",
            self._invoker.call(sync_detailed, record_uri=record_uri, unit=unit),
        )


class AsyncExtentCalculatorNamespace(AsyncNamespace):
    """The extent of a resource or archival object, calculated from its containers' profiles. (asynchronous)"""

    async def run(
        self, *, record_uri: str, unit: str | Unset = UNSET
    ) -> ExtentCalculation:
        """Calculate the extent of a resource or archival object from its containers

        Adds up the container profiles of the distinct top containers that the record and everything
        below it point at. Containers without a profile are counted but add nothing.

        Args:
            record_uri: The URI of the resource or archival object.
            unit: The unit of the answer, `inches`, `feet`, `centimeters` or `meters`; by default
                the server's configured unit, or else the first container profile's.

        Returns:
            ExtentCalculation: The calculated extent.

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
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.extent_calculator.run(record_uri="...")
            ```
        """
        from .run_extent_calculator import asyncio_detailed

        return cast(
            "ExtentCalculation",
            await self._invoker.call(
                asyncio_detailed, record_uri=record_uri, unit=unit
            ),
        )
