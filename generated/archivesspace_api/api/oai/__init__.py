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
        set_: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
    ) -> str:
        """Answer an OAI-PMH request"""
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
                set_=set_,
                identifier=identifier,
            ),
        )

    def get_sample(self) -> str:
        """Get an HTML page of sample OAI-PMH requests"""
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
        set_: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
    ) -> str:
        """Answer an OAI-PMH request"""
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
                set_=set_,
                identifier=identifier,
            ),
        )

    async def get_sample(self) -> str:
        """Get an HTML page of sample OAI-PMH requests"""
        from .get_oai_sample import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed))
