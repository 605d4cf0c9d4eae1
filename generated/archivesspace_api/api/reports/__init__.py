"""The `reports` namespace: The reports a server can run (as report jobs), the fields custom reports can use, report assets."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.custom_report_options import CustomReportOptions
    from ...models.error import Error
    from ...models.report_list import ReportList
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ReportsNamespace", "AsyncReportsNamespace"]


class ReportsNamespace(Namespace):
    """The reports a server can run (as report jobs), the fields custom reports can use, report assets."""

    def list(self) -> ReportList:
        """List the reports the server can run

        Every registered report with its parameters, and the output formats. Run one by queueing a
        `report_job` with the report's code as `report_type`.

        Returns:
            ReportList: The reports and formats.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.reports.list()
            ```
        """
        from .list_reports import sync_detailed

        return cast("ReportList", self._invoker.call(sync_detailed))

    def get_static_asset(self, *, splat: str) -> File:
        """Get a static asset of the report templates

        A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the
        asset's path is the part of the URL after `/reports/static/` (a Sinatra splat), which this
        description cannot template: the `splat` query parameter is what the server declares, but
        the asset is found from the URL's path. The file is served with the content type of its
        extension.

        Args:
            splat: The asset's path below the report assets folder.

        Returns:
            File: The asset's bytes.

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
            aspace.reports.get_static_asset(splat="...")
            ```
        """
        from .get_report_static_asset import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, splat=splat))

    def get_custom_data(self) -> CustomReportOptions:
        """List what custom reports can use

        For each record type a custom report can cover, the fields it can include, narrow or sort
        by, and the subreports it can add; the key `global` holds the fields every record type has.
        Custom report templates are built from these.

        Returns:
            CustomReportOptions: The options, keyed by record type.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.reports.get_custom_data()
            ```
        """
        from .get_report_custom_data import sync_detailed

        return cast("CustomReportOptions", self._invoker.call(sync_detailed))


class AsyncReportsNamespace(AsyncNamespace):
    """The reports a server can run (as report jobs), the fields custom reports can use, report assets. (asynchronous)"""

    async def list(self) -> ReportList:
        """List the reports the server can run

        Every registered report with its parameters, and the output formats. Run one by queueing a
        `report_job` with the report's code as `report_type`.

        Returns:
            ReportList: The reports and formats.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.reports.list()
            ```
        """
        from .list_reports import asyncio_detailed

        return cast("ReportList", await self._invoker.call(asyncio_detailed))

    async def get_static_asset(self, *, splat: str) -> File:
        """Get a static asset of the report templates

        A file (style sheet, image, font) that HTML and PDF reports refer to. On the wire the
        asset's path is the part of the URL after `/reports/static/` (a Sinatra splat), which this
        description cannot template: the `splat` query parameter is what the server declares, but
        the asset is found from the URL's path. The file is served with the content type of its
        extension.

        Args:
            splat: The asset's path below the report assets folder.

        Returns:
            File: The asset's bytes.

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
            await aspace.reports.get_static_asset(splat="...")
            ```
        """
        from .get_report_static_asset import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, splat=splat))

    async def get_custom_data(self) -> CustomReportOptions:
        """List what custom reports can use

        For each record type a custom report can cover, the fields it can include, narrow or sort
        by, and the subreports it can add; the key `global` holds the fields every record type has.
        Custom report templates are built from these.

        Returns:
            CustomReportOptions: The options, keyed by record type.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.reports.get_custom_data()
            ```
        """
        from .get_report_custom_data import asyncio_detailed

        return cast("CustomReportOptions", await self._invoker.call(asyncio_detailed))
