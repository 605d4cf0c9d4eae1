"""The `oai` namespace: The OAI-PMH provider."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.get_oai_verb import GetOaiVerb, check_get_oai_verb
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["OaiNamespace", "AsyncOaiNamespace"]


class OaiNamespace(Namespace):
    """The OAI-PMH provider."""

    def get(
        self,
        *,
        verb: GetOaiVerb,
        metadata_prefix: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        until: str | Unset = UNSET,
        resumption_token: str | Unset = UNSET,
        set: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
    ) -> str:
        """Answer an OAI-PMH request

        The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to
        `verb` and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no
        records) come back as OAI error elements in a 200 answer. Needs no session.

        Args:
            verb: The OAI-PMH verb.
            metadata_prefix: The metadata format, one answered by `verb=ListMetadataFormats`
                (`oai_dc`, `oai_dcterms`, `oai_ead`, `oai_marc`, `oai_mods`); required with
                ListIdentifiers, ListRecords and GetRecord unless resuming.
            from_: Only records changed at or after this date (`yyyy-mm-dd` or
                `yyyy-mm-ddThh:mm:ssZ`).
            until: Only records changed at or before this date (`yyyy-mm-dd` or
                `yyyy-mm-ddThh:mm:ssZ`).
            resumption_token: The token from the previous answer, to get the next part of a long
                list (send it alone).
            set: Only records of this set (`verb=ListSets` answers the sets).
            identifier: The OAI identifier of the record wanted by `verb=GetRecord`.

        Returns:
            str: The OAI-PMH answer, an XML document.

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
            aspace.oai.get(verb=...)
            ```
        """
        from .get_oai import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed,
                verb=verb,
                metadata_prefix=metadata_prefix,
                from_=from_,
                until=until,
                resumption_token=resumption_token,
                set=set,
                identifier=identifier,
            ),
        )

    def get_sample(self) -> str:
        """Get an HTML page of sample OAI-PMH requests

        A form for trying the provider's verbs in a browser. Needs no session.

        Returns:
            str: The HTML page.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.oai.get_sample()
            ```
        """
        from .get_oai_sample import sync_detailed

        return cast("str", self._invoker.call(sync_detailed))


class AsyncOaiNamespace(AsyncNamespace):
    """The OAI-PMH provider. (asynchronous)"""

    async def get(
        self,
        *,
        verb: GetOaiVerb,
        metadata_prefix: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        until: str | Unset = UNSET,
        resumption_token: str | Unset = UNSET,
        set: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
    ) -> str:
        """Answer an OAI-PMH request

        The OAI-PMH 2.0 provider: published records as Dublin Core, EAD, MARC, MODS... according to
        `verb` and its arguments. Errors of the protocol (a bad verb, a bad resumption token, no
        records) come back as OAI error elements in a 200 answer. Needs no session.

        Args:
            verb: The OAI-PMH verb.
            metadata_prefix: The metadata format, one answered by `verb=ListMetadataFormats`
                (`oai_dc`, `oai_dcterms`, `oai_ead`, `oai_marc`, `oai_mods`); required with
                ListIdentifiers, ListRecords and GetRecord unless resuming.
            from_: Only records changed at or after this date (`yyyy-mm-dd` or
                `yyyy-mm-ddThh:mm:ssZ`).
            until: Only records changed at or before this date (`yyyy-mm-dd` or
                `yyyy-mm-ddThh:mm:ssZ`).
            resumption_token: The token from the previous answer, to get the next part of a long
                list (send it alone).
            set: Only records of this set (`verb=ListSets` answers the sets).
            identifier: The OAI identifier of the record wanted by `verb=GetRecord`.

        Returns:
            str: The OAI-PMH answer, an XML document.

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
            await aspace.oai.get(verb=...)
            ```
        """
        from .get_oai import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed,
                verb=verb,
                metadata_prefix=metadata_prefix,
                from_=from_,
                until=until,
                resumption_token=resumption_token,
                set=set,
                identifier=identifier,
            ),
        )

    async def get_sample(self) -> str:
        """Get an HTML page of sample OAI-PMH requests

        A form for trying the provider's verbs in a browser. Needs no session.

        Returns:
            str: The HTML page.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.oai.get_sample()
            ```
        """
        from .get_oai_sample import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed))
