"""The `enumerations` namespace: The controlled value lists behind the editable ("dynamic") enumerated properties."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.enumeration import Enumeration
    from ...models.enumeration_migration import EnumerationMigration
    from ...models.error import Error
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["EnumerationsNamespace", "AsyncEnumerationsNamespace"]


class EnumerationsNamespace(Namespace):
    """The controlled value lists behind the editable ("dynamic") enumerated properties."""

    def list(self) -> builtins.list[Enumeration]:
        """List the enumerations"""
        from .list_enumerations import sync_detailed

        return cast("builtins.list[Enumeration]", self._invoker.call(sync_detailed))

    def create(self, *, body: Enumeration) -> CreatedResponse:
        """Create an enumeration"""
        from .create_enumeration import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def list_csv(self) -> File:
        """List the enumerations as CSV"""
        from .list_enumerations_csv import sync_detailed

        return cast("File", self._invoker.call(sync_detailed))

    def migrate_value(self, *, body: EnumerationMigration) -> UpdatedResponse:
        """Merge one enumeration value into another"""
        from .migrate_enumeration_value import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(self, *, enum_id: int) -> Enumeration:
        """Get an enumeration"""
        from .get_enumeration import sync_detailed

        return cast("Enumeration", self._invoker.call(sync_detailed, enum_id=enum_id))

    def update(self, *, body: Enumeration, enum_id: int) -> UpdatedResponse:
        """Update an enumeration"""
        from .update_enumeration import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, enum_id=enum_id),
        )

    def get_by_name(self, *, enum_name: str) -> Enumeration:
        """Get an enumeration by its name"""
        from .get_enumeration_by_name import sync_detailed

        return cast(
            "Enumeration", self._invoker.call(sync_detailed, enum_name=enum_name)
        )


class AsyncEnumerationsNamespace(AsyncNamespace):
    """The controlled value lists behind the editable ("dynamic") enumerated properties. (asynchronous)"""

    async def list(self) -> builtins.list[Enumeration]:
        """List the enumerations"""
        from .list_enumerations import asyncio_detailed

        return cast(
            "builtins.list[Enumeration]", await self._invoker.call(asyncio_detailed)
        )

    async def create(self, *, body: Enumeration) -> CreatedResponse:
        """Create an enumeration"""
        from .create_enumeration import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def list_csv(self) -> File:
        """List the enumerations as CSV"""
        from .list_enumerations_csv import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed))

    async def migrate_value(self, *, body: EnumerationMigration) -> UpdatedResponse:
        """Merge one enumeration value into another"""
        from .migrate_enumeration_value import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(self, *, enum_id: int) -> Enumeration:
        """Get an enumeration"""
        from .get_enumeration import asyncio_detailed

        return cast(
            "Enumeration", await self._invoker.call(asyncio_detailed, enum_id=enum_id)
        )

    async def update(self, *, body: Enumeration, enum_id: int) -> UpdatedResponse:
        """Update an enumeration"""
        from .update_enumeration import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, enum_id=enum_id),
        )

    async def get_by_name(self, *, enum_name: str) -> Enumeration:
        """Get an enumeration by its name"""
        from .get_enumeration_by_name import asyncio_detailed

        return cast(
            "Enumeration",
            await self._invoker.call(asyncio_detailed, enum_name=enum_name),
        )
