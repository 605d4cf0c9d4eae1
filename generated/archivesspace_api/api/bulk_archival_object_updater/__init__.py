"""The `bulk_archival_object_updater` namespace: The spreadsheet round trip for editing many archival objects of a resource at once: generate the
workbook here, load it back with a `bulk_archival_object_updater_job`."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.bulk_updater_tree import BulkUpdaterTree
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "BulkArchivalObjectUpdaterNamespace",
    "AsyncBulkArchivalObjectUpdaterNamespace",
]


class BulkArchivalObjectUpdaterNamespace(Namespace):
    """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
    workbook here, load it back with a `bulk_archival_object_updater_job`."""

    def generate_spreadsheet(
        self,
        *,
        uri: str,
        resource_uri: str,
        repo_id: int | None = None,
        min_subrecords: int | Unset = 0,
        extra_subrecords: int | Unset = 3,
        min_notes: int | Unset = 2,
        selected_columns: builtins.list[str] | Unset = UNSET,
    ) -> File:
        """Generate a spreadsheet for bulk-updating archival objects

        An Excel workbook with one row per chosen archival object of a resource and columns for its
        fields and subrecords, to edit and load back with a `bulk_archival_object_updater_job`.
        `min_subrecords`, `extra_subrecords` and `min_notes` set how many column groups repeatable
        subrecords and notes get (the extra ones are left empty for new entries). Takes no body; all
        values go in the query string.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            uri: The JSON text of an array of the URIs of the archival objects to include.
            resource_uri: The URI of the resource the archival objects belong to.
            min_subrecords: The least number of column groups for each kind of subrecord.
            extra_subrecords: How many empty column groups to add for each kind of subrecord, for
                new entries.
            min_notes: The least number of column groups for each kind of note.
            selected_columns: The columns to include; all when left out.

        Returns:
            File: The workbook (sent as an attachment).

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
            aspace.bulk_archival_object_updater.generate_spreadsheet(repo_id=2, uri="...", resource_uri="...")
            ```
        """
        from .generate_bulk_archival_object_updater_spreadsheet import sync_detailed

        return cast(
            "File",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                uri=uri,
                resource_uri=resource_uri,
                min_subrecords=min_subrecords,
                extra_subrecords=extra_subrecords,
                min_notes=min_notes,
                selected_columns=selected_columns,
            ),
        )

    def get_small_tree(self, *, id: int, repo_id: int | None = None) -> BulkUpdaterTree:
        """Get a resource's whole archival object tree in compact form

        The whole tree of the resource (`id` is the resource's id) in one answer, each archival
        object with its title, URI, ref_id, component id and containers: what the bulk updater shows
        to choose the records of a spreadsheet.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            BulkUpdaterTree: The compact tree.

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
            aspace.bulk_archival_object_updater.get_small_tree(repo_id=2, id=1)
            ```
        """
        from .get_bulk_archival_object_updater_small_tree import sync_detailed

        return cast(
            "BulkUpdaterTree", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncBulkArchivalObjectUpdaterNamespace(AsyncNamespace):
    """The spreadsheet round trip for editing many archival objects of a resource at once: generate the
    workbook here, load it back with a `bulk_archival_object_updater_job`. (asynchronous)"""

    async def generate_spreadsheet(
        self,
        *,
        uri: str,
        resource_uri: str,
        repo_id: int | None = None,
        min_subrecords: int | Unset = 0,
        extra_subrecords: int | Unset = 3,
        min_notes: int | Unset = 2,
        selected_columns: builtins.list[str] | Unset = UNSET,
    ) -> File:
        """Generate a spreadsheet for bulk-updating archival objects

        An Excel workbook with one row per chosen archival object of a resource and columns for its
        fields and subrecords, to edit and load back with a `bulk_archival_object_updater_job`.
        `min_subrecords`, `extra_subrecords` and `min_notes` set how many column groups repeatable
        subrecords and notes get (the extra ones are left empty for new entries). Takes no body; all
        values go in the query string.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            uri: The JSON text of an array of the URIs of the archival objects to include.
            resource_uri: The URI of the resource the archival objects belong to.
            min_subrecords: The least number of column groups for each kind of subrecord.
            extra_subrecords: How many empty column groups to add for each kind of subrecord, for
                new entries.
            min_notes: The least number of column groups for each kind of note.
            selected_columns: The columns to include; all when left out.

        Returns:
            File: The workbook (sent as an attachment).

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
            await aspace.bulk_archival_object_updater.generate_spreadsheet(repo_id=2, uri="...", resource_uri="...")
            ```
        """
        from .generate_bulk_archival_object_updater_spreadsheet import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                uri=uri,
                resource_uri=resource_uri,
                min_subrecords=min_subrecords,
                extra_subrecords=extra_subrecords,
                min_notes=min_notes,
                selected_columns=selected_columns,
            ),
        )

    async def get_small_tree(
        self, *, id: int, repo_id: int | None = None
    ) -> BulkUpdaterTree:
        """Get a resource's whole archival object tree in compact form

        The whole tree of the resource (`id` is the resource's id) in one answer, each archival
        object with its title, URI, ref_id, component id and containers: what the bulk updater shows
        to choose the records of a spreadsheet.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            BulkUpdaterTree: The compact tree.

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
            await aspace.bulk_archival_object_updater.get_small_tree(repo_id=2, id=1)
            ```
        """
        from .get_bulk_archival_object_updater_small_tree import asyncio_detailed

        return cast(
            "BulkUpdaterTree",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
