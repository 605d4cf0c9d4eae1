"""The `locations` namespace: Locations inside spaces, each with one purpose (AIP storage, transfer source, backlog...)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast
    from uuid import UUID

    from ...models.create_location_sword_deposit_in_progress import (
        CreateLocationSwordDepositInProgress,
        check_create_location_sword_deposit_in_progress,
    )
    from ...models.error_message import ErrorMessage
    from ...models.list_locations_format import (
        ListLocationsFormat,
        check_list_locations_format,
    )
    from ...models.location import Location
    from ...models.location_browse_result import LocationBrowseResult
    from ...models.location_create import LocationCreate
    from ...models.location_list import LocationList
    from ...models.location_purpose import LocationPurpose, check_location_purpose
    from ...models.move_files_request import MoveFilesRequest
    from ...models.move_files_result import MoveFilesResult
    from ...models.resource_schema import ResourceSchema
    from ...models.tastypie_error import TastypieError
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["LocationsNamespace", "AsyncLocationsNamespace"]


class LocationsNamespace(Namespace):
    """Locations inside spaces, each with one purpose (AIP storage, transfer source, backlog...)."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the location resource"""
        from .get_location_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format_: ListLocationsFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        purpose: LocationPurpose | Unset = UNSET,
        purpose_in: builtins.list[LocationPurpose] | Unset = UNSET,
        pipeline_uuid: UUID | Unset = UNSET,
        space: int | Unset = UNSET,
        space_uuid: UUID | Unset = UNSET,
        space_access_protocol: str | Unset = UNSET,
        relative_path: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        used: int | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Location]:
        """List the enabled locations: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_locations import sync_detailed

        return cast(
            "Pager[Location]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format_=format_,
                uuid=uuid,
                purpose=purpose,
                purpose_in=purpose_in,
                pipeline_uuid=pipeline_uuid,
                space=space,
                space_uuid=space_uuid,
                space_access_protocol=space_access_protocol,
                relative_path=relative_path,
                quota=quota,
                used=used,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    def list_page(
        self,
        *,
        format_: ListLocationsFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        purpose: LocationPurpose | Unset = UNSET,
        purpose_in: builtins.list[LocationPurpose] | Unset = UNSET,
        pipeline_uuid: UUID | Unset = UNSET,
        space: int | Unset = UNSET,
        space_uuid: UUID | Unset = UNSET,
        space_access_protocol: str | Unset = UNSET,
        relative_path: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        used: int | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> LocationList:
        """List the enabled locations: one raw page, as the server answers it."""
        from .list_locations import sync_detailed

        return cast(
            "LocationList",
            self._invoker.call(
                sync_detailed,
                format_=format_,
                uuid=uuid,
                purpose=purpose,
                purpose_in=purpose_in,
                pipeline_uuid=pipeline_uuid,
                space=space,
                space_uuid=space_uuid,
                space_access_protocol=space_access_protocol,
                relative_path=relative_path,
                quota=quota,
                used=used,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: LocationCreate) -> Location:
        """Create a location"""
        from .create_location import sync_detailed

        return cast("Location", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Location:
        """Get a location"""
        from .get_location import sync_detailed

        return cast("Location", self._invoker.call(sync_detailed, uuid=uuid))

    def move_files(self, *, body: MoveFilesRequest, uuid: UUID) -> MoveFilesResult:
        """Move files into this location, synchronously"""
        from .move_location_files import sync_detailed

        return cast(
            "MoveFilesResult", self._invoker.call(sync_detailed, body=body, uuid=uuid)
        )

    def move_files_async(self, *, body: MoveFilesRequest, uuid: UUID) -> Any:
        """Move files into this location in the background"""
        from .move_location_files_async import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def browse(self, *, uuid: UUID, path: str | Unset = UNSET) -> LocationBrowseResult:
        """List a directory of a location"""
        from .browse_location import sync_detailed

        return cast(
            "LocationBrowseResult",
            self._invoker.call(sync_detailed, uuid=uuid, path=path),
        )

    def get_default(self, *, purpose: LocationPurpose) -> None:
        """Find the default location for a purpose"""
        from .get_default_location import sync_detailed

        return cast("None", self._invoker.call(sync_detailed, purpose=purpose))

    def list_sword_deposits(self, *, uuid: UUID) -> File:
        """List the SWORD deposits of a location (Atom feed)"""
        from .list_location_sword_deposits import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))

    def create_sword_deposit(
        self,
        *,
        uuid: UUID,
        in_progress: CreateLocationSwordDepositInProgress,
        body: File | Unset = UNSET,
        source_location: UUID | Unset = UNSET,
        relative_path_to_files: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
    ) -> str:
        """Create a SWORD deposit in a location"""
        from .create_location_sword_deposit import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed,
                body=body,
                uuid=uuid,
                source_location=source_location,
                relative_path_to_files=relative_path_to_files,
                in_progress=in_progress,
                on_behalf_of=on_behalf_of,
            ),
        )


class AsyncLocationsNamespace(AsyncNamespace):
    """Locations inside spaces, each with one purpose (AIP storage, transfer source, backlog...). (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the location resource"""
        from .get_location_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format_: ListLocationsFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        purpose: LocationPurpose | Unset = UNSET,
        purpose_in: builtins.list[LocationPurpose] | Unset = UNSET,
        pipeline_uuid: UUID | Unset = UNSET,
        space: int | Unset = UNSET,
        space_uuid: UUID | Unset = UNSET,
        space_access_protocol: str | Unset = UNSET,
        relative_path: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        used: int | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Location]:
        """List the enabled locations: every record, fetched page by page as you iterate (`.by_page()` for
        whole pages)."""
        from .list_locations import asyncio_detailed

        return cast(
            "AsyncPager[Location]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format_=format_,
                uuid=uuid,
                purpose=purpose,
                purpose_in=purpose_in,
                pipeline_uuid=pipeline_uuid,
                space=space,
                space_uuid=space_uuid,
                space_access_protocol=space_access_protocol,
                relative_path=relative_path,
                quota=quota,
                used=used,
                description=description,
                description_icontains=description_icontains,
            ),
        )

    async def list_page(
        self,
        *,
        format_: ListLocationsFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        purpose: LocationPurpose | Unset = UNSET,
        purpose_in: builtins.list[LocationPurpose] | Unset = UNSET,
        pipeline_uuid: UUID | Unset = UNSET,
        space: int | Unset = UNSET,
        space_uuid: UUID | Unset = UNSET,
        space_access_protocol: str | Unset = UNSET,
        relative_path: str | Unset = UNSET,
        quota: int | Unset = UNSET,
        used: int | Unset = UNSET,
        description: str | Unset = UNSET,
        description_icontains: str | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> LocationList:
        """List the enabled locations: one raw page, as the server answers it."""
        from .list_locations import asyncio_detailed

        return cast(
            "LocationList",
            await self._invoker.call(
                asyncio_detailed,
                format_=format_,
                uuid=uuid,
                purpose=purpose,
                purpose_in=purpose_in,
                pipeline_uuid=pipeline_uuid,
                space=space,
                space_uuid=space_uuid,
                space_access_protocol=space_access_protocol,
                relative_path=relative_path,
                quota=quota,
                used=used,
                description=description,
                description_icontains=description_icontains,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: LocationCreate) -> Location:
        """Create a location"""
        from .create_location import asyncio_detailed

        return cast("Location", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Location:
        """Get a location"""
        from .get_location import asyncio_detailed

        return cast("Location", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def move_files(
        self, *, body: MoveFilesRequest, uuid: UUID
    ) -> MoveFilesResult:
        """Move files into this location, synchronously"""
        from .move_location_files import asyncio_detailed

        return cast(
            "MoveFilesResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def move_files_async(self, *, body: MoveFilesRequest, uuid: UUID) -> Any:
        """Move files into this location in the background"""
        from .move_location_files_async import asyncio_detailed

        return cast(
            "Any", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def browse(
        self, *, uuid: UUID, path: str | Unset = UNSET
    ) -> LocationBrowseResult:
        """List a directory of a location"""
        from .browse_location import asyncio_detailed

        return cast(
            "LocationBrowseResult",
            await self._invoker.call(asyncio_detailed, uuid=uuid, path=path),
        )

    async def get_default(self, *, purpose: LocationPurpose) -> None:
        """Find the default location for a purpose"""
        from .get_default_location import asyncio_detailed

        return cast("None", await self._invoker.call(asyncio_detailed, purpose=purpose))

    async def list_sword_deposits(self, *, uuid: UUID) -> File:
        """List the SWORD deposits of a location (Atom feed)"""
        from .list_location_sword_deposits import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def create_sword_deposit(
        self,
        *,
        uuid: UUID,
        in_progress: CreateLocationSwordDepositInProgress,
        body: File | Unset = UNSET,
        source_location: UUID | Unset = UNSET,
        relative_path_to_files: str | Unset = UNSET,
        on_behalf_of: str | Unset = UNSET,
    ) -> str:
        """Create a SWORD deposit in a location"""
        from .create_location_sword_deposit import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                uuid=uuid,
                source_location=source_location,
                relative_path_to_files=relative_path_to_files,
                in_progress=in_progress,
                on_behalf_of=on_behalf_of,
            ),
        )
