"""The `agents_software` namespace: Software agents, programs that acted on records."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.agent_software import AgentSoftware
    from ...models.agent_software_page import AgentSoftwarePage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_agents_software_sort_direction import (
        ListAgentsSoftwareSortDirection,
        check_list_agents_software_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AgentsSoftwareNamespace", "AsyncAgentsSoftwareNamespace"]


class AgentsSoftwareNamespace(Namespace):
    """Software agents, programs that acted on records."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[AgentSoftware]:
        """List software agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_software import sync_detailed

        return cast(
            "Pager[AgentSoftware]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List software agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_software import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[AgentSoftware]:
        """List software agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_software import sync_detailed

        return cast(
            "Iterator[AgentSoftware]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentSoftwarePage | builtins.list[AgentSoftware] | builtins.list[int]:
        """List software agents: one raw page, as the server answers it."""
        from .list_agents_software import sync_detailed

        return cast(
            "AgentSoftwarePage | builtins.list[AgentSoftware] | builtins.list[int]",
            self._invoker.call(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    def create(self, *, body: AgentSoftware) -> CreatedResponse:
        """Create a software agent"""
        from .create_agent_software import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentSoftware:
        """Get a software agent"""
        from .get_agent_software import sync_detailed

        return cast(
            "AgentSoftware", self._invoker.call(sync_detailed, id=id, resolve=resolve)
        )

    def update(self, *, body: AgentSoftware, id: int) -> UpdatedResponse:
        """Update a software agent"""
        from .update_agent_software import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a software agent"""
        from .delete_agent_software import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a software agent and all its sub-records"""
        from .publish_agent_software import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, id=id))


class AsyncAgentsSoftwareNamespace(AsyncNamespace):
    """Software agents, programs that acted on records. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[AgentSoftware]:
        """List software agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_software import asyncio_detailed

        return cast(
            "AsyncPager[AgentSoftware]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List software agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_software import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[AgentSoftware]:
        """List software agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_software import asyncio_detailed

        return cast(
            "AsyncIterator[AgentSoftware]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsSoftwareSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentSoftwarePage | builtins.list[AgentSoftware] | builtins.list[int]:
        """List software agents: one raw page, as the server answers it."""
        from .list_agents_software import asyncio_detailed

        return cast(
            "AgentSoftwarePage | builtins.list[AgentSoftware] | builtins.list[int]",
            await self._invoker.call(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    async def create(self, *, body: AgentSoftware) -> CreatedResponse:
        """Create a software agent"""
        from .create_agent_software import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentSoftware:
        """Get a software agent"""
        from .get_agent_software import asyncio_detailed

        return cast(
            "AgentSoftware",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: AgentSoftware, id: int) -> UpdatedResponse:
        """Update a software agent"""
        from .update_agent_software import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a software agent"""
        from .delete_agent_software import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a software agent and all its sub-records"""
        from .publish_agent_software import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )
