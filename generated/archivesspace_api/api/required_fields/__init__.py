"""The `required_fields` namespace: Extra required subrecords and fields a repository sets for agent records."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.required_fields import RequiredFields
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["RequiredFieldsNamespace", "AsyncRequiredFieldsNamespace"]


class RequiredFieldsNamespace(Namespace):
    """Extra required subrecords and fields a repository sets for agent records."""

    def get(self, *, repo_id: int, record_type: str) -> RequiredFields:
        """Get a repository's required fields for an agent type"""
        from .get_required_fields import sync_detailed

        return cast(
            "RequiredFields",
            self._invoker.call(sync_detailed, repo_id=repo_id, record_type=record_type),
        )

    def update(
        self, *, body: RequiredFields, repo_id: int, record_type: str
    ) -> UpdatedResponse:
        """Save a repository's required fields for an agent type"""
        from .update_required_fields import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )


class AsyncRequiredFieldsNamespace(AsyncNamespace):
    """Extra required subrecords and fields a repository sets for agent records. (asynchronous)"""

    async def get(self, *, repo_id: int, record_type: str) -> RequiredFields:
        """Get a repository's required fields for an agent type"""
        from .get_required_fields import asyncio_detailed

        return cast(
            "RequiredFields",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, record_type=record_type
            ),
        )

    async def update(
        self, *, body: RequiredFields, repo_id: int, record_type: str
    ) -> UpdatedResponse:
        """Save a repository's required fields for an agent type"""
        from .update_required_fields import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )
