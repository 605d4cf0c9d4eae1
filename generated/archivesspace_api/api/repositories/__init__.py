"""The `repositories` namespace: Repositories, with or without the agent that represents them, their order, and wholesale transfers."""

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
    from ...models.repository import Repository
    from ...models.repository_with_agent import RepositoryWithAgent
    from ...models.status_response import StatusResponse
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["RepositoriesNamespace", "AsyncRepositoriesNamespace"]


class RepositoriesNamespace(Namespace):
    """Repositories, with or without the agent that represents them, their order, and wholesale transfers."""

    def list(
        self, *, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Repository]:
        """List the repositories"""
        from .list_repositories import sync_detailed

        return cast(
            "builtins.list[Repository]",
            self._invoker.call(sync_detailed, resolve=resolve),
        )

    def create(self, *, body: Repository) -> CreatedResponse:
        """Create a repository"""
        from .create_repository import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, repo_id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Repository:
        """Get a repository"""
        from .get_repository import sync_detailed

        return cast(
            "Repository",
            self._invoker.call(sync_detailed, repo_id=repo_id, resolve=resolve),
        )

    def update(self, *, body: Repository, repo_id: int) -> UpdatedResponse:
        """Update a repository"""
        from .update_repository import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def delete(self, *, repo_id: int) -> DeletedResponse:
        """Delete a repository"""
        from .delete_repository import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id)
        )

    def create_with_agent(self, *, body: RepositoryWithAgent) -> CreatedResponse:
        """Create a repository together with its agent"""
        from .create_repository_with_agent import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get_with_agent(self, *, id: int) -> RepositoryWithAgent:
        """Get a repository together with its agent"""
        from .get_repository_with_agent import sync_detailed

        return cast("RepositoryWithAgent", self._invoker.call(sync_detailed, id=id))

    def update_with_agent(
        self, *, body: RepositoryWithAgent, id: int
    ) -> UpdatedResponse:
        """Update a repository together with its agent"""
        from .update_repository_with_agent import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def update_position(self, *, repo_id: int, position: int) -> UpdatedResponse:
        """Move a repository in the list of repositories"""
        from .update_repository_position import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, repo_id=repo_id, position=position),
        )

    def transfer(self, *, repo_id: int, target_repo: str) -> StatusResponse:
        """Move every record of a repository to another repository"""
        from .transfer_repository import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, repo_id=repo_id, target_repo=target_repo),
        )


class AsyncRepositoriesNamespace(AsyncNamespace):
    """Repositories, with or without the agent that represents them, their order, and wholesale transfers. (asynchronous)"""

    async def list(
        self, *, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Repository]:
        """List the repositories"""
        from .list_repositories import asyncio_detailed

        return cast(
            "builtins.list[Repository]",
            await self._invoker.call(asyncio_detailed, resolve=resolve),
        )

    async def create(self, *, body: Repository) -> CreatedResponse:
        """Create a repository"""
        from .create_repository import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, repo_id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Repository:
        """Get a repository"""
        from .get_repository import asyncio_detailed

        return cast(
            "Repository",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, resolve=resolve
            ),
        )

    async def update(self, *, body: Repository, repo_id: int) -> UpdatedResponse:
        """Update a repository"""
        from .update_repository import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def delete(self, *, repo_id: int) -> DeletedResponse:
        """Delete a repository"""
        from .delete_repository import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def create_with_agent(self, *, body: RepositoryWithAgent) -> CreatedResponse:
        """Create a repository together with its agent"""
        from .create_repository_with_agent import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get_with_agent(self, *, id: int) -> RepositoryWithAgent:
        """Get a repository together with its agent"""
        from .get_repository_with_agent import asyncio_detailed

        return cast(
            "RepositoryWithAgent", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def update_with_agent(
        self, *, body: RepositoryWithAgent, id: int
    ) -> UpdatedResponse:
        """Update a repository together with its agent"""
        from .update_repository_with_agent import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def update_position(self, *, repo_id: int, position: int) -> UpdatedResponse:
        """Move a repository in the list of repositories"""
        from .update_repository_position import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, position=position
            ),
        )

    async def transfer(self, *, repo_id: int, target_repo: str) -> StatusResponse:
        """Move every record of a repository to another repository"""
        from .transfer_repository import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, target_repo=target_repo
            ),
        )
