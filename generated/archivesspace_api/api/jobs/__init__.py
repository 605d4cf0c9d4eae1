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
    from ...models.job_types import JobTypes
    from ...models.job_with_files_form import JobWithFilesForm
    from ...models.list_job_records_sort_direction import (
        ListJobRecordsSortDirection,
        check_list_job_records_sort_direction,
    )
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Job]:
        """List the jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Job]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the jobs of a repository: the id of every matching record, in one request (`all_ids`).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Job]:
        """List the jobs of a repository: these records by id, 250 a request (`id_set`).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[Job]: the records, in the order of `ids` (ids the server lacks are skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the jobs of a repository: one raw page, as the server answers it.

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobPage | builtins.list[int] | builtins.list[Job]: A page of jobs (with `page`), the
                jobs asked for (with `id_set`), or every id (with `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_page(repo_id=2, page=1)
            ```
        """
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

    def create(self, *, body: Job, repo_id: int | None = None) -> CreatedResponse:
        """Queue a job

        Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body
        is a `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type
        may need its own permissions (see `GET /job_types`); without them the server answers 403.
        For imports and spreadsheet jobs use `POST .../jobs_with_files`.

        Args:
            body: The request body (`Job`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.create(body=job, repo_id=2)
            ```
        """
        from .create_job import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def create_with_files(
        self, *, body: JobWithFilesForm, repo_id: int | None = None
    ) -> CreatedResponse:
        """Queue a job with uploaded input files

        Queues a job that reads files (an import, a bulk import, a top container linker, a bulk
        archival object update). The form field `job` holds the JSON text of the job record and each
        `files[]` part one file, in the order of the job's `filenames`.

        Args:
            body: The request body (`JobWithFilesForm`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.create_with_files(body=job_with_files_form, repo_id=2)
            ```
        """
        from .create_job_with_files import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def list_types(self) -> JobTypes:
        """List the job types the server runs

        The job types this server has runners for (plugins may add some), each with the permissions
        needed, on top of `create_job` and `cancel_job`, to create or cancel such a job.

        Returns:
            JobTypes: The job types, keyed by their `jsonmodel_type`.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_types()
            ```
        """
        from .list_job_types import sync_detailed

        return cast("JobTypes", self._invoker.call(sync_detailed))

    def list_import_types(
        self, *, repo_id: int | None = None
    ) -> builtins.list[ImportType]:
        """List the importers available to import jobs

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            builtins.list[ImportType]: The importers; use a `name` as `ImportJob.import_type`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_import_types(repo_id=2)
            ```
        """
        from .list_job_import_types import sync_detailed

        return cast(
            "builtins.list[ImportType]",
            self._invoker.call(sync_detailed, repo_id=repo_id),
        )

    def list_active(
        self, *, repo_id: int | None = None, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Job]:
        """List the running and queued jobs of a repository

        Running jobs newest first, then queued jobs oldest first (the order they will run in). Not
        paginated.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[Job]: The active jobs.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_active(repo_id=2)
            ```
        """
        from .list_jobs_active import sync_detailed

        return cast(
            "builtins.list[Job]",
            self._invoker.call(sync_detailed, repo_id=repo_id, resolve=resolve),
        )

    def list_archived(
        self,
        *,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Job]:
        """List the finished jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Job]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.list_archived(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the finished jobs of a repository: the id of every matching record, in one request
        (`all_ids`).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_archived_ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Job]:
        """List the finished jobs of a repository: these records by id, 250 a request (`id_set`).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[Job]: the records, in the order of `ids` (ids the server lacks are skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.list_archived_get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the finished jobs of a repository: one raw page, as the server answers it.

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobPage | builtins.list[int] | builtins.list[Job]: A page of jobs (with `page`), the
                jobs asked for (with `id_set`), or every id (with `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_archived_page(repo_id=2, page=1)
            ```
        """
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
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Job:
        """Get a job

        The job with its status and times; poll it until `status` is `completed`, `failed` or
        `canceled`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Job: The job.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.get(repo_id=2, id=1)
            ```
        """
        from .get_job import sync_detailed

        return cast(
            "Job",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a job

        Deletes the job record with its log and output files.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.delete(repo_id=2, id=1)
            ```
        """
        from .delete_job import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def cancel(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Cancel a job

        Cancels a queued job, or asks a running one to stop; its status becomes `canceled`. Some job
        types need permissions beyond `cancel_job` (see `GET /job_types`). Takes no body.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.cancel(repo_id=2, id=1)
            ```
        """
        from .cancel_job import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def get_log(
        self, *, id: int, repo_id: int | None = None, offset: int | Unset = 0
    ) -> str:
        """Read a job's log

        The job's log from byte `offset` to its current end, as plain text. To follow a running job,
        poll again with `offset` advanced by the number of bytes already read.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The byte of the log to start from (default 0, the beginning).

        Returns:
            str: The log from `offset` on (empty when nothing new was written).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.get_log(repo_id=2, id=1)
            ```
        """
        from .get_job_log import sync_detailed

        return cast(
            "str",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, offset=offset),
        )

    def list_output_files(
        self, *, id: int, repo_id: int | None = None
    ) -> builtins.list[int]:
        """List the ids of a job's output files

        The files a job wrote (a report, a PDF, a label file...); fetch each with its id.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            builtins.list[int]: The output files' ids (empty when the job wrote none).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_output_files(repo_id=2, id=1)
            ```
        """
        from .list_job_output_files import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def download_output_file(
        self, *, id: int, file_id: int, repo_id: int | None = None
    ) -> File:
        """Download one of a job's output files

        The file's bytes. The server labels every file `application/octect-stream` (sic), whatever
        it holds: the job type and its format tell what it is.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            file_id: The output file's id, from `GET .../jobs/{id}/output_files`.

        Returns:
            File: The file.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.download_output_file(repo_id=2, id=1, file_id=1)
            ```
        """
        from .download_job_output_file import sync_detailed

        return cast(
            "File",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, file_id=file_id),
        )

    def list_records(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[JobCreatedRecord]:
        """List the records a job created or changed: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[JobCreatedRecord]: a lazy iterator of typed records (`next_page` tells where it
                stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.list_records(repo_id=2, id=1):
                print(record)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the records a job created or changed: the id of every matching record, in one request
        (`all_ids`).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_records_ids(repo_id=2, id=1)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[JobCreatedRecord]:
        """List the records a job created or changed: these records by id, 250 a request (`id_set`).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[JobCreatedRecord]: the records, in the order of `ids` (ids the server lacks are
                skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.jobs.list_records_get_many(ids=[1, 2, 3], repo_id=2, id=1):
                print(record)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]:
        """List the records a job created or changed: one raw page, as the server answers it.

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]: A page of
                links (with `page`), the entries asked for (with `id_set`), or every entry id (with
                `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.jobs.list_records_page(repo_id=2, id=1, page=1)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Job]:
        """List the jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Job]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the jobs of a repository: the id of every matching record, in one request (`all_ids`).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Job]:
        """List the jobs of a repository: these records by id, 250 a request (`id_set`).

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[Job]: the records, in the order of `ids` (ids the server lacks are skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the jobs of a repository: one raw page, as the server answers it.

        Every job of the repository, whatever its status, sorted by status then id unless
        `sort_field` says otherwise. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobPage | builtins.list[int] | builtins.list[Job]: A page of jobs (with `page`), the
                jobs asked for (with `id_set`), or every id (with `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_page(repo_id=2, page=1)
            ```
        """
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

    async def create(self, *, body: Job, repo_id: int | None = None) -> CreatedResponse:
        """Queue a job

        Queues a job that needs no uploaded files (a report, a PDF, a find-and-replace...): the body
        is a `job` whose `job` holds the type-specific settings. Besides `create_job`, each job type
        may need its own permissions (see `GET /job_types`); without them the server answers 403.
        For imports and spreadsheet jobs use `POST .../jobs_with_files`.

        Args:
            body: The request body (`Job`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.create(body=job, repo_id=2)
            ```
        """
        from .create_job import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def create_with_files(
        self, *, body: JobWithFilesForm, repo_id: int | None = None
    ) -> CreatedResponse:
        """Queue a job with uploaded input files

        Queues a job that reads files (an import, a bulk import, a top container linker, a bulk
        archival object update). The form field `job` holds the JSON text of the job record and each
        `files[]` part one file, in the order of the job's `filenames`.

        Args:
            body: The request body (`JobWithFilesForm`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.create_with_files(body=job_with_files_form, repo_id=2)
            ```
        """
        from .create_job_with_files import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def list_types(self) -> JobTypes:
        """List the job types the server runs

        The job types this server has runners for (plugins may add some), each with the permissions
        needed, on top of `create_job` and `cancel_job`, to create or cancel such a job.

        Returns:
            JobTypes: The job types, keyed by their `jsonmodel_type`.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_types()
            ```
        """
        from .list_job_types import asyncio_detailed

        return cast("JobTypes", await self._invoker.call(asyncio_detailed))

    async def list_import_types(
        self, *, repo_id: int | None = None
    ) -> builtins.list[ImportType]:
        """List the importers available to import jobs

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            builtins.list[ImportType]: The importers; use a `name` as `ImportJob.import_type`.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_import_types(repo_id=2)
            ```
        """
        from .list_job_import_types import asyncio_detailed

        return cast(
            "builtins.list[ImportType]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def list_active(
        self, *, repo_id: int | None = None, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Job]:
        """List the running and queued jobs of a repository

        Running jobs newest first, then queued jobs oldest first (the order they will run in). Not
        paginated.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[Job]: The active jobs.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_active(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Job]:
        """List the finished jobs of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Job]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.list_archived(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the finished jobs of a repository: the id of every matching record, in one request
        (`all_ids`).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_archived_ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Job]:
        """List the finished jobs of a repository: these records by id, 250 a request (`id_set`).

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[Job]: the records, in the order of `ids` (ids the server lacks are skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.list_archived_get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobsArchivedSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobPage | builtins.list[int] | builtins.list[Job]:
        """List the finished jobs of a repository: one raw page, as the server answers it.

        The jobs that are neither running nor queued (completed, failed or canceled), most recently
        finished first. Pass exactly one of `page`, `id_set` or `all_ids`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobPage | builtins.list[int] | builtins.list[Job]: A page of jobs (with `page`), the
                jobs asked for (with `id_set`), or every id (with `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_archived_page(repo_id=2, page=1)
            ```
        """
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
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Job:
        """Get a job

        The job with its status and times; poll it until `status` is `completed`, `failed` or
        `canceled`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Job: The job.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.get(repo_id=2, id=1)
            ```
        """
        from .get_job import asyncio_detailed

        return cast(
            "Job",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a job

        Deletes the job record with its log and output files.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.delete(repo_id=2, id=1)
            ```
        """
        from .delete_job import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def cancel(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Cancel a job

        Cancels a queued job, or asks a running one to stop; its status becomes `canceled`. Some job
        types need permissions beyond `cancel_job` (see `GET /job_types`). Takes no body.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.cancel(repo_id=2, id=1)
            ```
        """
        from .cancel_job import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_log(
        self, *, id: int, repo_id: int | None = None, offset: int | Unset = 0
    ) -> str:
        """Read a job's log

        The job's log from byte `offset` to its current end, as plain text. To follow a running job,
        poll again with `offset` advanced by the number of bytes already read.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The byte of the log to start from (default 0, the beginning).

        Returns:
            str: The log from `offset` on (empty when nothing new was written).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.get_log(repo_id=2, id=1)
            ```
        """
        from .get_job_log import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, offset=offset
            ),
        )

    async def list_output_files(
        self, *, id: int, repo_id: int | None = None
    ) -> builtins.list[int]:
        """List the ids of a job's output files

        The files a job wrote (a report, a PDF, a label file...); fetch each with its id.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            builtins.list[int]: The output files' ids (empty when the job wrote none).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_output_files(repo_id=2, id=1)
            ```
        """
        from .list_job_output_files import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def download_output_file(
        self, *, id: int, file_id: int, repo_id: int | None = None
    ) -> File:
        """Download one of a job's output files

        The file's bytes. The server labels every file `application/octect-stream` (sic), whatever
        it holds: the job type and its format tell what it is.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            file_id: The output file's id, from `GET .../jobs/{id}/output_files`.

        Returns:
            File: The file.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.download_output_file(repo_id=2, id=1, file_id=1)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[JobCreatedRecord]:
        """List the records a job created or changed: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[JobCreatedRecord]: a lazy iterator of typed records (`next_page` tells where it
                stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.list_records(repo_id=2, id=1):
                print(record)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the records a job created or changed: the id of every matching record, in one request
        (`all_ids`).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_records_ids(repo_id=2, id=1)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[JobCreatedRecord]:
        """List the records a job created or changed: these records by id, 250 a request (`id_set`).

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[JobCreatedRecord]: the records, in the order of `ids` (ids the server lacks are
                skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.jobs.list_records_get_many(ids=[1, 2, 3], repo_id=2, id=1):
                print(record)
            ```
        """
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
        id: int,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListJobRecordsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]:
        """List the records a job created or changed: one raw page, as the server answers it.

        Links to the records the job created or changed, newest first (collection management
        subrecords are left out). Pass exactly one of `page`, `id_set` or `all_ids`;
        `resolve[]=record` embeds the records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            JobCreatedRecordPage | builtins.list[int] | builtins.list[JobCreatedRecord]: A page of
                links (with `page`), the entries asked for (with `id_set`), or every entry id (with
                `all_ids`).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.jobs.list_records_page(repo_id=2, id=1, page=1)
            ```
        """
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
