"""The `agents_people` namespace: Person agents (creators, subjects and sources of records), their publication and MARC 21 authority
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

    from ...models.agent_export_metadata import AgentExportMetadata
    from ...models.agent_person import AgentPerson
    from ...models.agent_person_page import AgentPersonPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_agents_people_sort_direction import (
        ListAgentsPeopleSortDirection,
        check_list_agents_people_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AgentsPeopleNamespace", "AsyncAgentsPeopleNamespace"]


class AgentsPeopleNamespace(Namespace):
    """Person agents (creators, subjects and sources of records), their publication and MARC 21 authority
    exports."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[AgentPerson]:
        """List person agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_people import sync_detailed

        return cast(
            "Pager[AgentPerson]",
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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List person agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_people import sync_detailed

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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[AgentPerson]:
        """List person agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_people import sync_detailed

        return cast(
            "Iterator[AgentPerson]",
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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentPersonPage | builtins.list[AgentPerson] | builtins.list[int]:
        """List person agents: one raw page, as the server answers it."""
        from .list_agents_people import sync_detailed

        return cast(
            "AgentPersonPage | builtins.list[AgentPerson] | builtins.list[int]",
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

    def create(self, *, body: AgentPerson) -> CreatedResponse:
        """Create a person agent"""
        from .create_agent_person import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentPerson:
        """Get a person agent"""
        from .get_agent_person import sync_detailed

        return cast(
            "AgentPerson", self._invoker.call(sync_detailed, id=id, resolve=resolve)
        )

    def update(self, *, body: AgentPerson, id: int) -> UpdatedResponse:
        """Update a person agent"""
        from .update_agent_person import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a person agent"""
        from .delete_agent_person import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a person agent and all its sub-records"""
        from .publish_agent_person import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, id=id))

    def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a person agent as a MARC 21 authority record"""
        from .get_agent_person_marc21 import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a person's MARC 21 export"""
        from .get_agent_person_marc21_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncAgentsPeopleNamespace(AsyncNamespace):
    """Person agents (creators, subjects and sources of records), their publication and MARC 21 authority
    exports. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[AgentPerson]:
        """List person agents: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages)."""
        from .list_agents_people import asyncio_detailed

        return cast(
            "AsyncPager[AgentPerson]",
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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List person agents: the id of every matching record, in one request (`all_ids`)."""
        from .list_agents_people import asyncio_detailed

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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[AgentPerson]:
        """List person agents: these records by id, 250 a request (`id_set`)."""
        from .list_agents_people import asyncio_detailed

        return cast(
            "AsyncIterator[AgentPerson]",
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
        sort_direction: ListAgentsPeopleSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AgentPersonPage | builtins.list[AgentPerson] | builtins.list[int]:
        """List person agents: one raw page, as the server answers it."""
        from .list_agents_people import asyncio_detailed

        return cast(
            "AgentPersonPage | builtins.list[AgentPerson] | builtins.list[int]",
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

    async def create(self, *, body: AgentPerson) -> CreatedResponse:
        """Create a person agent"""
        from .create_agent_person import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(
        self, *, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> AgentPerson:
        """Get a person agent"""
        from .get_agent_person import asyncio_detailed

        return cast(
            "AgentPerson",
            await self._invoker.call(asyncio_detailed, id=id, resolve=resolve),
        )

    async def update(self, *, body: AgentPerson, id: int) -> UpdatedResponse:
        """Update a person agent"""
        from .update_agent_person import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a person agent"""
        from .delete_agent_person import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def publish(self, *, id: int) -> UpdatedResponse:
        """Publish a person agent and all its sub-records"""
        from .publish_agent_person import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def get_marc21(self, *, repo_id: int, id: int) -> File:
        """Export a person agent as a MARC 21 authority record"""
        from .get_agent_person_marc21 import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_marc21_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a person's MARC 21 export"""
        from .get_agent_person_marc21_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
