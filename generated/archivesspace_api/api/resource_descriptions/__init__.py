"""The `resource_descriptions` namespace: EAD finding aids of resources (EAD 2002 or EAD3)."""

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
    from ...models.resource_export_metadata import ResourceExportMetadata
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ResourceDescriptionsNamespace", "AsyncResourceDescriptionsNamespace"]


class ResourceDescriptionsNamespace(Namespace):
    """EAD finding aids of resources (EAD 2002 or EAD3)."""

    def export(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        include_unpublished: bool | Unset = UNSET,
        include_daos: bool | Unset = UNSET,
        include_uris: bool | Unset = UNSET,
        numbered_cs: bool | Unset = UNSET,
        ead3: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as an EAD finding aid

        The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is
        streamed, so a large finding aid can take a while.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            include_unpublished: Include unpublished records and notes (default false).
            include_daos: Include linked digital objects as `<dao>` elements (default false).
            include_uris: Include `<unitid>` elements holding the records' ArchivesSpace URIs.
            numbered_cs: Use numbered components (`<c01>`, `<c02>`...) instead of `<c>` (default
                false).
            ead3: Export EAD3 instead of EAD 2002 (default false).

        Returns:
            File: The EAD document.

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
            aspace.resource_descriptions.export(repo_id=2, id=1)
            ```
        """
        from .export_resource_description import sync_detailed

        return cast(
            "File",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished=include_unpublished,
                include_daos=include_daos,
                include_uris=include_uris,
                numbered_cs=numbered_cs,
                ead3=ead3,
            ),
        )

    def get_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's EAD export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension; it becomes the file name's extension and the media
                type's subtype.

        Returns:
            ResourceExportMetadata: The export's file name and media type (`application/<fmt>`).

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
            aspace.resource_descriptions.get_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_resource_description_metadata import sync_detailed

        return cast(
            "ResourceExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncResourceDescriptionsNamespace(AsyncNamespace):
    """EAD finding aids of resources (EAD 2002 or EAD3). (asynchronous)"""

    async def export(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        include_unpublished: bool | Unset = UNSET,
        include_daos: bool | Unset = UNSET,
        include_uris: bool | Unset = UNSET,
        numbered_cs: bool | Unset = UNSET,
        ead3: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as an EAD finding aid

        The resource and its whole tree as EAD 2002 XML, or EAD3 with `ead3=true`. The document is
        streamed, so a large finding aid can take a while.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            include_unpublished: Include unpublished records and notes (default false).
            include_daos: Include linked digital objects as `<dao>` elements (default false).
            include_uris: Include `<unitid>` elements holding the records' ArchivesSpace URIs.
            numbered_cs: Use numbered components (`<c01>`, `<c02>`...) instead of `<c>` (default
                false).
            ead3: Export EAD3 instead of EAD 2002 (default false).

        Returns:
            File: The EAD document.

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
            await aspace.resource_descriptions.export(repo_id=2, id=1)
            ```
        """
        from .export_resource_description import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished=include_unpublished,
                include_daos=include_daos,
                include_uris=include_uris,
                numbered_cs=numbered_cs,
                ead3=ead3,
            ),
        )

    async def get_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's EAD export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension; it becomes the file name's extension and the media
                type's subtype.

        Returns:
            ResourceExportMetadata: The export's file name and media type (`application/<fmt>`).

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
            await aspace.resource_descriptions.get_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_resource_description_metadata import asyncio_detailed

        return cast(
            "ResourceExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
