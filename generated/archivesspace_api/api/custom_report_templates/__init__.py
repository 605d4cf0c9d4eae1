"""The `custom_report_templates` namespace: Saved custom report templates of a repository."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.custom_report_template import CustomReportTemplate
    from ...models.custom_report_template_page import CustomReportTemplatePage
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_custom_report_templates_sort_direction import (
        ListCustomReportTemplatesSortDirection,
        check_list_custom_report_templates_sort_direction,
    )
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["CustomReportTemplatesNamespace", "AsyncCustomReportTemplatesNamespace"]


class CustomReportTemplatesNamespace(Namespace):
    """Saved custom report templates of a repository."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[CustomReportTemplate]:
        """List the custom report templates of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_custom_report_templates import sync_detailed

        return cast(
            "Pager[CustomReportTemplate]",
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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the custom report templates of a repository: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_custom_report_templates import sync_detailed

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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[CustomReportTemplate]:
        """List the custom report templates of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_custom_report_templates import sync_detailed

        return cast(
            "Iterator[CustomReportTemplate]",
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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        CustomReportTemplatePage
        | builtins.list[CustomReportTemplate]
        | builtins.list[int]
    ):
        """List the custom report templates of a repository: one raw page, as the server answers it."""
        from .list_custom_report_templates import sync_detailed

        return cast(
            "CustomReportTemplatePage | builtins.list[CustomReportTemplate] | builtins.list[int]",
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

    def create(self, *, body: CustomReportTemplate, repo_id: int) -> CreatedResponse:
        """Create a custom report template"""
        from .create_custom_report_template import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> CustomReportTemplate:
        """Get a custom report template"""
        from .get_custom_report_template import sync_detailed

        return cast(
            "CustomReportTemplate",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: CustomReportTemplate, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a custom report template"""
        from .update_custom_report_template import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a custom report template"""
        from .delete_custom_report_template import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )


class AsyncCustomReportTemplatesNamespace(AsyncNamespace):
    """Saved custom report templates of a repository. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[CustomReportTemplate]:
        """List the custom report templates of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_custom_report_templates import asyncio_detailed

        return cast(
            "AsyncPager[CustomReportTemplate]",
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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the custom report templates of a repository: the id of every matching record, in one request
        (`all_ids`)."""
        from .list_custom_report_templates import asyncio_detailed

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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[CustomReportTemplate]:
        """List the custom report templates of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_custom_report_templates import asyncio_detailed

        return cast(
            "AsyncIterator[CustomReportTemplate]",
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
        sort_direction: ListCustomReportTemplatesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> (
        CustomReportTemplatePage
        | builtins.list[CustomReportTemplate]
        | builtins.list[int]
    ):
        """List the custom report templates of a repository: one raw page, as the server answers it."""
        from .list_custom_report_templates import asyncio_detailed

        return cast(
            "CustomReportTemplatePage | builtins.list[CustomReportTemplate] | builtins.list[int]",
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
        self, *, body: CustomReportTemplate, repo_id: int
    ) -> CreatedResponse:
        """Create a custom report template"""
        from .create_custom_report_template import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> CustomReportTemplate:
        """Get a custom report template"""
        from .get_custom_report_template import asyncio_detailed

        return cast(
            "CustomReportTemplate",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: CustomReportTemplate, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a custom report template"""
        from .update_custom_report_template import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a custom report template"""
        from .delete_custom_report_template import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )
