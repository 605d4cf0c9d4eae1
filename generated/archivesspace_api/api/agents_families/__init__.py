"""The `agents_families` namespace: Family agents, their publication and MARC 21 authority exports."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.agent_export_metadata import AgentExportMetadata
    from ...models.agent_family import AgentFamily
    from ...models.agent_family_page import AgentFamilyPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_agents_families_sort_direction import (
        ListAgentsFamiliesSortDirection,
        check_list_agents_families_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AgentsFamiliesNamespace", "AsyncAgentsFamiliesNamespace"]


class AgentsFamiliesNamespace(Namespace):
    """Family agents, their publication and MARC 21 authority exports."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[AgentFamily]:
        """List family agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_families import sync_detailed

        return cast(
            "Pager[AgentFamily]",
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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List family agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_families import sync_detailed

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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[AgentFamily]:
        """List family agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_families import sync_detailed

        return cast(
            "Iterator[AgentFamily]",
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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentFamilyPage | builtins.list[AgentFamily] | builtins.list[int]:
        """List family agents: one raw page, as the server answers it."""
        from .list_agents_families import sync_detailed

        return cast(
            "AgentFamilyPage | builtins.list[AgentFamily] | builtins.list[int]",
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

    def create(self, *, body: AgentFamily) -> CreatedResponse:
        """Create a family agent"""
        from .create_agent_family import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentFamily:
        """Get a family agent"""
        from .get_agent_family import sync_detailed

        return cast(
            "AgentFamily", self._invoker.call(sync_detailed, id=id, resolve=resolve)
        )

    def update(self, *, body: AgentFamily, id: int) -> UpdatedResponse:
        """Update a family agent"""
        from .update_agent_family import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a family agent"""
        from .delete_agent_family import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a family agent and all its sub-records"""
        from .publish_agent_family import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, id=id))

    def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a family agent as a MARC 21 authority record"""
        from .get_agent_family_marc21 import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a family's MARC 21 export"""
        from .get_agent_family_marc21_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncAgentsFamiliesNamespace(AsyncNamespace):
    """Family agents, their publication and MARC 21 authority exports. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[AgentFamily]:
        """List family agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_families import asyncio_detailed

        return cast(
            "AsyncPager[AgentFamily]",
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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List family agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_families import asyncio_detailed

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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[AgentFamily]:
        """List family agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_families import asyncio_detailed

        return cast(
            "AsyncIterator[AgentFamily]",
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
        sort_direction: ListAgentsFamiliesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentFamilyPage | builtins.list[AgentFamily] | builtins.list[int]:
        """List family agents: one raw page, as the server answers it."""
        from .list_agents_families import asyncio_detailed

        return cast(
            "AgentFamilyPage | builtins.list[AgentFamily] | builtins.list[int]",
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

    async def create(self, *, body: AgentFamily) -> CreatedResponse:
        """Create a family agent"""
        from .create_agent_family import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentFamily:
        """Get a family agent"""
        from .get_agent_family import asyncio_detailed

        return cast(
            "AgentFamily",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: AgentFamily, id: int) -> UpdatedResponse:
        """Update a family agent"""
        from .update_agent_family import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a family agent"""
        from .delete_agent_family import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a family agent and all its sub-records"""
        from .publish_agent_family import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a family agent as a MARC 21 authority record"""
        from .get_agent_family_marc21 import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a family's MARC 21 export"""
        from .get_agent_family_marc21_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
