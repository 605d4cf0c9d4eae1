"""The `classifications` namespace: Classifications (filing schemes) and their trees of terms."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.classification import Classification
    from ...models.classification_page import ClassificationPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.get_classification_tree_node_from_root_response_200 import (
        GetClassificationTreeNodeFromRootResponse200,
    )
    from ...models.list_classifications_sort_direction import (
        ListClassificationsSortDirection,
        check_list_classifications_sort_direction,
    )
    from ...models.tree_node import TreeNode
    from ...models.tree_root import TreeRoot
    from ...models.tree_waypoint_entry import TreeWaypointEntry
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ClassificationsNamespace", "AsyncClassificationsNamespace"]


class ClassificationsNamespace(Namespace):
    """Classifications (filing schemes) and their trees of terms."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Classification]:
        """List the repository's classifications: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_classifications import sync_detailed

        return cast(
            "Pager[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classifications: the id of every matching record, in one request (`all_ids`)."""
        from .list_classifications import sync_detailed

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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Classification]:
        """List the repository's classifications: these records by id, 250 a request (`id_set`)."""
        from .list_classifications import sync_detailed

        return cast(
            "Iterator[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ClassificationPage | builtins.list[Classification] | builtins.list[int]:
        """List the repository's classifications: one raw page, as the server answers it."""
        from .list_classifications import sync_detailed

        return cast(
            "ClassificationPage | builtins.list[Classification] | builtins.list[int]",
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

    def create(self, *, body: Classification, repo_id: int) -> CreatedResponse:
        """Create a classification"""
        from .create_classification import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Classification:
        """Get a classification"""
        from .get_classification import sync_detailed

        return cast(
            "Classification",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: Classification, repo_id: int, id: int) -> UpdatedResponse:
        """Update a classification"""
        from .update_classification import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a classification"""
        from .delete_classification import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def accept_children(
        self,
        *,
        repo_id: int,
        id: int,
        position: int,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing terms to the top of a classification's tree"""
        from .accept_classification_children import sync_detailed

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

    def get_tree_root(
        self, *, repo_id: int, id: int, published_only: bool | Unset = False
    ) -> TreeRoot:
        """Get the top of a classification's tree"""
        from .get_classification_tree_root import sync_detailed

        return cast(
            "TreeRoot",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, published_only=published_only
            ),
        )

    def get_tree_waypoint(
        self,
        *,
        repo_id: int,
        id: int,
        offset: int,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a classification's tree"""
        from .get_classification_tree_waypoint import sync_detailed

        return cast(
            "builtins.list[TreeWaypointEntry]",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                offset=offset,
                parent_node=parent_node,
                published_only=published_only,
            ),
        )

    def get_tree_node(
        self,
        *,
        repo_id: int,
        id: int,
        node_uri: str,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one term of a classification's tree as a tree node"""
        from .get_classification_tree_node import sync_detailed

        return cast(
            "TreeNode",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                node_uri=node_uri,
                published_only=published_only,
            ),
        )

    def get_tree_node_from_root(
        self,
        *,
        repo_id: int,
        id: int,
        node_ids: builtins.list[int],
        published_only: bool | Unset = False,
    ) -> GetClassificationTreeNodeFromRootResponse200:
        """Get the paths from a classification down to some of its terms"""
        from .get_classification_tree_node_from_root import sync_detailed

        return cast(
            "GetClassificationTreeNodeFromRootResponse200",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )


class AsyncClassificationsNamespace(AsyncNamespace):
    """Classifications (filing schemes) and their trees of terms. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Classification]:
        """List the repository's classifications: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_classifications import asyncio_detailed

        return cast(
            "AsyncPager[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classifications: the id of every matching record, in one request (`all_ids`)."""
        from .list_classifications import asyncio_detailed

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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Classification]:
        """List the repository's classifications: these records by id, 250 a request (`id_set`)."""
        from .list_classifications import asyncio_detailed

        return cast(
            "AsyncIterator[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ClassificationPage | builtins.list[Classification] | builtins.list[int]:
        """List the repository's classifications: one raw page, as the server answers it."""
        from .list_classifications import asyncio_detailed

        return cast(
            "ClassificationPage | builtins.list[Classification] | builtins.list[int]",
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

    async def create(self, *, body: Classification, repo_id: int) -> CreatedResponse:
        """Create a classification"""
        from .create_classification import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Classification:
        """Get a classification"""
        from .get_classification import asyncio_detailed

        return cast(
            "Classification",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: Classification, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a classification"""
        from .update_classification import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a classification"""
        from .delete_classification import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def accept_children(
        self,
        *,
        repo_id: int,
        id: int,
        position: int,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing terms to the top of a classification's tree"""
        from .accept_classification_children import asyncio_detailed

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

    async def get_tree_root(
        self, *, repo_id: int, id: int, published_only: bool | Unset = False
    ) -> TreeRoot:
        """Get the top of a classification's tree"""
        from .get_classification_tree_root import asyncio_detailed

        return cast(
            "TreeRoot",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, published_only=published_only
            ),
        )

    async def get_tree_waypoint(
        self,
        *,
        repo_id: int,
        id: int,
        offset: int,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a classification's tree"""
        from .get_classification_tree_waypoint import asyncio_detailed

        return cast(
            "builtins.list[TreeWaypointEntry]",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                offset=offset,
                parent_node=parent_node,
                published_only=published_only,
            ),
        )

    async def get_tree_node(
        self,
        *,
        repo_id: int,
        id: int,
        node_uri: str,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one term of a classification's tree as a tree node"""
        from .get_classification_tree_node import asyncio_detailed

        return cast(
            "TreeNode",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                node_uri=node_uri,
                published_only=published_only,
            ),
        )

    async def get_tree_node_from_root(
        self,
        *,
        repo_id: int,
        id: int,
        node_ids: builtins.list[int],
        published_only: bool | Unset = False,
    ) -> GetClassificationTreeNodeFromRootResponse200:
        """Get the paths from a classification down to some of its terms"""
        from .get_classification_tree_node_from_root import asyncio_detailed

        return cast(
            "GetClassificationTreeNodeFromRootResponse200",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )
