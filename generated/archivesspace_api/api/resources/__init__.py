"""The `resources` namespace: Resources (collections and their finding aids): create, publish, suppress, transfer, walk their
archival object trees, reorder them, find them by identifier, and export them as MARC 21 or CSV
templates."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.archival_record_children import ArchivalRecordChildren
    from ...models.ark_name import ArkName
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.found_resources import FoundResources
    from ...models.get_resource_tree_node_from_root_response_200 import (
        GetResourceTreeNodeFromRootResponse200,
    )
    from ...models.list_resources_sort_direction import (
        ListResourcesSortDirection,
        check_list_resources_sort_direction,
    )
    from ...models.ref import Ref
    from ...models.resource import Resource
    from ...models.resource_export_metadata import ResourceExportMetadata
    from ...models.resource_ordered_records import ResourceOrderedRecords
    from ...models.resource_page import ResourcePage
    from ...models.status_response import StatusResponse
    from ...models.suppressed_response import SuppressedResponse
    from ...models.tree_node import TreeNode
    from ...models.tree_root import TreeRoot
    from ...models.tree_waypoint_entry import TreeWaypointEntry
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ResourcesNamespace", "AsyncResourcesNamespace"]


class ResourcesNamespace(Namespace):
    """Resources (collections and their finding aids): create, publish, suppress, transfer, walk their
    archival object trees, reorder them, find them by identifier, and export them as MARC 21 or CSV
    templates."""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Resource]:
        """List the resources of a repository: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_resources import sync_detailed

        return cast(
            "Pager[Resource]",
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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the resources of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_resources import sync_detailed

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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Resource]:
        """List the resources of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_resources import sync_detailed

        return cast(
            "Iterator[Resource]",
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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Resource] | ResourcePage:
        """List the resources of a repository: one raw page, as the server answers it."""
        from .list_resources import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[Resource] | ResourcePage",
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

    def create(self, *, body: Resource, repo_id: int) -> CreatedResponse:
        """Create a resource"""
        from .create_resource import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Resource:
        """Get a resource"""
        from .get_resource import sync_detailed

        return cast(
            "Resource",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: Resource, repo_id: int, id: int) -> UpdatedResponse:
        """Update a resource"""
        from .update_resource import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a resource"""
        from .delete_resource import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish a resource and everything in it"""
        from .publish_resource import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def unpublish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Unpublish a resource and everything in it"""
        from .unpublish_resource import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a resource"""
        from .suppress_resource import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def transfer(self, *, repo_id: int, id: int, target_repo: str) -> StatusResponse:
        """Move a resource and its tree to another repository"""
        from .transfer_resource import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    def create_children(
        self, *, body: ArchivalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several archival objects at the top of a resource's tree"""
        from .create_resource_children import sync_detailed

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
        """Move archival objects to the top level of a resource's tree"""
        from .accept_resource_children import sync_detailed

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

    def get_ordered_records(self, *, repo_id: int, id: int) -> ResourceOrderedRecords:
        """List a published resource's records in tree order"""
        from .get_resource_ordered_records import sync_detailed

        return cast(
            "ResourceOrderedRecords",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def list_top_containers(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Ref]:
        """List the top containers of a published resource and its published archival objects"""
        from .list_resource_top_containers import sync_detailed

        return cast(
            "builtins.list[Ref]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def list_models_in_graph(self, *, repo_id: int, id: int) -> builtins.list[str]:
        """List the record types in a resource's graph"""
        from .list_resource_models_in_graph import sync_detailed

        return cast(
            "builtins.list[str]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def get_ark_name(self, *, repo_id: int, id: int) -> ArkName | None:
        """Get a resource's ARKs"""
        from .get_resource_ark_name import sync_detailed

        return cast(
            "ArkName | None", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def update_ark_name(
        self, *, body: ArkName, repo_id: int, id: int
    ) -> StatusResponse:
        """Set a resource's ARKs"""
        from .update_resource_ark_name import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def get_tree_root(
        self, *, repo_id: int, id: int, published_only: bool | Unset = False
    ) -> TreeRoot:
        """Get the top of a resource's tree"""
        from .get_resource_tree_root import sync_detailed

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
        """Get one waypoint (page) of children in a resource's tree"""
        from .get_resource_tree_waypoint import sync_detailed

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
        """Get one archival object of a resource's tree as a tree node"""
        from .get_resource_tree_node import sync_detailed

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
    ) -> GetResourceTreeNodeFromRootResponse200:
        """Get the paths from a resource's root to some of its archival objects"""
        from .get_resource_tree_node_from_root import sync_detailed

        return cast(
            "GetResourceTreeNodeFromRootResponse200",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    def download_top_container_template(self, *, repo_id: int, id: int) -> File:
        """Download a CSV template for creating top containers for a resource's archival objects"""
        from .download_resource_top_container_template import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def download_digital_object_template(self, *, repo_id: int, id: int) -> File:
        """Download a CSV template for creating digital objects for a resource's archival objects"""
        from .download_resource_digital_object_template import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def export_marc21(
        self, *, repo_id: int, id: int, include_unpublished_marc: bool | Unset = UNSET
    ) -> File:
        """Export a resource as MARC 21 XML"""
        from .export_resource_marc21 import sync_detailed

        return cast(
            "File",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished_marc=include_unpublished_marc,
            ),
        )

    def get_marc21_metadata(
        self,
        *,
        repo_id: int,
        id: int,
        fmt: str,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's MARC 21 export"""
        from .get_resource_marc21_metadata import sync_detailed

        return cast(
            "ResourceExportMetadata",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                fmt=fmt,
                include_unpublished_marc=include_unpublished_marc,
            ),
        )

    def find_by_id(
        self,
        *,
        repo_id: int,
        identifier: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundResources:
        """Find resources by identifier or ARK"""
        from .find_resources_by_id import sync_detailed

        return cast(
            "FoundResources",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                identifier=identifier,
                ark=ark,
                resolve=resolve,
            ),
        )


class AsyncResourcesNamespace(AsyncNamespace):
    """Resources (collections and their finding aids): create, publish, suppress, transfer, walk their
    archival object trees, reorder them, find them by identifier, and export them as MARC 21 or CSV
    templates. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Resource]:
        """List the resources of a repository: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages)."""
        from .list_resources import asyncio_detailed

        return cast(
            "AsyncPager[Resource]",
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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the resources of a repository: the id of every matching record, in one request (`all_ids`)."""
        from .list_resources import asyncio_detailed

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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Resource]:
        """List the resources of a repository: these records by id, 250 a request (`id_set`)."""
        from .list_resources import asyncio_detailed

        return cast(
            "AsyncIterator[Resource]",
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
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Resource] | ResourcePage:
        """List the resources of a repository: one raw page, as the server answers it."""
        from .list_resources import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[Resource] | ResourcePage",
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

    async def create(self, *, body: Resource, repo_id: int) -> CreatedResponse:
        """Create a resource"""
        from .create_resource import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> Resource:
        """Get a resource"""
        from .get_resource import asyncio_detailed

        return cast(
            "Resource",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(self, *, body: Resource, repo_id: int, id: int) -> UpdatedResponse:
        """Update a resource"""
        from .update_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a resource"""
        from .delete_resource import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish a resource and everything in it"""
        from .publish_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def unpublish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Unpublish a resource and everything in it"""
        from .unpublish_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a resource"""
        from .suppress_resource import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def transfer(
        self, *, repo_id: int, id: int, target_repo: str
    ) -> StatusResponse:
        """Move a resource and its tree to another repository"""
        from .transfer_resource import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    async def create_children(
        self, *, body: ArchivalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several archival objects at the top of a resource's tree"""
        from .create_resource_children import asyncio_detailed

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
        """Move archival objects to the top level of a resource's tree"""
        from .accept_resource_children import asyncio_detailed

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

    async def get_ordered_records(
        self, *, repo_id: int, id: int
    ) -> ResourceOrderedRecords:
        """List a published resource's records in tree order"""
        from .get_resource_ordered_records import asyncio_detailed

        return cast(
            "ResourceOrderedRecords",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def list_top_containers(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> builtins.list[Ref]:
        """List the top containers of a published resource and its published archival objects"""
        from .list_resource_top_containers import asyncio_detailed

        return cast(
            "builtins.list[Ref]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def list_models_in_graph(
        self, *, repo_id: int, id: int
    ) -> builtins.list[str]:
        """List the record types in a resource's graph"""
        from .list_resource_models_in_graph import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_ark_name(self, *, repo_id: int, id: int) -> ArkName | None:
        """Get a resource's ARKs"""
        from .get_resource_ark_name import asyncio_detailed

        return cast(
            "ArkName | None",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def update_ark_name(
        self, *, body: ArkName, repo_id: int, id: int
    ) -> StatusResponse:
        """Set a resource's ARKs"""
        from .update_resource_ark_name import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def get_tree_root(
        self, *, repo_id: int, id: int, published_only: bool | Unset = False
    ) -> TreeRoot:
        """Get the top of a resource's tree"""
        from .get_resource_tree_root import asyncio_detailed

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
        """Get one waypoint (page) of children in a resource's tree"""
        from .get_resource_tree_waypoint import asyncio_detailed

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
        """Get one archival object of a resource's tree as a tree node"""
        from .get_resource_tree_node import asyncio_detailed

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
    ) -> GetResourceTreeNodeFromRootResponse200:
        """Get the paths from a resource's root to some of its archival objects"""
        from .get_resource_tree_node_from_root import asyncio_detailed

        return cast(
            "GetResourceTreeNodeFromRootResponse200",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    async def download_top_container_template(self, *, repo_id: int, id: int) -> File:
        """Download a CSV template for creating top containers for a resource's archival objects"""
        from .download_resource_top_container_template import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def download_digital_object_template(self, *, repo_id: int, id: int) -> File:
        """Download a CSV template for creating digital objects for a resource's archival objects"""
        from .download_resource_digital_object_template import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def export_marc21(
        self, *, repo_id: int, id: int, include_unpublished_marc: bool | Unset = UNSET
    ) -> File:
        """Export a resource as MARC 21 XML"""
        from .export_resource_marc21 import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                include_unpublished_marc=include_unpublished_marc,
            ),
        )

    async def get_marc21_metadata(
        self,
        *,
        repo_id: int,
        id: int,
        fmt: str,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's MARC 21 export"""
        from .get_resource_marc21_metadata import asyncio_detailed

        return cast(
            "ResourceExportMetadata",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                fmt=fmt,
                include_unpublished_marc=include_unpublished_marc,
            ),
        )

    async def find_by_id(
        self,
        *,
        repo_id: int,
        identifier: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundResources:
        """Find resources by identifier or ARK"""
        from .find_resources_by_id import asyncio_detailed

        return cast(
            "FoundResources",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                identifier=identifier,
                ark=ark,
                resolve=resolve,
            ),
        )
