"""The `search` namespace: Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
and location profiles), index documents by URI, and counts of record types."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.record_type_counts import RecordTypeCounts
    from ...models.record_type_counts_form import RecordTypeCountsForm
    from ...models.repository_search_form import RepositorySearchForm
    from ...models.search_form import SearchForm
    from ...models.search_page import SearchPage
    from ...models.search_records_form import SearchRecordsForm
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SearchNamespace", "AsyncSearchNamespace"]


class SearchNamespace(Namespace):
    """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
    and location profiles), index documents by URI, and counts of record types."""

    def all(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the whole archive"""
        from .search_all import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def all_post(self, *, body: SearchForm) -> SearchPage:
        """Search the whole archive (form body)"""
        from .search_all_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def repository(
        self,
        *,
        repo_id: int,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        csv_export_use_solr_writer: bool | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search one repository"""
        from .search_repository import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                csv_export_use_solr_writer=csv_export_use_solr_writer,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def repository_post(
        self, *, body: RepositorySearchForm, repo_id: int
    ) -> SearchPage:
        """Search one repository (form body)"""
        from .search_repository_post import sync_detailed

        return cast(
            "SearchPage", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def repositories(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the repository records"""
        from .search_repositories import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def repositories_post(self, *, body: SearchForm) -> SearchPage:
        """Search the repository records (form body)"""
        from .search_repositories_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def records(
        self, *, uri: builtins.list[str], resolve: builtins.list[str] | Unset = UNSET
    ) -> SearchPage:
        """Fetch index documents by record URI"""
        from .search_records import sync_detailed

        return cast(
            "SearchPage", self._invoker.call(sync_detailed, uri=uri, resolve=resolve)
        )

    def records_post(self, *, body: SearchRecordsForm) -> SearchPage:
        """Fetch index documents by record URI (form body)"""
        from .search_records_post import sync_detailed

        return cast("SearchPage", self._invoker.call(sync_detailed, body=body))

    def record_types_by_repository(
        self, *, record_types: builtins.list[str], repo_uri: str | Unset = UNSET
    ) -> RecordTypeCounts:
        """Count records of some types, by repository"""
        from .search_record_types_by_repository import sync_detailed

        return cast(
            "RecordTypeCounts",
            self._invoker.call(
                sync_detailed, record_types=record_types, repo_uri=repo_uri
            ),
        )

    def record_types_by_repository_post(
        self, *, body: RecordTypeCountsForm
    ) -> RecordTypeCounts:
        """Count records of some types, by repository (form body)"""
        from .search_record_types_by_repository_post import sync_detailed

        return cast("RecordTypeCounts", self._invoker.call(sync_detailed, body=body))

    def location_profiles(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the location profiles"""
        from .search_location_profiles import sync_detailed

        return cast(
            "SearchPage",
            self._invoker.call(
                sync_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )


class AsyncSearchNamespace(AsyncNamespace):
    """Keyword and advanced search over the Solr index (by repository, across the archive, of repositories
    and location profiles), index documents by URI, and counts of record types. (asynchronous)"""

    async def all(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the whole archive"""
        from .search_all import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def all_post(self, *, body: SearchForm) -> SearchPage:
        """Search the whole archive (form body)"""
        from .search_all_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def repository(
        self,
        *,
        repo_id: int,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        csv_export_use_solr_writer: bool | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search one repository"""
        from .search_repository import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                csv_export_use_solr_writer=csv_export_use_solr_writer,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def repository_post(
        self, *, body: RepositorySearchForm, repo_id: int
    ) -> SearchPage:
        """Search one repository (form body)"""
        from .search_repository_post import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def repositories(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the repository records"""
        from .search_repositories import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def repositories_post(self, *, body: SearchForm) -> SearchPage:
        """Search the repository records (form body)"""
        from .search_repositories_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def records(
        self, *, uri: builtins.list[str], resolve: builtins.list[str] | Unset = UNSET
    ) -> SearchPage:
        """Fetch index documents by record URI"""
        from .search_records import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(asyncio_detailed, uri=uri, resolve=resolve),
        )

    async def records_post(self, *, body: SearchRecordsForm) -> SearchPage:
        """Fetch index documents by record URI (form body)"""
        from .search_records_post import asyncio_detailed

        return cast("SearchPage", await self._invoker.call(asyncio_detailed, body=body))

    async def record_types_by_repository(
        self, *, record_types: builtins.list[str], repo_uri: str | Unset = UNSET
    ) -> RecordTypeCounts:
        """Count records of some types, by repository"""
        from .search_record_types_by_repository import asyncio_detailed

        return cast(
            "RecordTypeCounts",
            await self._invoker.call(
                asyncio_detailed, record_types=record_types, repo_uri=repo_uri
            ),
        )

    async def record_types_by_repository_post(
        self, *, body: RecordTypeCountsForm
    ) -> RecordTypeCounts:
        """Count records of some types, by repository (form body)"""
        from .search_record_types_by_repository_post import asyncio_detailed

        return cast(
            "RecordTypeCounts", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def location_profiles(
        self,
        *,
        page: int,
        q: str | Unset = UNSET,
        aq: str | Unset = UNSET,
        type_: builtins.list[str] | Unset = UNSET,
        sort: str | Unset = UNSET,
        facet: builtins.list[str] | Unset = UNSET,
        facet_mincount: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        filter_query: builtins.list[str] | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        hl: bool | Unset = UNSET,
        root_record: str | Unset = UNSET,
        dt: str | Unset = UNSET,
        fields: builtins.list[str] | Unset = UNSET,
        page_size: int | Unset = 10,
        modified_since: int | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> SearchPage:
        """Search the location profiles"""
        from .search_location_profiles import asyncio_detailed

        return cast(
            "SearchPage",
            await self._invoker.call(
                asyncio_detailed,
                q=q,
                aq=aq,
                type_=type_,
                sort=sort,
                facet=facet,
                facet_mincount=facet_mincount,
                filter_=filter_,
                filter_query=filter_query,
                exclude=exclude,
                hl=hl,
                root_record=root_record,
                dt=dt,
                fields=fields,
                page=page,
                page_size=page_size,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )
