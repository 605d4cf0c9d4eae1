"""The `digital_objects` namespace: Digital objects: create, publish, suppress, transfer, walk their component trees, and export them as
Dublin Core, METS or MODS."""

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
    from ...models.digital_object import DigitalObject
    from ...models.digital_object_export_metadata import DigitalObjectExportMetadata
    from ...models.digital_object_page import DigitalObjectPage
    from ...models.digital_record_children import DigitalRecordChildren
    from ...models.error import Error
    from ...models.found_digital_objects import FoundDigitalObjects
    from ...models.get_digital_object_tree_node_from_root_response_200 import (
        GetDigitalObjectTreeNodeFromRootResponse200,
    )
    from ...models.list_digital_objects_sort_direction import (
        ListDigitalObjectsSortDirection,
        check_list_digital_objects_sort_direction,
    )
    from ...models.status_response import StatusResponse
    from ...models.suppressed_response import SuppressedResponse
    from ...models.tree_node import TreeNode
    from ...models.tree_root import TreeRoot
    from ...models.tree_waypoint_entry import TreeWaypointEntry
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DigitalObjectsNamespace", "AsyncDigitalObjectsNamespace"]


class DigitalObjectsNamespace(Namespace):
    """Digital objects: create, publish, suppress, transfer, walk their component trees, and export them as
    Dublin Core, METS or MODS."""

    def find_by_id(
        self,
        *,
        repo_id: int,
        digital_object_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjects:
        """Find digital objects by digital object ID"""
        from .find_digital_objects_by_id import sync_detailed

        return cast(
            "FoundDigitalObjects",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                digital_object_id=digital_object_id,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[DigitalObject]:
        """List the repository's digital objects: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_digital_objects import sync_detailed

        return cast(
            "Pager[DigitalObject]",
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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital objects: the id of every matching record, in one request (`all_ids`)."""
        from .list_digital_objects import sync_detailed

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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DigitalObject]:
        """List the repository's digital objects: these records by id, 250 a request (`id_set`)."""
        from .list_digital_objects import sync_detailed

        return cast(
            "Iterator[DigitalObject]",
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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]:
        """List the repository's digital objects: one raw page, as the server answers it."""
        from .list_digital_objects import sync_detailed

        return cast(
            "DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]",
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

    def create(self, *, body: DigitalObject, repo_id: int) -> CreatedResponse:
        """Create a digital object"""
        from .create_digital_object import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> DigitalObject:
        """Get a digital object"""
        from .get_digital_object import sync_detailed

        return cast(
            "DigitalObject",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(self, *, body: DigitalObject, repo_id: int, id: int) -> UpdatedResponse:
        """Update a digital object"""
        from .update_digital_object import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a digital object"""
        from .delete_digital_object import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish a digital object with all its sub-records and components"""
        from .publish_digital_object import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object"""
        from .suppress_digital_object import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def transfer(self, *, repo_id: int, id: int, target_repo: str) -> StatusResponse:
        """Move a digital object to another repository"""
        from .transfer_digital_object import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    def create_children(
        self, *, body: DigitalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several components at the top of a digital object's tree"""
        from .create_digital_object_children import sync_detailed

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
        """Move existing components to the top of a digital object's tree"""
        from .accept_digital_object_children import sync_detailed

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
        """Get the top of a digital object's tree"""
        from .get_digital_object_tree_root import sync_detailed

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
        """Get one waypoint (page) of children in a digital object's tree"""
        from .get_digital_object_tree_waypoint import sync_detailed

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
        """Get one component of a digital object's tree as a tree node"""
        from .get_digital_object_tree_node import sync_detailed

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
    ) -> GetDigitalObjectTreeNodeFromRootResponse200:
        """Get the paths from a digital object down to some of its components"""
        from .get_digital_object_tree_node_from_root import sync_detailed

        return cast(
            "GetDigitalObjectTreeNodeFromRootResponse200",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    def export_dublin_core(self, *, repo_id: int, id: int) -> File:
        """Export a digital object as Dublin Core XML"""
        from .export_digital_object_dublin_core import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_dublin_core_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's Dublin Core export"""
        from .get_digital_object_dublin_core_metadata import sync_detailed

        return cast(
            "DigitalObjectExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def export_mets(self, *, repo_id: int, id: int, dmd: str | Unset = UNSET) -> File:
        """Export a digital object as METS XML"""
        from .export_digital_object_mets import sync_detailed

        return cast(
            "File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id, dmd=dmd)
        )

    def get_mets_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's METS export"""
        from .get_digital_object_mets_metadata import sync_detailed

        return cast(
            "DigitalObjectExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def export_mods(self, *, repo_id: int, id: int) -> File:
        """Export a digital object as MODS XML"""
        from .export_digital_object_mods import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_mods_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's MODS export"""
        from .get_digital_object_mods_metadata import sync_detailed

        return cast(
            "DigitalObjectExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncDigitalObjectsNamespace(AsyncNamespace):
    """Digital objects: create, publish, suppress, transfer, walk their component trees, and export them as
    Dublin Core, METS or MODS. (asynchronous)"""

    async def find_by_id(
        self,
        *,
        repo_id: int,
        digital_object_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjects:
        """Find digital objects by digital object ID"""
        from .find_digital_objects_by_id import asyncio_detailed

        return cast(
            "FoundDigitalObjects",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                digital_object_id=digital_object_id,
                resolve=resolve,
            ),
        )

    def list(
        self,
        *,
        repo_id: int,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[DigitalObject]:
        """List the repository's digital objects: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages)."""
        from .list_digital_objects import asyncio_detailed

        return cast(
            "AsyncPager[DigitalObject]",
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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital objects: the id of every matching record, in one request (`all_ids`)."""
        from .list_digital_objects import asyncio_detailed

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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DigitalObject]:
        """List the repository's digital objects: these records by id, 250 a request (`id_set`)."""
        from .list_digital_objects import asyncio_detailed

        return cast(
            "AsyncIterator[DigitalObject]",
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
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]:
        """List the repository's digital objects: one raw page, as the server answers it."""
        from .list_digital_objects import asyncio_detailed

        return cast(
            "DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]",
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

    async def create(self, *, body: DigitalObject, repo_id: int) -> CreatedResponse:
        """Create a digital object"""
        from .create_digital_object import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self, *, repo_id: int, id: int, resolve: builtins.list[str] | Unset = UNSET
    ) -> DigitalObject:
        """Get a digital object"""
        from .get_digital_object import asyncio_detailed

        return cast(
            "DigitalObject",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: DigitalObject, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a digital object"""
        from .update_digital_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a digital object"""
        from .delete_digital_object import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def publish(self, *, repo_id: int, id: int) -> UpdatedResponse:
        """Publish a digital object with all its sub-records and components"""
        from .publish_digital_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def suppress(
        self, *, repo_id: int, id: int, suppressed: bool
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object"""
        from .suppress_digital_object import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def transfer(
        self, *, repo_id: int, id: int, target_repo: str
    ) -> StatusResponse:
        """Move a digital object to another repository"""
        from .transfer_digital_object import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    async def create_children(
        self, *, body: DigitalRecordChildren, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Create several components at the top of a digital object's tree"""
        from .create_digital_object_children import asyncio_detailed

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
        """Move existing components to the top of a digital object's tree"""
        from .accept_digital_object_children import asyncio_detailed

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
        """Get the top of a digital object's tree"""
        from .get_digital_object_tree_root import asyncio_detailed

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
        """Get one waypoint (page) of children in a digital object's tree"""
        from .get_digital_object_tree_waypoint import asyncio_detailed

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
        """Get one component of a digital object's tree as a tree node"""
        from .get_digital_object_tree_node import asyncio_detailed

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
    ) -> GetDigitalObjectTreeNodeFromRootResponse200:
        """Get the paths from a digital object down to some of its components"""
        from .get_digital_object_tree_node_from_root import asyncio_detailed

        return cast(
            "GetDigitalObjectTreeNodeFromRootResponse200",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    async def export_dublin_core(self, *, repo_id: int, id: int) -> File:
        """Export a digital object as Dublin Core XML"""
        from .export_digital_object_dublin_core import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_dublin_core_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's Dublin Core export"""
        from .get_digital_object_dublin_core_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def export_mets(
        self, *, repo_id: int, id: int, dmd: str | Unset = UNSET
    ) -> File:
        """Export a digital object as METS XML"""
        from .export_digital_object_mets import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, dmd=dmd),
        )

    async def get_mets_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's METS export"""
        from .get_digital_object_mets_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def export_mods(self, *, repo_id: int, id: int) -> File:
        """Export a digital object as MODS XML"""
        from .export_digital_object_mods import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_mods_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's MODS export"""
        from .get_digital_object_mods_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
