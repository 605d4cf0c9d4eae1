"""The `date_calculator` namespace: The date range of a resource or archival object, calculated from its tree's dates."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.date_calculation import DateCalculation
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DateCalculatorNamespace", "AsyncDateCalculatorNamespace"]


class DateCalculatorNamespace(Namespace):
    """The date range of a resource or archival object, calculated from its tree's dates."""

    def run(self, *, record_uri: str, label: str | Unset = UNSET) -> DateCalculation:
        """Calculate the date range of a resource or archival object

        Finds the earliest begin date and the latest end date among the dates of the record and
        everything below it. Needs view access to the record's repository.

        Args:
            record_uri: The URI of the resource or archival object.
            label: Only dates with this label (enumeration `date_label`, such as `creation`).

        Returns:
            DateCalculation: The calculated date range.

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
            aspace.date_calculator.run(record_uri="...")
            ```
        """
        from .run_date_calculator import sync_detailed

        return cast(
            "DateCalculation",
            self._invoker.call(sync_detailed, record_uri=record_uri, label=label),
        )


class AsyncDateCalculatorNamespace(AsyncNamespace):
    """The date range of a resource or archival object, calculated from its tree's dates. (asynchronous)"""

    async def run(
        self, *, record_uri: str, label: str | Unset = UNSET
    ) -> DateCalculation:
        """Calculate the date range of a resource or archival object

        Finds the earliest begin date and the latest end date among the dates of the record and
        everything below it. Needs view access to the record's repository.

        Args:
            record_uri: The URI of the resource or archival object.
            label: Only dates with this label (enumeration `date_label`, such as `creation`).

        Returns:
            DateCalculation: The calculated date range.

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
            await aspace.date_calculator.run(record_uri="...")
            ```
        """
        from .run_date_calculator import asyncio_detailed

        return cast(
            "DateCalculation",
            await self._invoker.call(
                asyncio_detailed, record_uri=record_uri, label=label
            ),
        )
