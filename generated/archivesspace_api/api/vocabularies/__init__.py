"""The `vocabularies` namespace: Vocabularies and the terms they hold."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.error import Error
    from ...models.term import Term
    from ...models.updated_response import UpdatedResponse
    from ...models.vocabulary import Vocabulary
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["VocabulariesNamespace", "AsyncVocabulariesNamespace"]


class VocabulariesNamespace(Namespace):
    """Vocabularies and the terms they hold."""

    def list(self, *, ref_id: str | Unset = UNSET) -> builtins.list[Vocabulary]:
        """List vocabularies"""
        from .list_vocabularies import sync_detailed

        return cast(
            "builtins.list[Vocabulary]",
            self._invoker.call(sync_detailed, ref_id=ref_id),
        )

    def create(self, *, body: Vocabulary) -> CreatedResponse:
        """Create a vocabulary"""
        from .create_vocabulary import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(self, *, id: int) -> Vocabulary:
        """Get a vocabulary"""
        from .get_vocabulary import sync_detailed

        return cast("Vocabulary", self._invoker.call(sync_detailed, id=id))

    def update(self, *, body: Vocabulary, id: int) -> UpdatedResponse:
        """Update a vocabulary"""
        from .update_vocabulary import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def list_terms(self, *, id: int) -> builtins.list[Term]:
        """List the terms of a vocabulary"""
        from .list_vocabulary_terms import sync_detailed

        return cast("builtins.list[Term]", self._invoker.call(sync_detailed, id=id))


class AsyncVocabulariesNamespace(AsyncNamespace):
    """Vocabularies and the terms they hold. (asynchronous)"""

    async def list(self, *, ref_id: str | Unset = UNSET) -> builtins.list[Vocabulary]:
        """List vocabularies"""
        from .list_vocabularies import asyncio_detailed

        return cast(
            "builtins.list[Vocabulary]",
            await self._invoker.call(asyncio_detailed, ref_id=ref_id),
        )

    async def create(self, *, body: Vocabulary) -> CreatedResponse:
        """Create a vocabulary"""
        from .create_vocabulary import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(self, *, id: int) -> Vocabulary:
        """Get a vocabulary"""
        from .get_vocabulary import asyncio_detailed

        return cast("Vocabulary", await self._invoker.call(asyncio_detailed, id=id))

    async def update(self, *, body: Vocabulary, id: int) -> UpdatedResponse:
        """Update a vocabulary"""
        from .update_vocabulary import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def list_terms(self, *, id: int) -> builtins.list[Term]:
        """List the terms of a vocabulary"""
        from .list_vocabulary_terms import asyncio_detailed

        return cast(
            "builtins.list[Term]", await self._invoker.call(asyncio_detailed, id=id)
        )
