"""The `enumeration_values` namespace: The single values of the enumerations."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.enumeration_value import EnumerationValue
    from ...models.error import Error
    from ...models.suppressed_response import SuppressedResponse
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["EnumerationValuesNamespace", "AsyncEnumerationValuesNamespace"]


class EnumerationValuesNamespace(Namespace):
    """The single values of the enumerations."""

    def get(self, *, enum_val_id: int) -> EnumerationValue:
        """Get an enumeration value"""
        from .get_enumeration_value import sync_detailed

        return cast(
            "EnumerationValue",
            self._invoker.call(sync_detailed, enum_val_id=enum_val_id),
        )

    def update(self, *, body: EnumerationValue, enum_val_id: int) -> UpdatedResponse:
        """Update an enumeration value"""
        from .update_enumeration_value import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, enum_val_id=enum_val_id),
        )

    def update_position(self, *, enum_val_id: int, position: int) -> UpdatedResponse:
        """Move an enumeration value within its list"""
        from .update_enumeration_value_position import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, enum_val_id=enum_val_id, position=position
            ),
        )

    def suppress(self, *, enum_val_id: int, suppressed: bool) -> SuppressedResponse:
        """Suppress or unsuppress an enumeration value"""
        from .suppress_enumeration_value import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, enum_val_id=enum_val_id, suppressed=suppressed
            ),
        )


class AsyncEnumerationValuesNamespace(AsyncNamespace):
    """The single values of the enumerations. (asynchronous)"""

    async def get(self, *, enum_val_id: int) -> EnumerationValue:
        """Get an enumeration value"""
        from .get_enumeration_value import asyncio_detailed

        return cast(
            "EnumerationValue",
            await self._invoker.call(asyncio_detailed, enum_val_id=enum_val_id),
        )

    async def update(
        self, *, body: EnumerationValue, enum_val_id: int
    ) -> UpdatedResponse:
        """Update an enumeration value"""
        from .update_enumeration_value import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, enum_val_id=enum_val_id
            ),
        )

    async def update_position(
        self, *, enum_val_id: int, position: int
    ) -> UpdatedResponse:
        """Move an enumeration value within its list"""
        from .update_enumeration_value_position import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, enum_val_id=enum_val_id, position=position
            ),
        )

    async def suppress(
        self, *, enum_val_id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress an enumeration value"""
        from .suppress_enumeration_value import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, enum_val_id=enum_val_id, suppressed=suppressed
            ),
        )
