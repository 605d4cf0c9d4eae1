"""The `classification_terms` namespace: The terms of classifications, their children and their moves within the tree."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.classification_term import ClassificationTerm
    from ...models.classification_term_page import ClassificationTermPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_classification_terms_sort_direction import (
        ListClassificationTermsSortDirection,
        check_list_classification_terms_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ClassificationTermsNamespace", "AsyncClassificationTermsNamespace"]


class ClassificationTermsNamespace(Namespace):
    """The terms of classifications, their children and their moves within the tree."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[ClassificationTerm]:
        """List the repository's classification terms: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_classification_terms import sync_detailed

        return cast(
            "Pager[ClassificationTerm]",
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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classification terms: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_classification_terms import sync_detailed

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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[ClassificationTerm]:
        """List the repository's classification terms: these records by id, 250 a request (`id_set`)."""
        from .list_classification_terms import sync_detailed

        return cast(
            "Iterator[ClassificationTerm]",
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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        ClassificationTermPage | builtins.list[ClassificationTerm] | builtins.list[int]
    ):
        """List the repository's classification terms: one raw page, as the server answers it."""
        from .list_classification_terms import sync_detailed

        return cast(
            "ClassificationTermPage | builtins.list[ClassificationTerm] | builtins.list[int]",
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

    def create(self, *, body: ClassificationTerm, repo_id: int) -> CreatedResponse:
        """Create a classification term"""
        from .create_classification_term import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> ClassificationTerm:
        """Get a classification term"""
        from .get_classification_term import sync_detailed

        return cast(
            "ClassificationTerm",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: ClassificationTerm, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a classification term"""
        from .update_classification_term import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a classification term"""
        from .delete_classification_term import sync_detailed

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
        """Move a classification term within its tree"""
        from .set_classification_term_parent import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, parent=parent, position=position
            ),
        )

    def list_children(
        self, *, repo_id: int, id: int
    ) -> builtins.list[ClassificationTerm]:
        """List the terms directly below a classification term"""
        from .list_classification_term_children import sync_detailed

        return cast(
            "builtins.list[ClassificationTerm]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def accept_children(
        self,
        *,
        repo_id: int,
        id: int,
        position: int,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing terms below a classification term"""
        from .accept_classification_term_children import sync_detailed

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


class AsyncClassificationTermsNamespace(AsyncNamespace):
    """The terms of classifications, their children and their moves within the tree. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[ClassificationTerm]:
        """List the repository's classification terms: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_classification_terms import asyncio_detailed

        return cast(
            "AsyncPager[ClassificationTerm]",
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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classification terms: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_classification_terms import asyncio_detailed

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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[ClassificationTerm]:
        """List the repository's classification terms: these records by id, 250 a request (`id_set`)."""
        from .list_classification_terms import asyncio_detailed

        return cast(
            "AsyncIterator[ClassificationTerm]",
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
        sort_direction: ListClassificationTermsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        ClassificationTermPage | builtins.list[ClassificationTerm] | builtins.list[int]
    ):
        """List the repository's classification terms: one raw page, as the server answers it."""
        from .list_classification_terms import asyncio_detailed

        return cast(
            "ClassificationTermPage | builtins.list[ClassificationTerm] | builtins.list[int]",
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
        self, *, body: ClassificationTerm, repo_id: int
    ) -> CreatedResponse:
        """Create a classification term"""
        from .create_classification_term import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> ClassificationTerm:
        """Get a classification term"""
        from .get_classification_term import asyncio_detailed

        return cast(
            "ClassificationTerm",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: ClassificationTerm, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a classification term"""
        from .update_classification_term import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a classification term"""
        from .delete_classification_term import asyncio_detailed

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
        """Move a classification term within its tree"""
        from .set_classification_term_parent import asyncio_detailed

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
    ) -> builtins.list[ClassificationTerm]:
        """List the terms directly below a classification term"""
        from .list_classification_term_children import asyncio_detailed

        return cast(
            "builtins.list[ClassificationTerm]",
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
        """Move existing terms below a classification term"""
        from .accept_classification_term_children import asyncio_detailed

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
