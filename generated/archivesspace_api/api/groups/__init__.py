"""The `groups` namespace: The user groups of a repository and the permissions they grant."""

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
    from ...models.group import Group
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["GroupsNamespace", "AsyncGroupsNamespace"]


class GroupsNamespace(Namespace):
    """The user groups of a repository and the permissions they grant."""

    def list(
        self, *, repo_id: int, group_code: str | Unset = UNSET
    ) -> builtins.list[Group]:
        """List the groups of a repository"""
        from .list_groups import sync_detailed

        return cast(
            "builtins.list[Group]",
            self._invoker.call(sync_detailed, repo_id=repo_id, group_code=group_code),
        )

    def create(self, *, body: Group, repo_id: int) -> CreatedResponse:
        """Create a group"""
        from .create_group import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(self, *, repo_id: int, id: int, with_members: bool | Unset = True) -> Group:
        """Get a group"""
        from .get_group import sync_detailed

        return cast(
            "Group",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, with_members=with_members
            ),
        )

    def update(
        self, *, body: Group, repo_id: int, id: int, with_members: bool | Unset = True
    ) -> UpdatedResponse:
        """Update a group"""
        from .update_group import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed,
                body=body,
                repo_id=repo_id,
                id=id,
                with_members=with_members,
            ),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a group"""
        from .delete_group import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncGroupsNamespace(AsyncNamespace):
    """The user groups of a repository and the permissions they grant. (asynchronous)"""

    async def list(
        self, *, repo_id: int, group_code: str | Unset = UNSET
    ) -> builtins.list[Group]:
        """List the groups of a repository"""
        from .list_groups import asyncio_detailed

        return cast(
            "builtins.list[Group]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, group_code=group_code
            ),
        )

    async def create(self, *, body: Group, repo_id: int) -> CreatedResponse:
        """Create a group"""
        from .create_group import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, with_members: bool | Unset = True
    ) -> Group:
        """Get a group"""
        from .get_group import asyncio_detailed

        return cast(
            "Group",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, with_members=with_members
            ),
        )

    async def update(
        self, *, body: Group, repo_id: int, id: int, with_members: bool | Unset = True
    ) -> UpdatedResponse:
        """Update a group"""
        from .update_group import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                repo_id=repo_id,
                id=id,
                with_members=with_members,
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a group"""
        from .delete_group import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
