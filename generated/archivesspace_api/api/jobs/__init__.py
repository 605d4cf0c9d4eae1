"""The `jobs` namespace: Background jobs of a repository (imports, reports, PDFs, find-and-replace, bulk updates...): queue
them, follow their status and log, fetch their output files and the records they made."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.import_type import ImportType
    from ...models.job import Job
    from ...models.job_created_record import JobCreatedRecord
    from ...models.job_created_record_page import JobCreatedRecordPage
    from ...models.job_page import JobPage
    from ...models.job_with_files_form import JobWithFilesForm
    from ...models.list_job_records_sort_direction import (
        ListJobRecordsSortDirection,
        check_list_job_records_sort_direction,
    )
    from ...models.list_job_types_response_200 import ListJobTypesResponse200
    from ...models.list_jobs_archived_sort_direction import (
        ListJobsArchivedSortDirection,
        check_list_jobs_archived_sort_direction,
    )
    from ...models.list_jobs_sort_direction import (
        ListJobsSortDirection,
        check_list_jobs_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["JobsNamespace", "AsyncJobsNamespace"]


class JobsNamespace(Namespace):
    """Background jobs of a repository (imports, reports, PDFs, find-and-replace, bulk updates...): queue
    them, follow their status and log, fetch their output files and the records they made."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Job]:
        """List the jobs of a repository: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_jobs import sync_detailed

        return cast(
            "Pager[Job]",
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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the jobs of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_jobs import sync_detailed

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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Job]:
        """List the jobs of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_jobs import sync_detailed

        return cast(
            "Iterator[Job]",
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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the jobs of a repository: one raw page, as the server answers it."""
        from .list_jobs import sync_detailed

        return cast(
            "JobPage | builtins.list[int] | builtins.list[Job]",
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

    def create(self, *, body: Job, repo_id: int) -> CreatedResponse:
        """Queue a job"""
        from .create_job import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def create_with_files(
        self, *, body: JobWithFilesForm, repo_id: int
    ) -> CreatedResponse:
        """Queue a job with uploaded input files"""
        from .create_job_with_files import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def list_types(self) -> ListJobTypesResponse200:
        """List the job types the server runs"""
        from .list_job_types import sync_detailed

        return cast("ListJobTypesResponse200", self._invoker.call(sync_detailed))

    def list_import_types(self, *, repo_id: int) -> builtins.list[ImportType]:
        """List the importers available to import jobs"""
        from .list_job_import_types import sync_detailed

        return cast(
            "builtins.list[ImportType]",
            self._invoker.call(sync_detailed, repo_id=repo_id),
        )

    def list_active(
        self, *, repo_id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Job]:
        """List the running and queued jobs of a repository"""
        from .list_jobs_active import sync_detailed

        return cast(
            "builtins.list[Job]",
            self._invoker.call(sync_detailed, repo_id=repo_id, resolve=resolve),
        )

    def list_archived(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Job]:
        """List the finished jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_jobs_archived import sync_detailed

        return cast(
            "Pager[Job]",
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

    def list_archived_ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the finished jobs of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_jobs_archived import sync_detailed

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

    def list_archived_get_many(
        self,
        *,
        ids: Iterable[int],
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Job]:
        """List the finished jobs of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_jobs_archived import sync_detailed

        return cast(
            "Iterator[Job]",
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

    def list_archived_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the finished jobs of a repository: one raw page, as the server answers it."""
        from .list_jobs_archived import sync_detailed

        return cast(
            "JobPage | builtins.list[int] | builtins.list[Job]",
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

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Job:
        """Get a job"""
        from .get_job import sync_detailed

        return cast(
            "Job",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a job"""
        from .delete_job import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def cancel(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Cancel a job"""
        from .cancel_job import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def get_log(self, *, repo_id: int, id: int, offset: int | Unset = 0) -> str:
        """Read a job's log"""
        from .get_job_log import sync_detailed

        return cast(
            "str",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, offset=offset),
        )

    def list_output_files(self, *, repo_id: int, id: int) -> builtins.list[int]:
        """List the ids of a job's output files"""
        from .list_job_output_files import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def download_output_file(self, *, repo_id: int, id: int, file_id: int) -> File:
        """Download one of a job's output files"""
        from .download_job_output_file import sync_detailed

        return cast(
            "File",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, file_id=file_id),
        )

    def list_records(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[JobCreatedRecord]:
        """List the records a job created or changed: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_job_records import sync_detailed

        return cast(
            "Pager[JobCreatedRecord]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_records_ids(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the records a job created or changed: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_job_records import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_records_get_many(
        self,
        *,
        ids: Iterable[int],
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[JobCreatedRecord]:
        """List the records a job created or changed: these records by id, 250 a request (`id_set`)."""
        from .list_job_records import sync_detailed

        return cast(
            "Iterator[JobCreatedRecord]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_records_page(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]:
        """List the records a job created or changed: one raw page, as the server answers it."""
        from .list_job_records import sync_detailed

        return cast(
            "JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
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


class AsyncJobsNamespace(AsyncNamespace):
    """Background jobs of a repository (imports, reports, PDFs, find-and-replace, bulk updates...): queue
    them, follow their status and log, fetch their output files and the records they made. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Job]:
        """List the jobs of a repository: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_jobs import asyncio_detailed

        return cast(
            "AsyncPager[Job]",
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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the jobs of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_jobs import asyncio_detailed

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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Job]:
        """List the jobs of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_jobs import asyncio_detailed

        return cast(
            "AsyncIterator[Job]",
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
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the jobs of a repository: one raw page, as the server answers it."""
        from .list_jobs import asyncio_detailed

        return cast(
            "JobPage | builtins.list[int] | builtins.list[Job]",
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

    async def create(self, *, body: Job, repo_id: int) -> CreatedResponse:
        """Queue a job"""
        from .create_job import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def create_with_files(
        self, *, body: JobWithFilesForm, repo_id: int
    ) -> CreatedResponse:
        """Queue a job with uploaded input files"""
        from .create_job_with_files import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def list_types(self) -> ListJobTypesResponse200:
        """List the job types the server runs"""
        from .list_job_types import asyncio_detailed

        return cast(
            "ListJobTypesResponse200", await self._invoker.call(asyncio_detailed)
        )

    async def list_import_types(self, *, repo_id: int) -> builtins.list[ImportType]:
        """List the importers available to import jobs"""
        from .list_job_import_types import asyncio_detailed

        return cast(
            "builtins.list[ImportType]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def list_active(
        self, *, repo_id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Job]:
        """List the running and queued jobs of a repository"""
        from .list_jobs_active import asyncio_detailed

        return cast(
            "builtins.list[Job]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, resolve=resolve
            ),
        )

    def list_archived(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Job]:
        """List the finished jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_jobs_archived import asyncio_detailed

        return cast(
            "AsyncPager[Job]",
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

    async def list_archived_ids(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the finished jobs of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_jobs_archived import asyncio_detailed

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

    def list_archived_get_many(
        self,
        *,
        ids: Iterable[int],
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Job]:
        """List the finished jobs of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_jobs_archived import asyncio_detailed

        return cast(
            "AsyncIterator[Job]",
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

    async def list_archived_page(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the finished jobs of a repository: one raw page, as the server answers it."""
        from .list_jobs_archived import asyncio_detailed

        return cast(
            "JobPage | builtins.list[int] | builtins.list[Job]",
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

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Job:
        """Get a job"""
        from .get_job import asyncio_detailed

        return cast(
            "Job",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a job"""
        from .delete_job import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def cancel(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Cancel a job"""
        from .cancel_job import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_log(self, *, repo_id: int, id: int, offset: int | Unset = 0) -> str:
        """Read a job's log"""
        from .get_job_log import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, offset=offset
            ),
        )

    async def list_output_files(self, *, repo_id: int, id: int) -> builtins.list[int]:
        """List the ids of a job's output files"""
        from .list_job_output_files import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def download_output_file(
        self, *, repo_id: int, id: int, file_id: int
    ) -> File:
        """Download one of a job's output files"""
        from .download_job_output_file import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, file_id=file_id
            ),
        )

    def list_records(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[JobCreatedRecord]:
        """List the records a job created or changed: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_job_records import asyncio_detailed

        return cast(
            "AsyncPager[JobCreatedRecord]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_records_ids(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the records a job created or changed: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_job_records import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_records_get_many(
        self,
        *,
        ids: Iterable[int],
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[JobCreatedRecord]:
        """List the records a job created or changed: these records by id, 250 a request (`id_set`)."""
        from .list_job_records import asyncio_detailed

        return cast(
            "AsyncIterator[JobCreatedRecord]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                repo_id=repo_id,
                id=id,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_records_page(
        self,
        *,
        repo_id: int,
        id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]:
        """List the records a job created or changed: one raw page, as the server answers it."""
        from .list_job_records import asyncio_detailed

        return cast(
            "JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
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
