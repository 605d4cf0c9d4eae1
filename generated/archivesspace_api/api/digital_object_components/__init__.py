"""The `digital_object_components` namespace: The components of digital objects, their children and their moves within the tree."""

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
    from ...models.digital_object_component import DigitalObjectComponent
    from ...models.digital_object_component_page import DigitalObjectComponentPage
    from ...models.digital_record_children import DigitalRecordChildren
    from ...models.error import Error
    from ...models.found_digital_object_components import FoundDigitalObjectComponents
    from ...models.list_digital_object_components_sort_direction import (
        ListDigitalObjectComponentsSortDirection,
        check_list_digital_object_components_sort_direction,
    )
    from ...models.suppressed_response import SuppressedResponse
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DigitalObjectComponentsNamespace", "AsyncDigitalObjectComponentsNamespace"]


class DigitalObjectComponentsNamespace(Namespace):
    """The components of digital objects, their children and their moves within the tree."""

    def find_by_id(
        self,
        *,
        repo_id: int,
        component_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjectComponents:
        """Find digital object components by component id"""
        from .find_digital_object_components_by_id import sync_detailed

        return cast(
            "FoundDigitalObjectComponents",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                component_id=component_id,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[DigitalObjectComponent]:
        """List the repository's digital object components: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_digital_object_components import sync_detailed

        return cast(
            "Pager[DigitalObjectComponent]",
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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital object components: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_digital_object_components import sync_detailed

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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DigitalObjectComponent]:
        """List the repository's digital object components: these records by id, 250 a request (`id_set`)."""
        from .list_digital_object_components import sync_detailed

        return cast(
            "Iterator[DigitalObjectComponent]",
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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        DigitalObjectComponentPage
        | builtins.list[DigitalObjectComponent]
        | builtins.list[int]
    ):
        """List the repository's digital object components: one raw page, as the server answers it."""
        from .list_digital_object_components import sync_detailed

        return cast(
            "DigitalObjectComponentPage | builtins.list[DigitalObjectComponent] | builtins.list[int]",
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

    def create(self, *, body: DigitalObjectComponent, repo_id: int) -> CreatedResponse:
        """Create a digital object component"""
        from .create_digital_object_component import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> DigitalObjectComponent:
        """Get a digital object component"""
        from .get_digital_object_component import sync_detailed

        return cast(
            "DigitalObjectComponent",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: DigitalObjectComponent, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a digital object component"""
        from .update_digital_object_component import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a digital object component"""
        from .delete_digital_object_component import sync_detailed

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
        """Move a digital object component within its tree"""
        from .set_digital_object_component_parent import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, parent=parent, position=position
            ),
        )

    def list_children(
        self, *, repo_id: int, id: int
    ) -> builtins.list[DigitalObjectComponent]:
        """List the components directly below a component"""
        from .list_digital_object_component_children import sync_detailed

        return cast(
            "builtins.list[DigitalObjectComponent]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def create_children(
        self, *, body: DigitalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several components below a component"""
        from .create_digital_object_component_children import sync_detailed

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
        """Move existing components below a component"""
        from .accept_digital_object_component_children import sync_detailed

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

    def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object component"""
        from .suppress_digital_object_component import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )


class AsyncDigitalObjectComponentsNamespace(AsyncNamespace):
    """The components of digital objects, their children and their moves within the tree. (asynchronous)"""

    async def find_by_id(
        self,
        *,
        repo_id: int,
        component_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjectComponents:
        """Find digital object components by component id"""
        from .find_digital_object_components_by_id import asyncio_detailed

        return cast(
            "FoundDigitalObjectComponents",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                component_id=component_id,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[DigitalObjectComponent]:
        """List the repository's digital object components: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_digital_object_components import asyncio_detailed

        return cast(
            "AsyncPager[DigitalObjectComponent]",
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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital object components: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_digital_object_components import asyncio_detailed

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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DigitalObjectComponent]:
        """List the repository's digital object components: these records by id, 250 a request (`id_set`)."""
        from .list_digital_object_components import asyncio_detailed

        return cast(
            "AsyncIterator[DigitalObjectComponent]",
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
        sort_direction: ListDigitalObjectComponentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        DigitalObjectComponentPage
        | builtins.list[DigitalObjectComponent]
        | builtins.list[int]
    ):
        """List the repository's digital object components: one raw page, as the server answers it."""
        from .list_digital_object_components import asyncio_detailed

        return cast(
            "DigitalObjectComponentPage | builtins.list[DigitalObjectComponent] | builtins.list[int]",
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

    async def create(
        self, *, body: DigitalObjectComponent, repo_id: int
    ) -> CreatedResponse:
        """Create a digital object component"""
        from .create_digital_object_component import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> DigitalObjectComponent:
        """Get a digital object component"""
        from .get_digital_object_component import asyncio_detailed

        return cast(
            "DigitalObjectComponent",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: DigitalObjectComponent, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a digital object component"""
        from .update_digital_object_component import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a digital object component"""
        from .delete_digital_object_component import asyncio_detailed

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
        """Move a digital object component within its tree"""
        from .set_digital_object_component_parent import asyncio_detailed

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
    ) -> builtins.list[DigitalObjectComponent]:
        """List the components directly below a component"""
        from .list_digital_object_component_children import asyncio_detailed

        return cast(
            "builtins.list[DigitalObjectComponent]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def create_children(
        self, *, body: DigitalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several components below a component"""
        from .create_digital_object_component_children import asyncio_detailed

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
        """Move existing components below a component"""
        from .accept_digital_object_component_children import asyncio_detailed

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

    async def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object component"""
        from .suppress_digital_object_component import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )
