"""The `subjects` namespace: Subjects, the controlled headings built from vocabulary terms."""

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
    from ...models.list_subjects_sort_direction import (
        ListSubjectsSortDirection,
        check_list_subjects_sort_direction,
    )
    from ...models.subject import Subject
    from ...models.subject_page import SubjectPage
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SubjectsNamespace", "AsyncSubjectsNamespace"]


class SubjectsNamespace(Namespace):
    """Subjects, the controlled headings built from vocabulary terms."""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Subject]:
        """List subjects: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_subjects import sync_detailed

        return cast(
            "Pager[Subject]",
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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List subjects: the id of every matching record, in one request (`all_ids`)."""
        from .list_subjects import sync_detailed

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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Subject]:
        """List subjects: these records by id, 250 a request (`id_set`)."""
        from .list_subjects import sync_detailed

        return cast(
            "Iterator[Subject]",
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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Subject] | SubjectPage:
        """List subjects: one raw page, as the server answers it."""
        from .list_subjects import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[Subject] | SubjectPage",
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

    def create(self, *, body: Subject) -> CreatedResponse:
        """Create a subject"""
        from .create_subject import sync_detailed

        return cast("CreatedResponse", self._invoker.call(sync_detailed, body=body))

    def get(self, *, id: int) -> Subject:
        """Get a subject"""
        from .get_subject import sync_detailed

        return cast("Subject", self._invoker.call(sync_detailed, id=id))

    def update(self, *, body: Subject, id: int) -> UpdatedResponse:
        """Update a subject"""
        from .update_subject import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a subject"""
        from .delete_subject import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))


class AsyncSubjectsNamespace(AsyncNamespace):
    """Subjects, the controlled headings built from vocabulary terms. (asynchronous)"""

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Subject]:
        """List subjects: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_subjects import asyncio_detailed

        return cast(
            "AsyncPager[Subject]",
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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List subjects: the id of every matching record, in one request (`all_ids`)."""
        from .list_subjects import asyncio_detailed

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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Subject]:
        """List subjects: these records by id, 250 a request (`id_set`)."""
        from .list_subjects import asyncio_detailed

        return cast(
            "AsyncIterator[Subject]",
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
        sort_direction: ListSubjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Subject] | SubjectPage:
        """List subjects: one raw page, as the server answers it."""
        from .list_subjects import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[Subject] | SubjectPage",
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

    async def create(self, *, body: Subject) -> CreatedResponse:
        """Create a subject"""
        from .create_subject import asyncio_detailed

        return cast(
            "CreatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def get(self, *, id: int) -> Subject:
        """Get a subject"""
        from .get_subject import asyncio_detailed

        return cast("Subject", await self._invoker.call(asyncio_detailed, id=id))

    async def update(self, *, body: Subject, id: int) -> UpdatedResponse:
        """Update a subject"""
        from .update_subject import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a subject"""
        from .delete_subject import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )
