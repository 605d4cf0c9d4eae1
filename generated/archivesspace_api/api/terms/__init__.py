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
        """Find terms by prefix"""
        from .search_terms import sync_detailed

        return cast("builtins.list[Term]", self._invoker.call(sync_detailed, q=q))


class AsyncTermsNamespace(AsyncNamespace):
    """Finding subject terms by prefix. (asynchronous)"""

    async def search(self, *, q: str) -> builtins.list[Term]:
        """Find terms by prefix"""
        from .search_terms import asyncio_detailed

        return cast(
            "builtins.list[Term]", await self._invoker.call(asyncio_detailed, q=q)
        )
