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
        """Find the record a public-interface slug names"""
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
        """Find the record a public-interface slug names"""
        from .resolve_slug import asyncio_detailed

        return cast(
            "SlugLookup",
            await self._invoker.call(
                asyncio_detailed, slug=slug, controller=controller, action=action
            ),
        )
