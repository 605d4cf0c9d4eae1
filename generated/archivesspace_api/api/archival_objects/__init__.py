"""The `archival_objects` namespace: Archival objects, the components of a resource's tree: create (singly or in batches), move, publish,
suppress, and find them by ref_id or component id."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.archival_object import ArchivalObject
    from ...models.archival_object_page import ArchivalObjectPage
    from ...models.archival_record_children import ArchivalRecordChildren
    from ...models.ark_name import ArkName
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.found_archival_objects import FoundArchivalObjects
    from ...models.list_archival_objects_sort_direction import (
        ListArchivalObjectsSortDirection,
        check_list_archival_objects_sort_direction,
    )
    from ...models.status_response import StatusResponse
    from ...models.suppressed_response import SuppressedResponse
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ArchivalObjectsNamespace", "AsyncArchivalObjectsNamespace"]


class ArchivalObjectsNamespace(Namespace):
    """Archival objects, the components of a resource's tree: create (singly or in batches), move, publish,
    suppress, and find them by ref_id or component id."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[ArchivalObject]:
        """List the archival objects of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_archival_objects import sync_detailed

        return cast(
            "Pager[ArchivalObject]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the archival objects of a repository: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_archival_objects import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                repo_id=repo_id,
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
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[ArchivalObject]:
        """List the archival objects of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_archival_objects import sync_detailed

        return cast(
            "Iterator[ArchivalObject]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ArchivalObjectPage | builtins.list[ArchivalObject] | builtins.list[int]:
        """List the archival objects of a repository: one raw page, as the server answers it."""
        from .list_archival_objects import sync_detailed

        return cast(
            "ArchivalObjectPage | builtins.list[ArchivalObject] | builtins.list[int]",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
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

    def create(self, *, body: ArchivalObject, repo_id: int) -> CreatedResponse:
        """Create an archival object"""
        from .create_archival_object import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> ArchivalObject:
        """Get an archival object"""
        from .get_archival_object import sync_detailed

        return cast(
            "ArchivalObject",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: ArchivalObject, repo_id: int, id: int) -> UpdatedResponse:
        """Update an archival object"""
        from .update_archival_object import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an archival object"""
        from .delete_archival_object import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def set_parent(
        self,
        *,
        repo_id: int,
        id: int,
        parent: int | Unset = UNSET,
        position: int | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move an archival object within its resource's tree"""
        from .set_archival_object_parent import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, parent=parent, position=position
            ),
        )

    def list_children(self, *, repo_id: int, id: int) -> builtins.list[ArchivalObject]:
        """List the children of an archival object"""
        from .list_archival_object_children import sync_detailed

        return cast(
            "builtins.list[ArchivalObject]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def create_children(
        self, *, body: ArchivalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several archival objects below an archival object"""
        from .create_archival_object_children import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def accept_children(
        self,
        *,
        repo_id: int,
        id: int,
        position: int,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move archival objects below an archival object"""
        from .accept_archival_object_children import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                children=children,
                position=position,
            ),
        )

    def get_previous(self, *, repo_id: int, id: int) -> ArchivalObject:
        """Get the archival object before this one at the same level"""
        from .get_archival_object_previous import sync_detailed

        return cast(
            "ArchivalObject", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish an archival object and everything below it"""
        from .publish_archival_object import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def unpublish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Unpublish an archival object and everything below it"""
        from .unpublish_archival_object import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress an archival object"""
        from .suppress_archival_object import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def list_models_in_graph(self, *, repo_id: int, id: int) -> builtins.list[str]:
        """List the record types in an archival object's graph"""
        from .list_archival_object_models_in_graph import sync_detailed

        return cast(
            "builtins.list[str]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def get_ark_name(self, *, repo_id: int, id: int) -> ArkName | None:
        """Get an archival object's ARKs"""
        from .get_archival_object_ark_name import sync_detailed

        return cast(
            "ArkName | None", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def update_ark_name(
        self, *, body: ArkName, repo_id: int, id: int
    ) -> StatusResponse:
        """Set an archival object's ARKs"""
        from .update_archival_object_ark_name import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def find_by_id(
        self,
        *,
        repo_id: int,
        ref_id: builtins.list[str] | Unset = UNSET,
        component_id: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundArchivalObjects:
        """Find archival objects by ref_id, component id or ARK"""
        from .find_archival_objects_by_id import sync_detailed

        return cast(
            "FoundArchivalObjects",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                ref_id=ref_id,
                component_id=component_id,
                ark=ark,
                resolve=resolve,
            ),
        )


class AsyncArchivalObjectsNamespace(AsyncNamespace):
    """Archival objects, the components of a resource's tree: create (singly or in batches), move, publish,
    suppress, and find them by ref_id or component id. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[ArchivalObject]:
        """List the archival objects of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_archival_objects import asyncio_detailed

        return cast(
            "AsyncPager[ArchivalObject]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the archival objects of a repository: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_archival_objects import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                repo_id=repo_id,
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
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[ArchivalObject]:
        """List the archival objects of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_archival_objects import asyncio_detailed

        return cast(
            "AsyncIterator[ArchivalObject]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                repo_id=repo_id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListArchivalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ArchivalObjectPage | builtins.list[ArchivalObject] | builtins.list[int]:
        """List the archival objects of a repository: one raw page, as the server answers it."""
        from .list_archival_objects import asyncio_detailed

        return cast(
            "ArchivalObjectPage | builtins.list[ArchivalObject] | builtins.list[int]",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
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

    async def create(self, *, body: ArchivalObject, repo_id: int) -> CreatedResponse:
        """Create an archival object"""
        from .create_archival_object import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> ArchivalObject:
        """Get an archival object"""
        from .get_archival_object import asyncio_detailed

        return cast(
            "ArchivalObject",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: ArchivalObject, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update an archival object"""
        from .update_archival_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an archival object"""
        from .delete_archival_object import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def set_parent(
        self,
        *,
        repo_id: int,
        id: int,
        parent: int | Unset = UNSET,
        position: int | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move an archival object within its resource's tree"""
        from .set_archival_object_parent import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                parent=parent,
                position=position,
            ),
        )

    async def list_children(
        self, *, repo_id: int, id: int
    ) -> builtins.list[ArchivalObject]:
        """List the children of an archival object"""
        from .list_archival_object_children import asyncio_detailed

        return cast(
            "builtins.list[ArchivalObject]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def create_children(
        self, *, body: ArchivalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several archival objects below an archival object"""
        from .create_archival_object_children import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def accept_children(
        self,
        *,
        repo_id: int,
        id: int,
        position: int,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move archival objects below an archival object"""
        from .accept_archival_object_children import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                children=children,
                position=position,
            ),
        )

    async def get_previous(self, *, repo_id: int, id: int) -> ArchivalObject:
        """Get the archival object before this one at the same level"""
        from .get_archival_object_previous import asyncio_detailed

        return cast(
            "ArchivalObject",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish an archival object and everything below it"""
        from .publish_archival_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def unpublish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Unpublish an archival object and everything below it"""
        from .unpublish_archival_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress an archival object"""
        from .suppress_archival_object import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def list_models_in_graph(
        self, *, repo_id: int, id: int
    ) -> builtins.list[str]:
        """List the record types in an archival object's graph"""
        from .list_archival_object_models_in_graph import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_ark_name(self, *, repo_id: int, id: int) -> ArkName | None:
        """Get an archival object's ARKs"""
        from .get_archival_object_ark_name import asyncio_detailed

        return cast(
            "ArkName | None",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def update_ark_name(
        self, *, body: ArkName, repo_id: int, id: int
    ) -> StatusResponse:
        """Set an archival object's ARKs"""
        from .update_archival_object_ark_name import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def find_by_id(
        self,
        *,
        repo_id: int,
        ref_id: builtins.list[str] | Unset = UNSET,
        component_id: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundArchivalObjects:
        """Find archival objects by ref_id, component id or ARK"""
        from .find_archival_objects_by_id import asyncio_detailed

        return cast(
            "FoundArchivalObjects",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                ref_id=ref_id,
                component_id=component_id,
                ark=ark,
                resolve=resolve,
            ),
        )
