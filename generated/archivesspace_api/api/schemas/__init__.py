"""The `schemas` namespace: The JSONModel schemas as the server serves them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.json_model_schema import JsonModelSchema
    from ...models.json_model_schemas import JsonModelSchemas
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SchemasNamespace", "AsyncSchemasNamespace"]


class SchemasNamespace(Namespace):
    """The JSONModel schemas as the server serves them."""

    def list(self) -> JsonModelSchemas:
        """Get every JSONModel schema as served

        The JSON schemas of every record type, including plugin extensions, keyed by name; useful to
        check a client against a live server. The schemas are in ArchivesSpace's draft-03 dialect.

        Returns:
            JsonModelSchemas: The schemas, keyed by JSONModel name.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.schemas.list()
            ```
        """
        from .list_schemas import sync_detailed

        return cast("JsonModelSchemas", self._invoker.call(sync_detailed))

    def get(self, *, schema: str) -> JsonModelSchema:
        """Get one JSONModel schema as served

        Args:
            schema: The JSONModel name of the schema.

        Returns:
            JsonModelSchema: The schema, in ArchivesSpace's draft-03 dialect.

        Raises:
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
            aspace.schemas.get(schema="...")
            ```
        """
        from .get_schema import sync_detailed

        return cast("JsonModelSchema", self._invoker.call(sync_detailed, schema=schema))


class AsyncSchemasNamespace(AsyncNamespace):
    """The JSONModel schemas as the server serves them. (asynchronous)"""

    async def list(self) -> JsonModelSchemas:
        """Get every JSONModel schema as served

        The JSON schemas of every record type, including plugin extensions, keyed by name; useful to
        check a client against a live server. The schemas are in ArchivesSpace's draft-03 dialect.

        Returns:
            JsonModelSchemas: The schemas, keyed by JSONModel name.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.schemas.list()
            ```
        """
        from .list_schemas import asyncio_detailed

        return cast("JsonModelSchemas", await self._invoker.call(asyncio_detailed))

    async def get(self, *, schema: str) -> JsonModelSchema:
        """Get one JSONModel schema as served

        Args:
            schema: The JSONModel name of the schema.

        Returns:
            JsonModelSchema: The schema, in ArchivesSpace's draft-03 dialect.

        Raises:
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
            await aspace.schemas.get(schema="...")
            ```
        """
        from .get_schema import asyncio_detailed

        return cast(
            "JsonModelSchema", await self._invoker.call(asyncio_detailed, schema=schema)
        )
