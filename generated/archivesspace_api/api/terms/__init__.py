"""The `terms` namespace: Finding subject terms by prefix."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.term import Term
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["TermsNamespace", "AsyncTermsNamespace"]


class TermsNamespace(Namespace):
    """Finding subject terms by prefix."""

    def search(self, *, q: str) -> builtins.list[Term]:
        """Find terms by prefix

        Up to 20 terms, of any vocabulary, whose text starts with `q` (case-insensitive; `%` is
        stripped). Meant for autocompletion.

        Args:
            q: The prefix to match.

        Returns:
            builtins.list[Term]: The matching terms (at most 20).

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.terms.search(q="...")
            ```
        """
        from .search_terms import sync_detailed

        return cast("builtins.list[Term]", self._invoker.call(sync_detailed, q=q))


class AsyncTermsNamespace(AsyncNamespace):
    """Finding subject terms by prefix. (asynchronous)"""

    async def search(self, *, q: str) -> builtins.list[Term]:
        """Find terms by prefix

        Up to 20 terms, of any vocabulary, whose text starts with `q` (case-insensitive; `%` is
        stripped). Meant for autocompletion.

        Args:
            q: The prefix to match.

        Returns:
            builtins.list[Term]: The matching terms (at most 20).

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.terms.search(q="...")
            ```
        """
        from .search_terms import asyncio_detailed

        return cast(
            "builtins.list[Term]", await self._invoker.call(asyncio_detailed, q=q)
        )
