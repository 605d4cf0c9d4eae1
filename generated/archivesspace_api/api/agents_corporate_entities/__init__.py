"""The `agents_corporate_entities` namespace: Corporate entity agents (organisations, bodies, meetings), their publication and MARC 21 authority
exports."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.agent_corporate_entity import AgentCorporateEntity
    from ...models.agent_corporate_entity_page import AgentCorporateEntityPage
    from ...models.agent_export_metadata import AgentExportMetadata
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_agents_corporate_entities_sort_direction import (
        ListAgentsCorporateEntitiesSortDirection,
        check_list_agents_corporate_entities_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AgentsCorporateEntitiesNamespace", "AsyncAgentsCorporateEntitiesNamespace"]


class AgentsCorporateEntitiesNamespace(Namespace):
    """Corporate entity agents (organisations, bodies, meetings), their publication and MARC 21 authority
    exports."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[AgentCorporateEntity]:
        """List corporate entity agents: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_agents_corporate_entities import sync_detailed

        return cast(
            "Pager[AgentCorporateEntity]",
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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List corporate entity agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_corporate_entities import sync_detailed

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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[AgentCorporateEntity]:
        """List corporate entity agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_corporate_entities import sync_detailed

        return cast(
            "Iterator[AgentCorporateEntity]",
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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        AgentCorporateEntityPage
        | builtins.list[AgentCorporateEntity]
        | builtins.list[int]
    ):
        """List corporate entity agents: one raw page, as the server answers it."""
        from .list_agents_corporate_entities import sync_detailed

        return cast(
            "AgentCorporateEntityPage | builtins.list[AgentCorporateEntity] | builtins.list[int]",
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

    def create(self, *, body: AgentCorporateEntity) -> CreatedResponse:
        """Create a corporate entity agent"""
        from .create_agent_corporate_entity import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentCorporateEntity:
        """Get a corporate entity agent"""
        from .get_agent_corporate_entity import sync_detailed

        return cast(
            "AgentCorporateEntity",
            self._invoker.call(sync_detailed, id=id, resolve=resolve),
        )

    def update(self, *, body: AgentCorporateEntity, id: int) -> UpdatedResponse:
        """Update a corporate entity agent"""
        from .update_agent_corporate_entity import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a corporate entity agent"""
        from .delete_agent_corporate_entity import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a corporate entity agent and all its sub-records"""
        from .publish_agent_corporate_entity import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, id=id))

    def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a corporate entity agent as a MARC 21 authority record"""
        from .get_agent_corporate_entity_marc21 import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a corporate entity's MARC 21 export"""
        from .get_agent_corporate_entity_marc21_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncAgentsCorporateEntitiesNamespace(AsyncNamespace):
    """Corporate entity agents (organisations, bodies, meetings), their publication and MARC 21 authority
    exports. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[AgentCorporateEntity]:
        """List corporate entity agents: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_agents_corporate_entities import asyncio_detailed

        return cast(
            "AsyncPager[AgentCorporateEntity]",
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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List corporate entity agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_corporate_entities import asyncio_detailed

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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[AgentCorporateEntity]:
        """List corporate entity agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_corporate_entities import asyncio_detailed

        return cast(
            "AsyncIterator[AgentCorporateEntity]",
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
        sort_direction: ListAgentsCorporateEntitiesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        AgentCorporateEntityPage
        | builtins.list[AgentCorporateEntity]
        | builtins.list[int]
    ):
        """List corporate entity agents: one raw page, as the server answers it."""
        from .list_agents_corporate_entities import asyncio_detailed

        return cast(
            "AgentCorporateEntityPage | builtins.list[AgentCorporateEntity] | builtins.list[int]",
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

    async def create(self, *, body: AgentCorporateEntity) -> CreatedResponse:
        """Create a corporate entity agent"""
        from .create_agent_corporate_entity import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentCorporateEntity:
        """Get a corporate entity agent"""
        from .get_agent_corporate_entity import asyncio_detailed

        return cast(
            "AgentCorporateEntity",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: AgentCorporateEntity, id: int) -> UpdatedResponse:
        """Update a corporate entity agent"""
        from .update_agent_corporate_entity import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a corporate entity agent"""
        from .delete_agent_corporate_entity import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a corporate entity agent and all its sub-records"""
        from .publish_agent_corporate_entity import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a corporate entity agent as a MARC 21 authority record"""
        from .get_agent_corporate_entity_marc21 import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a corporate entity's MARC 21 export"""
        from .get_agent_corporate_entity_marc21_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
