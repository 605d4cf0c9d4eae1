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

    def find(self, *, eid: str, type_: builtins.list[str] | Unset = UNSET) -> None:
        """Find the records that carry an external id"""
        from .find_by_external_id import sync_detailed

        return cast("None", self._invoker.call(sync_detailed, eid=eid, type_=type_))


class AsyncByExternalIdNamespace(AsyncNamespace):
    """Finding records by the external ids they carry. (asynchronous)"""

    async def find(
        self, *, eid: str, type_: builtins.list[str] | Unset = UNSET
    ) -> None:
        """Find the records that carry an external id"""
        from .find_by_external_id import asyncio_detailed

        return cast(
            "None", await self._invoker.call(asyncio_detailed, eid=eid, type_=type_)
        )
