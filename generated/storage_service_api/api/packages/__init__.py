"""The `packages` namespace: Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
(`/api/v2/file/`) for historical reasons."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    import datetime
    from io import BytesIO
    from typing import Any, cast
    from uuid import UUID

    from ...models.add_package_sword_media_in_progress import (
        AddPackageSwordMediaInProgress,
        check_add_package_sword_media_in_progress,
    )
    from ...models.add_package_sword_media_packaging import (
        AddPackageSwordMediaPackaging,
        check_add_package_sword_media_packaging,
    )
    from ...models.callback_failure import CallbackFailure
    from ...models.check_package_fixity_force_local import (
        CheckPackageFixityForceLocal,
        check_check_package_fixity_force_local,
    )
    from ...models.error_message import ErrorMessage
    from ...models.error_result import ErrorResult
    from ...models.failure_result import FailureResult
    from ...models.file_metadata import FileMetadata
    from ...models.fixity_report import FixityReport
    from ...models.list_packages_format import (
        ListPackagesFormat,
        check_list_packages_format,
    )
    from ...models.location_purpose import LocationPurpose, check_location_purpose
    from ...models.message_result import MessageResult
    from ...models.move_package_form import MovePackageForm
    from ...models.package import Package
    from ...models.package_content_input import PackageContentInput
    from ...models.package_contents import PackageContents
    from ...models.package_contents_added import PackageContentsAdded
    from ...models.package_create import PackageCreate
    from ...models.package_event_request import PackageEventRequest
    from ...models.package_event_result import PackageEventResult
    from ...models.package_list import PackageList
    from ...models.package_reingest_patch import PackageReingestPatch
    from ...models.package_status import PackageStatus, check_package_status
    from ...models.package_type import PackageType, check_package_type
    from ...models.package_update import PackageUpdate
    from ...models.reindex_result import ReindexResult
    from ...models.reingest_request import ReingestRequest
    from ...models.reingest_result import ReingestResult
    from ...models.resource_schema import ResourceSchema
    from ...models.tastypie_error import TastypieError
    from ...models.update_package_sword_deposit_in_progress import (
        UpdatePackageSwordDepositInProgress,
        check_update_package_sword_deposit_in_progress,
    )
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PackagesNamespace", "AsyncPackagesNamespace"]


class PackagesNamespace(Namespace):
    """Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
    (`/api/v2/file/`) for historical reasons."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the package (`file`) resource"""
        from .get_package_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format_: ListPackagesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        uuid_in: builtins.list[UUID] | Unset = UNSET,
        package_type: PackageType | Unset = UNSET,
        package_type_in: builtins.list[PackageType] | Unset = UNSET,
        status: PackageStatus | Unset = UNSET,
        status_in: builtins.list[PackageStatus] | Unset = UNSET,
        path: str | Unset = UNSET,
        stored_date: datetime.datetime | Unset = UNSET,
        stored_date_gte: datetime.datetime | Unset = UNSET,
        stored_date_lt: datetime.datetime | Unset = UNSET,
        current_location: int | Unset = UNSET,
        current_location_uuid: UUID | Unset = UNSET,
        current_location_purpose: LocationPurpose | Unset = UNSET,
        related_packages: int | Unset = UNSET,
        related_packages_uuid: UUID | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Package]:
        """List the packages: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_packages import sync_detailed

        return cast(
            "Pager[Package]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format_=format_,
                uuid=uuid,
                uuid_in=uuid_in,
                package_type=package_type,
                package_type_in=package_type_in,
                status=status,
                status_in=status_in,
                path=path,
                stored_date=stored_date,
                stored_date_gte=stored_date_gte,
                stored_date_lt=stored_date_lt,
                current_location=current_location,
                current_location_uuid=current_location_uuid,
                current_location_purpose=current_location_purpose,
                related_packages=related_packages,
                related_packages_uuid=related_packages_uuid,
            ),
        )

    def list_page(
        self,
        *,
        format_: ListPackagesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        uuid_in: builtins.list[UUID] | Unset = UNSET,
        package_type: PackageType | Unset = UNSET,
        package_type_in: builtins.list[PackageType] | Unset = UNSET,
        status: PackageStatus | Unset = UNSET,
        status_in: builtins.list[PackageStatus] | Unset = UNSET,
        path: str | Unset = UNSET,
        stored_date: datetime.datetime | Unset = UNSET,
        stored_date_gte: datetime.datetime | Unset = UNSET,
        stored_date_lt: datetime.datetime | Unset = UNSET,
        current_location: int | Unset = UNSET,
        current_location_uuid: UUID | Unset = UNSET,
        current_location_purpose: LocationPurpose | Unset = UNSET,
        related_packages: int | Unset = UNSET,
        related_packages_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PackageList:
        """List the packages: one raw page, as the server answers it."""
        from .list_packages import sync_detailed

        return cast(
            "PackageList",
            self._invoker.call(
                sync_detailed,
                format_=format_,
                uuid=uuid,
                uuid_in=uuid_in,
                package_type=package_type,
                package_type_in=package_type_in,
                status=status,
                status_in=status_in,
                path=path,
                stored_date=stored_date,
                stored_date_gte=stored_date_gte,
                stored_date_lt=stored_date_lt,
                current_location=current_location,
                current_location_uuid=current_location_uuid,
                current_location_purpose=current_location_purpose,
                related_packages=related_packages,
                related_packages_uuid=related_packages_uuid,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: PackageCreate) -> Package:
        """Store a package, synchronously"""
        from .create_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body))

    def create_async(self, *, body: PackageCreate) -> Any:
        """Store a package in the background"""
        from .create_package_async import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Package:
        """Get a package"""
        from .get_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, uuid=uuid))

    def update(self, *, body: PackageUpdate, uuid: UUID) -> Package:
        """Update a package (and finish an AIP reingest)"""
        from .update_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def clear_reingest(self, *, body: PackageReingestPatch, uuid: UUID) -> Package:
        """Mark a package's reingest as over"""
        from .clear_package_reingest import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def request_deletion(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> MessageResult | PackageEventResult:
        """Ask for a package to be deleted"""
        from .request_package_deletion import sync_detailed

        return cast(
            "MessageResult | PackageEventResult",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def request_recovery(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> ErrorMessage | PackageEventResult:
        """Ask for a package to be recovered"""
        from .request_package_recovery import sync_detailed

        return cast(
            "ErrorMessage | PackageEventResult",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def extract_file(self, *, uuid: UUID, relative_path_to_file: str) -> File | str:
        """Download one file of a package"""
        from .extract_package_file import sync_detailed

        return cast(
            "File | str",
            self._invoker.call(
                sync_detailed, uuid=uuid, relative_path_to_file=relative_path_to_file
            ),
        )

    def download(self, *, uuid: UUID) -> File | str:
        """Download a whole package"""
        from .download_package import sync_detailed

        return cast("File | str", self._invoker.call(sync_detailed, uuid=uuid))

    def download_chunk(self, *, uuid: UUID, chunk_number: int) -> File | str:
        """Download one chunk of a package stored in LOCKSS"""
        from .download_package_chunk import sync_detailed

        return cast(
            "File | str",
            self._invoker.call(sync_detailed, uuid=uuid, chunk_number=chunk_number),
        )

    def get_pointer_file(self, *, uuid: UUID) -> File:
        """Get the METS pointer file of an AIP"""
        from .get_package_pointer_file import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))

    def check_fixity(
        self, *, uuid: UUID, force_local: CheckPackageFixityForceLocal | Unset = UNSET
    ) -> FixityReport:
        """Check a package's fixity"""
        from .check_package_fixity import sync_detailed

        return cast(
            "FixityReport",
            self._invoker.call(sync_detailed, uuid=uuid, force_local=force_local),
        )

    def compress(self, *, uuid: UUID) -> str:
        """A placeholder that compresses nothing"""
        from .compress_package import sync_detailed

        return cast("str", self._invoker.call(sync_detailed, uuid=uuid))

    def send_post_store_callback(self, *, uuid: UUID) -> Any:
        """Run the post-store callbacks for a package's files"""
        from .send_package_post_store_callback import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def list_contents(self, *, uuid: UUID) -> PackageContents:
        """List the files recorded for a package"""
        from .list_package_contents import sync_detailed

        return cast("PackageContents", self._invoker.call(sync_detailed, uuid=uuid))

    def add_contents(
        self, *, body: builtins.list[PackageContentInput], uuid: UUID
    ) -> Any | PackageContentsAdded:
        """Record files for a package"""
        from .add_package_contents import sync_detailed

        return cast(
            "Any | PackageContentsAdded",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def delete_contents(self, *, uuid: UUID) -> Any:
        """Delete every file record of a package"""
        from .delete_package_contents import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def search_files(
        self,
        *,
        relative_path: str | Unset = UNSET,
        fileuuid: UUID | Unset = UNSET,
        accessionid: str | Unset = UNSET,
        sipuuid: UUID | Unset = UNSET,
    ) -> builtins.list[FileMetadata]:
        """Find recorded files by path, UUID, accession or SIP"""
        from .search_package_files import sync_detailed

        return cast(
            "builtins.list[FileMetadata]",
            self._invoker.call(
                sync_detailed,
                relative_path=relative_path,
                fileuuid=fileuuid,
                accessionid=accessionid,
                sipuuid=sipuuid,
            ),
        )

    def reindex(self, *, uuid: UUID) -> ReindexResult:
        """Rebuild the file records of a transfer in backlog"""
        from .reindex_package import sync_detailed

        return cast("ReindexResult", self._invoker.call(sync_detailed, uuid=uuid))

    def reingest(self, *, body: ReingestRequest, uuid: UUID) -> ReingestResult:
        """Start a reingest of an AIP on a pipeline"""
        from .reingest_package import sync_detailed

        return cast(
            "ReingestResult", self._invoker.call(sync_detailed, body=body, uuid=uuid)
        )

    def move(self, *, body: MovePackageForm, uuid: UUID) -> Any:
        """Move a stored package to another location"""
        from .move_package import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def get_sword_deposit(self, *, uuid: UUID) -> File:
        """Get a SWORD deposit's Atom entry"""
        from .get_package_sword_deposit import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))

    def replace_sword_deposit(self, *, uuid: UUID) -> Any:
        """Replace a SWORD deposit (not implemented; does nothing)"""
        from .replace_package_sword_deposit import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def update_sword_deposit(
        self,
        *,
        uuid: UUID,
        body: File | Unset = UNSET,
        in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
    ) -> str:
        """Add METS-listed files to a SWORD deposit, or finalize it"""
        from .update_package_sword_deposit import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed, body=body, uuid=uuid, in_progress=in_progress
            ),
        )

    def delete_sword_deposit(self, *, uuid: UUID) -> Any:
        """Delete a SWORD deposit"""
        from .delete_package_sword_deposit import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def list_sword_media(self, *, uuid: UUID) -> str:
        """List the files of a SWORD deposit"""
        from .list_package_sword_media import sync_detailed

        return cast("str", self._invoker.call(sync_detailed, uuid=uuid))

    def replace_sword_media(
        self,
        *,
        body: File,
        uuid: UUID,
        content_disposition: str,
        content_md5: str | Unset = UNSET,
    ) -> Any:
        """Replace a file of a SWORD deposit"""
        from .replace_package_sword_media import sync_detailed

        return cast(
            "Any",
            self._invoker.call(
                sync_detailed,
                body=body,
                uuid=uuid,
                content_disposition=content_disposition,
                content_md5=content_md5,
            ),
        )

    def add_sword_media(
        self,
        *,
        body: File,
        uuid: UUID,
        content_disposition: str,
        content_md5: str | Unset = UNSET,
        packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
        in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
    ) -> str:
        """Add a file to a SWORD deposit"""
        from .add_package_sword_media import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed,
                body=body,
                uuid=uuid,
                content_disposition=content_disposition,
                content_md5=content_md5,
                packaging=packaging,
                in_progress=in_progress,
            ),
        )

    def delete_sword_media(self, *, uuid: UUID, filename: str | Unset = UNSET) -> Any:
        """Delete one file, or every file, of a SWORD deposit"""
        from .delete_package_sword_media import sync_detailed

        return cast(
            "Any", self._invoker.call(sync_detailed, uuid=uuid, filename=filename)
        )

    def get_sword_state(self, *, uuid: UUID) -> File:
        """Get the state of a SWORD deposit (Atom feed)"""
        from .get_package_sword_state import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))


class AsyncPackagesNamespace(AsyncNamespace):
    """Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
    (`/api/v2/file/`) for historical reasons. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the package (`file`) resource"""
        from .get_package_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format_: ListPackagesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        uuid_in: builtins.list[UUID] | Unset = UNSET,
        package_type: PackageType | Unset = UNSET,
        package_type_in: builtins.list[PackageType] | Unset = UNSET,
        status: PackageStatus | Unset = UNSET,
        status_in: builtins.list[PackageStatus] | Unset = UNSET,
        path: str | Unset = UNSET,
        stored_date: datetime.datetime | Unset = UNSET,
        stored_date_gte: datetime.datetime | Unset = UNSET,
        stored_date_lt: datetime.datetime | Unset = UNSET,
        current_location: int | Unset = UNSET,
        current_location_uuid: UUID | Unset = UNSET,
        current_location_purpose: LocationPurpose | Unset = UNSET,
        related_packages: int | Unset = UNSET,
        related_packages_uuid: UUID | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Package]:
        """List the packages: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_packages import asyncio_detailed

        return cast(
            "AsyncPager[Package]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format_=format_,
                uuid=uuid,
                uuid_in=uuid_in,
                package_type=package_type,
                package_type_in=package_type_in,
                status=status,
                status_in=status_in,
                path=path,
                stored_date=stored_date,
                stored_date_gte=stored_date_gte,
                stored_date_lt=stored_date_lt,
                current_location=current_location,
                current_location_uuid=current_location_uuid,
                current_location_purpose=current_location_purpose,
                related_packages=related_packages,
                related_packages_uuid=related_packages_uuid,
            ),
        )

    async def list_page(
        self,
        *,
        format_: ListPackagesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        uuid_in: builtins.list[UUID] | Unset = UNSET,
        package_type: PackageType | Unset = UNSET,
        package_type_in: builtins.list[PackageType] | Unset = UNSET,
        status: PackageStatus | Unset = UNSET,
        status_in: builtins.list[PackageStatus] | Unset = UNSET,
        path: str | Unset = UNSET,
        stored_date: datetime.datetime | Unset = UNSET,
        stored_date_gte: datetime.datetime | Unset = UNSET,
        stored_date_lt: datetime.datetime | Unset = UNSET,
        current_location: int | Unset = UNSET,
        current_location_uuid: UUID | Unset = UNSET,
        current_location_purpose: LocationPurpose | Unset = UNSET,
        related_packages: int | Unset = UNSET,
        related_packages_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> PackageList:
        """List the packages: one raw page, as the server answers it."""
        from .list_packages import asyncio_detailed

        return cast(
            "PackageList",
            await self._invoker.call(
                asyncio_detailed,
                format_=format_,
                uuid=uuid,
                uuid_in=uuid_in,
                package_type=package_type,
                package_type_in=package_type_in,
                status=status,
                status_in=status_in,
                path=path,
                stored_date=stored_date,
                stored_date_gte=stored_date_gte,
                stored_date_lt=stored_date_lt,
                current_location=current_location,
                current_location_uuid=current_location_uuid,
                current_location_purpose=current_location_purpose,
                related_packages=related_packages,
                related_packages_uuid=related_packages_uuid,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: PackageCreate) -> Package:
        """Store a package, synchronously"""
        from .create_package import asyncio_detailed

        return cast("Package", await self._invoker.call(asyncio_detailed, body=body))

    async def create_async(self, *, body: PackageCreate) -> Any:
        """Store a package in the background"""
        from .create_package_async import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Package:
        """Get a package"""
        from .get_package import asyncio_detailed

        return cast("Package", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def update(self, *, body: PackageUpdate, uuid: UUID) -> Package:
        """Update a package (and finish an AIP reingest)"""
        from .update_package import asyncio_detailed

        return cast(
            "Package", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def clear_reingest(
        self, *, body: PackageReingestPatch, uuid: UUID
    ) -> Package:
        """Mark a package's reingest as over"""
        from .clear_package_reingest import asyncio_detailed

        return cast(
            "Package", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def request_deletion(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> MessageResult | PackageEventResult:
        """Ask for a package to be deleted"""
        from .request_package_deletion import asyncio_detailed

        return cast(
            "MessageResult | PackageEventResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def request_recovery(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> ErrorMessage | PackageEventResult:
        """Ask for a package to be recovered"""
        from .request_package_recovery import asyncio_detailed

        return cast(
            "ErrorMessage | PackageEventResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def extract_file(
        self, *, uuid: UUID, relative_path_to_file: str
    ) -> File | str:
        """Download one file of a package"""
        from .extract_package_file import asyncio_detailed

        return cast(
            "File | str",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, relative_path_to_file=relative_path_to_file
            ),
        )

    async def download(self, *, uuid: UUID) -> File | str:
        """Download a whole package"""
        from .download_package import asyncio_detailed

        return cast("File | str", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def download_chunk(self, *, uuid: UUID, chunk_number: int) -> File | str:
        """Download one chunk of a package stored in LOCKSS"""
        from .download_package_chunk import asyncio_detailed

        return cast(
            "File | str",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, chunk_number=chunk_number
            ),
        )

    async def get_pointer_file(self, *, uuid: UUID) -> File:
        """Get the METS pointer file of an AIP"""
        from .get_package_pointer_file import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def check_fixity(
        self, *, uuid: UUID, force_local: CheckPackageFixityForceLocal | Unset = UNSET
    ) -> FixityReport:
        """Check a package's fixity"""
        from .check_package_fixity import asyncio_detailed

        return cast(
            "FixityReport",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, force_local=force_local
            ),
        )

    async def compress(self, *, uuid: UUID) -> str:
        """A placeholder that compresses nothing"""
        from .compress_package import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def send_post_store_callback(self, *, uuid: UUID) -> Any:
        """Run the post-store callbacks for a package's files"""
        from .send_package_post_store_callback import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def list_contents(self, *, uuid: UUID) -> PackageContents:
        """List the files recorded for a package"""
        from .list_package_contents import asyncio_detailed

        return cast(
            "PackageContents", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def add_contents(
        self, *, body: builtins.list[PackageContentInput], uuid: UUID
    ) -> Any | PackageContentsAdded:
        """Record files for a package"""
        from .add_package_contents import asyncio_detailed

        return cast(
            "Any | PackageContentsAdded",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def delete_contents(self, *, uuid: UUID) -> Any:
        """Delete every file record of a package"""
        from .delete_package_contents import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def search_files(
        self,
        *,
        relative_path: str | Unset = UNSET,
        fileuuid: UUID | Unset = UNSET,
        accessionid: str | Unset = UNSET,
        sipuuid: UUID | Unset = UNSET,
    ) -> builtins.list[FileMetadata]:
        """Find recorded files by path, UUID, accession or SIP"""
        from .search_package_files import asyncio_detailed

        return cast(
            "builtins.list[FileMetadata]",
            await self._invoker.call(
                asyncio_detailed,
                relative_path=relative_path,
                fileuuid=fileuuid,
                accessionid=accessionid,
                sipuuid=sipuuid,
            ),
        )

    async def reindex(self, *, uuid: UUID) -> ReindexResult:
        """Rebuild the file records of a transfer in backlog"""
        from .reindex_package import asyncio_detailed

        return cast(
            "ReindexResult", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def reingest(self, *, body: ReingestRequest, uuid: UUID) -> ReingestResult:
        """Start a reingest of an AIP on a pipeline"""
        from .reingest_package import asyncio_detailed

        return cast(
            "ReingestResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def move(self, *, body: MovePackageForm, uuid: UUID) -> Any:
        """Move a stored package to another location"""
        from .move_package import asyncio_detailed

        return cast(
            "Any", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def get_sword_deposit(self, *, uuid: UUID) -> File:
        """Get a SWORD deposit's Atom entry"""
        from .get_package_sword_deposit import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def replace_sword_deposit(self, *, uuid: UUID) -> Any:
        """Replace a SWORD deposit (not implemented; does nothing)"""
        from .replace_package_sword_deposit import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def update_sword_deposit(
        self,
        *,
        uuid: UUID,
        body: File | Unset = UNSET,
        in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
    ) -> str:
        """Add METS-listed files to a SWORD deposit, or finalize it"""
        from .update_package_sword_deposit import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed, body=body, uuid=uuid, in_progress=in_progress
            ),
        )

    async def delete_sword_deposit(self, *, uuid: UUID) -> Any:
        """Delete a SWORD deposit"""
        from .delete_package_sword_deposit import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def list_sword_media(self, *, uuid: UUID) -> str:
        """List the files of a SWORD deposit"""
        from .list_package_sword_media import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def replace_sword_media(
        self,
        *,
        body: File,
        uuid: UUID,
        content_disposition: str,
        content_md5: str | Unset = UNSET,
    ) -> Any:
        """Replace a file of a SWORD deposit"""
        from .replace_package_sword_media import asyncio_detailed

        return cast(
            "Any",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                uuid=uuid,
                content_disposition=content_disposition,
                content_md5=content_md5,
            ),
        )

    async def add_sword_media(
        self,
        *,
        body: File,
        uuid: UUID,
        content_disposition: str,
        content_md5: str | Unset = UNSET,
        packaging: AddPackageSwordMediaPackaging | Unset = UNSET,
        in_progress: AddPackageSwordMediaInProgress | Unset = UNSET,
    ) -> str:
        """Add a file to a SWORD deposit"""
        from .add_package_sword_media import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed,
                body=body,
                uuid=uuid,
                content_disposition=content_disposition,
                content_md5=content_md5,
                packaging=packaging,
                in_progress=in_progress,
            ),
        )

    async def delete_sword_media(
        self, *, uuid: UUID, filename: str | Unset = UNSET
    ) -> Any:
        """Delete one file, or every file, of a SWORD deposit"""
        from .delete_package_sword_media import asyncio_detailed

        return cast(
            "Any",
            await self._invoker.call(asyncio_detailed, uuid=uuid, filename=filename),
        )

    async def get_sword_state(self, *, uuid: UUID) -> File:
        """Get the state of a SWORD deposit (Atom feed)"""
        from .get_package_sword_state import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))
