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
            ValidationError: 400: The request or the record is invalid. `error` maps each field (or
                parameter) to its messages; `warning` holds non-fatal messages in the same shape.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record or route. Records answer JSON; unknown routes answer
                an HTML page.
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
            ValidationError: 400: The request or the record is invalid. `error` maps each field (or
                parameter) to its messages; `warning` holds non-fatal messages in the same shape.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record or route. Records answer JSON; unknown routes answer
                an HTML page.
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
