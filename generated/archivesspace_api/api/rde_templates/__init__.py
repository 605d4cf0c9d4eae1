"""The `rde_templates` namespace: Saved layouts of the Rapid Data Entry form."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.rde_template import RdeTemplate
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["RdeTemplatesNamespace", "AsyncRdeTemplatesNamespace"]


class RdeTemplatesNamespace(Namespace):
    """Saved layouts of the Rapid Data Entry form."""

    def list(self, *, repo_id: int) -> builtins.list[RdeTemplate]:
        """List the RDE templates of a repository"""
        from .list_rde_templates import sync_detailed

        return cast(
            "builtins.list[RdeTemplate]",
            self._invoker.call(sync_detailed, repo_id=repo_id),
        )

    def create(self, *, body: RdeTemplate, repo_id: int) -> CreatedResponse:
        """Create an RDE template"""
        from .create_rde_template import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(self, *, repo_id: int, id: int) -> RdeTemplate:
        """Get an RDE template"""
        from .get_rde_template import sync_detailed

        return cast(
            "RdeTemplate", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an RDE template"""
        from .delete_rde_template import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncRdeTemplatesNamespace(AsyncNamespace):
    """Saved layouts of the Rapid Data Entry form. (asynchronous)"""

    async def list(self, *, repo_id: int) -> builtins.list[RdeTemplate]:
        """List the RDE templates of a repository"""
        from .list_rde_templates import asyncio_detailed

        return cast(
            "builtins.list[RdeTemplate]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def create(self, *, body: RdeTemplate, repo_id: int) -> CreatedResponse:
        """Create an RDE template"""
        from .create_rde_template import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(self, *, repo_id: int, id: int) -> RdeTemplate:
        """Get an RDE template"""
        from .get_rde_template import asyncio_detailed

        return cast(
            "RdeTemplate",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an RDE template"""
        from .delete_rde_template import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
