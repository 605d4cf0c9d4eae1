"""The `slug` namespace: Look-ups of public-interface slugs."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.slug_lookup import SlugLookup
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SlugNamespace", "AsyncSlugNamespace"]


class SlugNamespace(Namespace):
    """Look-ups of public-interface slugs."""

    def resolve(self, *, slug: str, controller: str, action: str) -> SlugLookup:
        """Find the record a public-interface slug names

        Looks up the record behind a slug of the public interface, as a public-interface route would
        (`controller` and `action` say which kind of record the route shows). All three parameters
        are required.

        Args:
            slug: The slug (the last part of a public URL).
            controller: The public-interface controller the route belongs to.
            action: The public-interface action the route calls.

        Returns:
            SlugLookup: The record found (`id` is -1 when none).

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
            aspace.slug.resolve(slug="...", controller="...", action="...")
            ```
        """
        from .resolve_slug import sync_detailed

        return cast(
            "SlugLookup",
            self._invoker.call(
                sync_detailed, slug=slug, controller=controller, action=action
            ),
        )


class AsyncSlugNamespace(AsyncNamespace):
    """Look-ups of public-interface slugs. (asynchronous)"""

    async def resolve(self, *, slug: str, controller: str, action: str) -> SlugLookup:
        """Find the record a public-interface slug names

        Looks up the record behind a slug of the public interface, as a public-interface route would
        (`controller` and `action` say which kind of record the route shows). All three parameters
        are required.

        Args:
            slug: The slug (the last part of a public URL).
            controller: The public-interface controller the route belongs to.
            action: The public-interface action the route calls.

        Returns:
            SlugLookup: The record found (`id` is -1 when none).

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
            await aspace.slug.resolve(slug="...", controller="...", action="...")
            ```
        """
        from .resolve_slug import asyncio_detailed

        return cast(
            "SlugLookup",
            await self._invoker.call(
                asyncio_detailed, slug=slug, controller=controller, action=action
            ),
        )
