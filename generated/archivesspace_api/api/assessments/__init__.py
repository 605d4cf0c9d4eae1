"""The `assessments` namespace: Assessments (surveys) of records."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.assessment import Assessment
    from ...models.assessment_page import AssessmentPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_assessments_sort_direction import (
        ListAssessmentsSortDirection,
        check_list_assessments_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AssessmentsNamespace", "AsyncAssessmentsNamespace"]


class AssessmentsNamespace(Namespace):
    """Assessments (surveys) of records."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Assessment]:
        """List the repository's assessments: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_assessments import sync_detailed

        return cast(
            "Pager[Assessment]",
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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's assessments: the id of every matching record, in one request (`all_ids`)."""
        from .list_assessments import sync_detailed

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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Assessment]:
        """List the repository's assessments: these records by id, 250 a request (`id_set`)."""
        from .list_assessments import sync_detailed

        return cast(
            "Iterator[Assessment]",
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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AssessmentPage | builtins.list[Assessment] | builtins.list[int]:
        """List the repository's assessments: one raw page, as the server answers it."""
        from .list_assessments import sync_detailed

        return cast(
            "AssessmentPage | builtins.list[Assessment] | builtins.list[int]",
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

    def create(self, *, body: Assessment, repo_id: int) -> CreatedResponse:
        """Create an assessment"""
        from .create_assessment import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Assessment:
        """Get an assessment"""
        from .get_assessment import sync_detailed

        return cast(
            "Assessment",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: Assessment, repo_id: int, id: int) -> UpdatedResponse:
        """Update an assessment"""
        from .update_assessment import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an assessment"""
        from .delete_assessment import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncAssessmentsNamespace(AsyncNamespace):
    """Assessments (surveys) of records. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Assessment]:
        """List the repository's assessments: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_assessments import asyncio_detailed

        return cast(
            "AsyncPager[Assessment]",
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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's assessments: the id of every matching record, in one request (`all_ids`)."""
        from .list_assessments import asyncio_detailed

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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Assessment]:
        """List the repository's assessments: these records by id, 250 a request (`id_set`)."""
        from .list_assessments import asyncio_detailed

        return cast(
            "AsyncIterator[Assessment]",
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
        sort_direction: ListAssessmentsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AssessmentPage | builtins.list[Assessment] | builtins.list[int]:
        """List the repository's assessments: one raw page, as the server answers it."""
        from .list_assessments import asyncio_detailed

        return cast(
            "AssessmentPage | builtins.list[Assessment] | builtins.list[int]",
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

    async def create(self, *, body: Assessment, repo_id: int) -> CreatedResponse:
        """Create an assessment"""
        from .create_assessment import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Assessment:
        """Get an assessment"""
        from .get_assessment import asyncio_detailed

        return cast(
            "Assessment",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: Assessment, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update an assessment"""
        from .update_assessment import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an assessment"""
        from .delete_assessment import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
