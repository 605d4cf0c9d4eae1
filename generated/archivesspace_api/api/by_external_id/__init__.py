"""The `by_external_id` namespace: Finding records by the external ids they carry."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ByExternalIdNamespace", "AsyncByExternalIdNamespace"]


class ByExternalIdNamespace(Namespace):
    """Finding records by the external ids they carry."""

    def find(self, *, eid: str, type: builtins.list[str] | Unset = UNSET) -> None:
        """Find the records that carry an external id

        Looks `eid` up among the records' external ids. One match answers a 303 redirect whose
        `Location` is the record's URI (an HTTP client that follows redirects gets the record
        itself); several matches answer 300 with the list of their URIs; none answers 404 (with the
        body `[]`). Suppressed records are only found by sessions that may see them.

        Args:
            eid: The external id to look for (matched exactly).
            type: Only records of these JSONModel types (`resource`, `accession`, `agent_person`,
                ...), for ids that different kinds of record may share. Sent as repeated `type[]=`
                keys.

        Returns:
            None

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
            aspace.by_external_id.find(eid="...")
            ```
        """
        from .find_by_external_id import sync_detailed

        return cast("None", self._invoker.call(sync_detailed, eid=eid, type=type))


class AsyncByExternalIdNamespace(AsyncNamespace):
    """Finding records by the external ids they carry. (asynchronous)"""

    async def find(self, *, eid: str, type: builtins.list[str] | Unset = UNSET) -> None:
        """Find the records that carry an external id

        Looks `eid` up among the records' external ids. One match answers a 303 redirect whose
        `Location` is the record's URI (an HTTP client that follows redirects gets the record
        itself); several matches answer 300 with the list of their URIs; none answers 404 (with the
        body `[]`). Suppressed records are only found by sessions that may see them.

        Args:
            eid: The external id to look for (matched exactly).
            type: Only records of these JSONModel types (`resource`, `accession`, `agent_person`,
                ...), for ids that different kinds of record may share. Sent as repeated `type[]=`
                keys.

        Returns:
            None

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
            await aspace.by_external_id.find(eid="...")
            ```
        """
        from .find_by_external_id import asyncio_detailed

        return cast(
            "None", await self._invoker.call(asyncio_detailed, eid=eid, type=type)
        )
