"""The `accessions` namespace: Accessions, the records of material received: create, update, suppress, transfer to another
repository, and list the boxes they are in."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.accession import Accession
    from ...models.accession_page import AccessionPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_accessions_sort_direction import (
        ListAccessionsSortDirection,
        check_list_accessions_sort_direction,
    )
    from ...models.ref import Ref
    from ...models.status_response import StatusResponse
    from ...models.suppressed_response import SuppressedResponse
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["AccessionsNamespace", "AsyncAccessionsNamespace"]


class AccessionsNamespace(Namespace):
    """Accessions, the records of material received: create, update, suppress, transfer to another
    repository, and list the boxes they are in."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Accession]:
        """List the accessions of a repository: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_accessions import sync_detailed

        return cast(
            "Pager[Accession]",
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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the accessions of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_accessions import sync_detailed

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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Accession]:
        """List the accessions of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_accessions import sync_detailed

        return cast(
            "Iterator[Accession]",
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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AccessionPage | builtins.list[Accession] | builtins.list[int]:
        """List the accessions of a repository: one raw page, as the server answers it."""
        from .list_accessions import sync_detailed

        return cast(
            "AccessionPage | builtins.list[Accession] | builtins.list[int]",
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

    def create(self, *, body: Accession, repo_id: int) -> CreatedResponse:
        """Create an accession"""
        from .create_accession import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Accession:
        """Get an accession"""
        from .get_accession import sync_detailed

        return cast(
            "Accession",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: Accession, repo_id: int, id: int) -> UpdatedResponse:
        """Update an accession"""
        from .update_accession import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an accession"""
        from .delete_accession import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def list_top_containers(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Ref]:
        """List the top containers of an accession's instances"""
        from .list_accession_top_containers import sync_detailed

        return cast(
            "builtins.list[Ref]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress an accession"""
        from .suppress_accession import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def transfer(self, *, repo_id: int, id: int, target_repo: str) -> StatusResponse:
        """Move an accession to another repository"""
        from .transfer_accession import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )


class AsyncAccessionsNamespace(AsyncNamespace):
    """Accessions, the records of material received: create, update, suppress, transfer to another
    repository, and list the boxes they are in. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Accession]:
        """List the accessions of a repository: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_accessions import asyncio_detailed

        return cast(
            "AsyncPager[Accession]",
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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the accessions of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_accessions import asyncio_detailed

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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Accession]:
        """List the accessions of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_accessions import asyncio_detailed

        return cast(
            "AsyncIterator[Accession]",
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
        sort_direction: ListAccessionsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> AccessionPage | builtins.list[Accession] | builtins.list[int]:
        """List the accessions of a repository: one raw page, as the server answers it."""
        from .list_accessions import asyncio_detailed

        return cast(
            "AccessionPage | builtins.list[Accession] | builtins.list[int]",
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

    async def create(self, *, body: Accession, repo_id: int) -> CreatedResponse:
        """Create an accession"""
        from .create_accession import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Accession:
        """Get an accession"""
        from .get_accession import asyncio_detailed

        return cast(
            "Accession",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: Accession, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update an accession"""
        from .update_accession import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete an accession"""
        from .delete_accession import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def list_top_containers(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Ref]:
        """List the top containers of an accession's instances"""
        from .list_accession_top_containers import asyncio_detailed

        return cast(
            "builtins.list[Ref]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress an accession"""
        from .suppress_accession import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def transfer(
        self, *, repo_id: int, id: int, target_repo: str
    ) -> StatusResponse:
        """Move an accession to another repository"""
        from .transfer_accession import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )
