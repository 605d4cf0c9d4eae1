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
        """Get the Tastypie schema of the package (`file`) resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.packages.get_schema()
            ```
        """
        from .get_package_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format: ListPackagesFormat | Unset = UNSET,
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
        """List the packages: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        Deleted packages are listed too unless a `status` filter leaves them out. A page that holds
        a package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the
        server cannot serialize it (fonds's `ss.packages.list()` then fetches that page one package
        at a time and skips the ones that fail).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the package with this UUID.
            uuid_in: Only the packages with these UUIDs, sent comma-joined.
            package_type: Only packages of this type.
            package_type_in: Only packages of one of these types, sent comma-joined
                (`package_type__in=AIP,AIC`).
            status: Only packages with this status.
            status_in: Only packages with one of these statuses, sent comma-joined.
            path: Whitelisted by the server, but the resource has no `path` field, so the server
                ignores it. Kept for completeness; it filters nothing.
            stored_date: Only packages stored at exactly this time.
            stored_date_gte: Only packages stored at or after this time.
            stored_date_lt: Only packages stored before this time.
            current_location: Only packages in the location with this internal numeric id (which the
                API never shows; use `current_location__uuid`).
            current_location_uuid: Only packages in the location with this UUID.
            current_location_purpose: Only packages in locations with this purpose.
            related_packages: Only packages related to the package with this internal numeric id
                (use `related_packages__uuid`).
            related_packages_uuid: Only packages related to the package with this UUID (an AIP's
                DIPs, a DIP's AIP).
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Package]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query (JSON `{"error"}`, as `BadQuery` describes), or a
                page holding a package the server cannot serialize (plain text, as
                `UnserializablePackage` describes).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            for record in ss.packages.list():
                print(record)
            ```
        """
        from .list_packages import sync_detailed

        return cast(
            "Pager[Package]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format=format,
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
        format: ListPackagesFormat | Unset = UNSET,
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
        """List the packages: one raw page, as the server answers it.

        Deleted packages are listed too unless a `status` filter leaves them out. A page that holds
        a package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the
        server cannot serialize it (fonds's `ss.packages.list()` then fetches that page one package
        at a time and skips the ones that fail).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the package with this UUID.
            uuid_in: Only the packages with these UUIDs, sent comma-joined.
            package_type: Only packages of this type.
            package_type_in: Only packages of one of these types, sent comma-joined
                (`package_type__in=AIP,AIC`).
            status: Only packages with this status.
            status_in: Only packages with one of these statuses, sent comma-joined.
            path: Whitelisted by the server, but the resource has no `path` field, so the server
                ignores it. Kept for completeness; it filters nothing.
            stored_date: Only packages stored at exactly this time.
            stored_date_gte: Only packages stored at or after this time.
            stored_date_lt: Only packages stored before this time.
            current_location: Only packages in the location with this internal numeric id (which the
                API never shows; use `current_location__uuid`).
            current_location_uuid: Only packages in the location with this UUID.
            current_location_purpose: Only packages in locations with this purpose.
            related_packages: Only packages related to the package with this internal numeric id
                (use `related_packages__uuid`).
            related_packages_uuid: Only packages related to the package with this UUID (an AIP's
                DIPs, a DIP's AIP).
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            PackageList: A page of packages.

        Raises:
            ValidationError: 400: A bad list query (JSON `{"error"}`, as `BadQuery` describes), or a
                page holding a package the server cannot serialize (plain text, as
                `UnserializablePackage` describes).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.packages.list_page()
            ```
        """
        from .list_packages import sync_detailed

        return cast(
            "PackageList",
            self._invoker.call(
                sync_detailed,
                format=format,
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
        """Store a package, synchronously

        Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP
        storage is moved from `origin_location`/`origin_path` and stored (with its PREMIS events and
        agents); a transfer sent to a backlog location is moved to backlog. If storing fails the
        answer is 500 and the package row stays (status PENDING or FAIL). The dashboard's "store
        AIP" step calls this; for big packages use `create_package_async`.

        Args:
            body: The request body (`PackageCreate`).

        Returns:
            Package: The package was stored.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.create(body=package_create)
            ```
        """
        from .create_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body))

    def create_async(self, *, body: PackageCreate) -> Any:
        """Store a package in the background

        The asynchronous `create_package`: the package row is created, then stored by a background
        task. Answers 202 with the task in `Location`; the task's `result` is the stored package as
        a plain JSON object (a dict; read it with `Package.from_dict(task.result)`).

        Args:
            body: The request body (`PackageCreate`).

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.create_async(body=package_create)
            ```
        """
        from .create_package_async import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Package:
        """Get a package

        A package whose `origin_pipeline` is null (a SWORD deposit) cannot be serialized by the
        server, which answers 400 (plain text) for it, and for every list page that holds it.

        Args:
            uuid: The object's UUID.

        Returns:
            Package: The package.

        Raises:
            ValidationError: 400: The package has no `origin_pipeline` and the server cannot
                serialize it (tastypie's `ApiFieldError`, answered as plain text served as
                `text/html`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.packages.get(uuid=...)
            ```
        """
        from .get_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, uuid=uuid))

    def update(self, *, body: PackageUpdate, uuid: UUID) -> Package:
        """Update a package (and finish an AIP reingest)

        A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers
        500 `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but
        `related_packages` is replaced: leaving it out empties it, so send the current list to keep
        it. The dashboard uses the PUT to finish an AIP reingest, sending `reingest` with
        `origin_location`/`origin_path` (where the reingested AIP is) and
        `current_location`/`current_path` (where it goes). A PUT to a UUID that does not exist
        creates the package (201).

        Args:
            body: The request body (`PackageUpdate`).
            uuid: The object's UUID.

        Returns:
            Package: The package was updated.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.update(body=package_update, uuid=...)
            ```
        """
        from .update_package import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def clear_reingest(self, *, body: PackageReingestPatch, uuid: UUID) -> Package:
        """Mark a package's reingest as over

        The only PATCH the server allows: a body with the single key `reingest`, which clears the
        package's `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest
        finished or failed). Any other key answers 400 `PATCH only allowed on reingest`.

        Args:
            body: The request body (`PackageReingestPatch`).
            uuid: The object's UUID.

        Returns:
            Package: The reingest marker was cleared; the body is the package.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.

        Example:
            ```python
            ss.packages.clear_reingest(body=package_reingest_patch, uuid=...)
            ```
        """
        from .clear_package_reingest import sync_detailed

        return cast("Package", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def request_deletion(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> MessageResult | PackageEventResult:
        """Ask for a package to be deleted

        Records a deletion request for an administrator to approve; nothing is deleted yet and the
        package's status becomes DEL_REQ. A second request while one is pending answers 200 (not an
        error) with `A deletion request already exists for this AIP.` An unknown `pipeline` UUID
        answers 404 with tastypie's `{"error_message"}` (as observed on a 0.23 server).

        Args:
            body: The request body (`PackageEventRequest`).
            uuid: The object's UUID.

        Returns:
            MessageResult | PackageEventResult: A deletion request was already pending; nothing
                changed.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No package has this UUID (plain text served as `text/html`), or no
                pipeline has the `pipeline` UUID of the body (tastypie's JSON `{"error_message"}`:
                the lookup's `DoesNotExist` is answered as a 404).
            APIError: 405: This package type cannot be deleted (`Deletes not allowed on this package
                type.`).
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.request_deletion(body=package_event_request, uuid=...)
            ```
        """
        from .request_package_deletion import sync_detailed

        return cast(
            "MessageResult | PackageEventResult",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def request_recovery(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> ErrorMessage | PackageEventResult:
        """Ask for a package to be recovered

        Records a recovery request for an administrator to approve; the package's status becomes
        RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An
        unknown `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

        Args:
            body: The request body (`PackageEventRequest`).
            uuid: The object's UUID.

        Returns:
            ErrorMessage | PackageEventResult: A recovery request was already pending; nothing
                changed.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No package has this UUID (plain text served as `text/html`), or no
                pipeline has the `pipeline` UUID of the body (tastypie's JSON `{"error_message"}`:
                the lookup's `DoesNotExist` is answered as a 404).
            APIError: 405: This package type cannot be recovered (`Recovery not allowed on this
                package type.`).
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.request_recovery(body=package_event_request, uuid=...)
            ```
        """
        from .request_package_recovery import sync_detailed

        return cast(
            "ErrorMessage | PackageEventResult",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def extract_file(self, *, uuid: UUID, relative_path_to_file: str) -> File | str:
        """Download one file of a package

        Streams one file of the package, extracting it from a compressed package first. The server
        answers HEAD the same way and does the same work (AtoM uses HEAD to check a file exists).
        The Content-Type is guessed from the file name.

        Args:
            uuid: The object's UUID.
            relative_path_to_file: The file's path inside the package; it may start with the
                package's directory name (`<name>-<uuid>/data/METS.<uuid>.xml`). The server
                URL-decodes it once more after the query string is decoded, so a `%` in a file name
                must be encoded twice.

        Returns:
            File | str: The file's bytes.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 501: The package is compressed in a way the server cannot extract from;
                plain text served as `text/html`.
            ServerError: 502: Arkivum only - the server could not ask Arkivum whether the package is
                available.

        Example:
            ```python
            ss.packages.extract_file(uuid=..., relative_path_to_file="...")
            ```
        """
        from .extract_package_file import sync_detailed

        return cast(
            "File | str",
            self._invoker.call(
                sync_detailed, uuid=uuid, relative_path_to_file=relative_path_to_file
            ),
        )

    def download(self, *, uuid: UUID) -> File | str:
        """Download a whole package

        Streams the package: a compressed package as stored (7z, tar.gz...), an uncompressed one
        tarred on the fly. The server answers HEAD the same way and does the same work. In an
        Arkivum space a package that is on tape only answers 202 with a JSON message.

        Args:
            uuid: The object's UUID.

        Returns:
            File | str: The package's bytes. The server sends the type it guesses from the file name
                (`application/x-7z-compressed`, `application/x-tar`...).

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.
            ServerError: 502: Arkivum only - the server could not ask Arkivum whether the package is
                available.

        Example:
            ```python
            ss.packages.download(uuid=...)
            ```
        """
        from .download_package import sync_detailed

        return cast("File | str", self._invoker.call(sync_detailed, uuid=uuid))

    def download_chunk(self, *, uuid: UUID, chunk_number: int) -> File | str:
        """Download one chunk of a package stored in LOCKSS

        Only for packages in a LOCKSS space, which splits packages into numbered chunks.

        Args:
            uuid: The object's UUID.
            chunk_number: The chunk's number.

        Returns:
            File | str: The chunk's bytes.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.packages.download_chunk(uuid=..., chunk_number=1)
            ```
        """
        from .download_package_chunk import sync_detailed

        return cast(
            "File | str",
            self._invoker.call(sync_detailed, uuid=uuid, chunk_number=chunk_number),
        )

    def get_pointer_file(self, *, uuid: UUID) -> File:
        """Get the METS pointer file of an AIP

        Only compressed AIPs have a pointer file; other packages answer 404.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The pointer file, a METS document. Its type is guessed from the file name with the
                host's MIME table: `application/xml` on Debian and Ubuntu hosts (as observed),
                `text/xml` where Python's built-in table applies.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.get_pointer_file(uuid=...)
            ```
        """
        from .get_package_pointer_file import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))

    def check_fixity(
        self, *, uuid: UUID, force_local: CheckPackageFixityForceLocal | Unset = UNSET
    ) -> FixityReport:
        """Check a package's fixity

        Validates the package's bag (slow: the package may be fetched and extracted). Always answers
        200: read `success`. The result is also recorded and sent to the configured fixity signals.

        Args:
            uuid: The object's UUID.
            force_local: Validate the bag locally instead of with the space's own fixity check. Only
                `True`, `true` or `1` turn it on.

        Returns:
            FixityReport: The fixity report.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.check_fixity(uuid=...)
            ```
        """
        from .check_package_fixity import sync_detailed

        return cast(
            "FixityReport",
            self._invoker.call(sync_detailed, uuid=uuid, force_local=force_local),
        )

    def compress(self, *, uuid: UUID) -> str:
        """A placeholder that compresses nothing

        A stub: the server does nothing and answers 200. Its body is the bare word `response`
        although it is labelled `application/json` (it is not JSON), so the client reads it as text.

        Args:
            uuid: The object's UUID.

        Returns:
            str: Nothing was done; the body is the word `response`.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.compress(uuid=...)
            ```
        """
        from .compress_package import sync_detailed

        return cast("str", self._invoker.call(sync_detailed, uuid=uuid))

    def send_post_store_callback(self, *, uuid: UUID) -> Any:
        """Run the post-store callbacks for a package's files

        For every file of the package not yet reported, calls each enabled `post_store` callback.
        Answers 204 when every call succeeded (or there are no callbacks), 500 with a count
        otherwise.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The callbacks ran (or there were none).

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: Some callbacks failed.

        Example:
            ```python
            ss.packages.send_post_store_callback(uuid=...)
            ```
        """
        from .send_package_post_store_callback import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def list_contents(self, *, uuid: UUID) -> PackageContents:
        """List the files recorded for a package

        Args:
            uuid: The object's UUID.

        Returns:
            PackageContents: The package's file records.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.list_contents(uuid=...)
            ```
        """
        from .list_package_contents import sync_detailed

        return cast("PackageContents", self._invoker.call(sync_detailed, uuid=uuid))

    def add_contents(
        self, *, body: builtins.list[PackageContentInput], uuid: UUID
    ) -> Any | PackageContentsAdded:
        """Record files for a package

        Adds one file record for each object of the list (existing records stay). An empty list
        answers 200 with an empty body. The server labels its 201 answer and its missing-key 400
        answer with the invalid media type `application_json`; parse them as JSON whatever the
        Content-Type says.

        Args:
            body: The request body (`list[PackageContentInput]`).
            uuid: The object's UUID.

        Returns:
            Any | PackageContentsAdded: The list was empty; nothing was recorded. The body is empty.

        Raises:
            ValidationError: 400: The body is not JSON, not a list, or an object lacks a key (`File
                object was missing key: <key>`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.add_contents(body=list, uuid=...)
            ```
        """
        from .add_package_contents import sync_detailed

        return cast(
            "Any | PackageContentsAdded",
            self._invoker.call(sync_detailed, body=body, uuid=uuid),
        )

    def delete_contents(self, *, uuid: UUID) -> Any:
        """Delete every file record of a package

        Removes the records only; the package itself is untouched.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The records were deleted.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.delete_contents(uuid=...)
            ```
        """
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
        """Find recorded files by path, UUID, accession or SIP

        Looks up file records across every package, answering them in the shape of Archivematica's
        `transferfile` search index. At least one parameter is needed (else 400); no match answers
        404 with an empty body. The server also takes POST here, still reading the query string.

        Args:
            relative_path: The file's path inside its package, matched exactly.
            fileuuid: The file's UUID in Archivematica.
            accessionid: The accession number of the file's transfer.
            sipuuid: The UUID of the transfer or SIP the file came from.

        Returns:
            builtins.list[FileMetadata]: The matching files.

        Raises:
            ValidationError: 400: No supported parameter was given (`No supported query properties
                found!`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.packages.search_files()
            ```
        """
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
        """Rebuild the file records of a transfer in backlog

        Reads the transfer's METS file and records every file it lists. Only for transfers in
        backlog.

        Args:
            uuid: The object's UUID.

        Returns:
            ReindexResult: The files were indexed.

        Raises:
            ValidationError: 400: `This package is not a transfer.` or `This package is not in
                transfer backlog.`
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: Reading the METS file failed.

        Example:
            ```python
            ss.packages.reindex(uuid=...)
            ```
        """
        from .reindex_package import sync_detailed

        return cast("ReindexResult", self._invoker.call(sync_detailed, uuid=uuid))

    def reingest(self, *, body: ReingestRequest, uuid: UUID) -> ReingestResult:
        """Start a reingest of an AIP on a pipeline

        Copies the AIP to the pipeline and starts the reingest there: the Storage Service calls the
        dashboard's `transfer/reingest` (full) or `ingest/reingest` (metadata, objects). The answer
        repeats its status code in `status_code`.

        Args:
            body: The request body (`ReingestRequest`).
            uuid: The object's UUID.

        Returns:
            ReingestResult: The AIP was sent to the pipeline.

        Raises:
            ValidationError: 400: A required field is missing (plain text `All of these fields must
                be provided: pipeline, reingest_type`), or the pipeline UUID is unknown (JSON
                `{error, message}`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            APIError: 405: This package type cannot be reingested.
            ConflictError: 409: The AIP is already being reingested.
            ServerError: 500: The fixity check or the call to the pipeline failed.

        Example:
            ```python
            ss.packages.reingest(body=reingest_request, uuid=...)
            ```
        """
        from .reingest_package import sync_detailed

        return cast(
            "ReingestResult", self._invoker.call(sync_detailed, body=body, uuid=uuid)
        )

    def move(self, *, body: MovePackageForm, uuid: UUID) -> Any:
        """Move a stored package to another location

        Moves an UPLOADED package to another location with the same purpose, in the background:
        answers 202 with the async task in `Location`, and the package's status is MOVING until the
        task ends; the task's `result` is the text `Package moved successfully`. Unlike the other
        package endpoints it reads a form body.

        Args:
            body: The request body (`MovePackageForm`).
            uuid: The object's UUID.

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: `location_uuid` is missing (plain text), or the move is refused
                (JSON `{error, message}`: the package is not UPLOADED, the location is unknown, is
                the current one, or has another purpose).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.packages.move(body=move_package_form, uuid=...)
            ```
        """
        from .move_package import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def get_sword_deposit(self, *, uuid: UUID) -> File:
        """Get a SWORD deposit's Atom entry

        Meant for packages of type `deposit`; a deposit already submitted for processing answers a
        400 SWORD error. A 0.23 server answered 200 with an entry for other packages too.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposit's Atom entry, served as `application/atom+xml`; the client hands back
                its bytes.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.get_sword_deposit(uuid=...)
            ```
        """
        from .get_package_sword_deposit import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))

    def replace_sword_deposit(self, *, uuid: UUID) -> Any:
        """Replace a SWORD deposit (not implemented; does nothing)

        The server accepts the request, ignores it and answers 204.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: Nothing was done.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.replace_sword_deposit(uuid=...)
            ```
        """
        from .replace_package_sword_deposit import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def update_sword_deposit(
        self,
        *,
        uuid: UUID,
        body: File | Unset = UNSET,
        in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
    ) -> str:
        """Add METS-listed files to a SWORD deposit, or finalize it

        With a METS body, schedules the download of the files its `fileSec` lists. Without a body
        and with `In-Progress: false`, finalizes the deposit (starts the transfer) once every
        download finished. Answers a deposit receipt.

        Args:
            body: The request body (`File | Unset`).
            uuid: The object's UUID.
            in_progress: SWORD's In-Progress header: `false` asks to finalize the deposit once its
                downloads finish; `true` keeps it open.

        Returns:
            str: The deposit receipt.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            ss.packages.update_sword_deposit(uuid=...)
            ```
        """
        from .update_package_sword_deposit import sync_detailed

        return cast(
            "str",
            self._invoker.call(
                sync_detailed, body=body, uuid=uuid, in_progress=in_progress
            ),
        )

    def delete_sword_deposit(self, *, uuid: UUID) -> Any:
        """Delete a SWORD deposit

        Deletes the deposit's files and download tasks and marks the package DELETED.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The deposit was deleted.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.delete_sword_deposit(uuid=...)
            ```
        """
        from .delete_package_sword_deposit import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, uuid=uuid))

    def list_sword_media(self, *, uuid: UUID) -> str:
        """List the files of a SWORD deposit

        The answer is the Python representation of a list of names (`['a.jpg', 'b.tif']`), served as
        `text/html`, not XML or JSON.

        Args:
            uuid: The object's UUID.

        Returns:
            str: The file names, as a Python list literal.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.list_sword_media(uuid=...)
            ```
        """
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
        """Replace a file of a SWORD deposit

        Sends the new content as the raw body, naming the file with `Content-Disposition`; the file
        must already exist (else 400).

        Args:
            body: The request body (`File`).
            uuid: The object's UUID.
            content_disposition: Names the file, as `attachment; filename=<name>`.
            content_md5: The file's MD5 checksum in hex; a mismatch answers 400 and the file is not
                kept.

        Returns:
            Any: The file was replaced.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.replace_sword_media(body=file, uuid=..., content_disposition="...")
            ```
        """
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
        """Add a file to a SWORD deposit

        Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>`
        (a file that already exists answers 400). With `Packaging: METS` the body is instead a METS
        document whose listed files are downloaded in the background (answers a deposit receipt).

        Args:
            body: The request body (`File`).
            uuid: The object's UUID.
            content_disposition: Names the file, as `attachment; filename=<name>`.
            content_md5: The file's MD5 checksum in hex; a mismatch answers 400 and the file is not
                kept.
            packaging: `METS` to send a METS document listing files to download instead of a file.
            in_progress: SWORD's In-Progress header: `false` asks to finalize the deposit once its
                downloads finish; `true` keeps it open.

        Returns:
            str: The file was added (empty body), or the METS was accepted (a deposit receipt).

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            ss.packages.add_sword_media(body=file, uuid=..., content_disposition="...")
            ```
        """
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
        """Delete one file, or every file, of a SWORD deposit

        Args:
            uuid: The object's UUID.
            filename: The file to delete; without it every file of the deposit is deleted.

        Returns:
            Any: The file (or files) were deleted.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.delete_sword_media(uuid=...)
            ```
        """
        from .delete_package_sword_media import sync_detailed

        return cast(
            "Any", self._invoker.call(sync_detailed, uuid=uuid, filename=filename)
        )

    def get_sword_state(self, *, uuid: UUID) -> File:
        """Get the state of a SWORD deposit (Atom feed)

        The deposit's download state, with one feed entry for each file being downloaded. The route
        takes every method but only GET is implemented; the others answer a 405 SWORD error.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposit's state, an Atom feed served as `application/atom+xml;type=feed`; the
                client hands back its bytes.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.packages.get_sword_state(uuid=...)
            ```
        """
        from .get_package_sword_state import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, uuid=uuid))


class AsyncPackagesNamespace(AsyncNamespace):
    """Packages (AIPs, DIPs, transfers, SWORD deposits...). The server calls this resource `file`
    (`/api/v2/file/`) for historical reasons. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the package (`file`) resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.packages.get_schema()
            ```
        """
        from .get_package_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format: ListPackagesFormat | Unset = UNSET,
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
        """List the packages: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        Deleted packages are listed too unless a `status` filter leaves them out. A page that holds
        a package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the
        server cannot serialize it (fonds's `ss.packages.list()` then fetches that page one package
        at a time and skips the ones that fail).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the package with this UUID.
            uuid_in: Only the packages with these UUIDs, sent comma-joined.
            package_type: Only packages of this type.
            package_type_in: Only packages of one of these types, sent comma-joined
                (`package_type__in=AIP,AIC`).
            status: Only packages with this status.
            status_in: Only packages with one of these statuses, sent comma-joined.
            path: Whitelisted by the server, but the resource has no `path` field, so the server
                ignores it. Kept for completeness; it filters nothing.
            stored_date: Only packages stored at exactly this time.
            stored_date_gte: Only packages stored at or after this time.
            stored_date_lt: Only packages stored before this time.
            current_location: Only packages in the location with this internal numeric id (which the
                API never shows; use `current_location__uuid`).
            current_location_uuid: Only packages in the location with this UUID.
            current_location_purpose: Only packages in locations with this purpose.
            related_packages: Only packages related to the package with this internal numeric id
                (use `related_packages__uuid`).
            related_packages_uuid: Only packages related to the package with this UUID (an AIP's
                DIPs, a DIP's AIP).
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Package]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query (JSON `{"error"}`, as `BadQuery` describes), or a
                page holding a package the server cannot serialize (plain text, as
                `UnserializablePackage` describes).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            async for record in ss.packages.list():
                print(record)
            ```
        """
        from .list_packages import asyncio_detailed

        return cast(
            "AsyncPager[Package]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format=format,
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
        format: ListPackagesFormat | Unset = UNSET,
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
        """List the packages: one raw page, as the server answers it.

        Deleted packages are listed too unless a `status` filter leaves them out. A page that holds
        a package with a null `origin_pipeline` (a SWORD deposit) answers 400 in plain text: the
        server cannot serialize it (fonds's `ss.packages.list()` then fetches that page one package
        at a time and skips the ones that fail).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the package with this UUID.
            uuid_in: Only the packages with these UUIDs, sent comma-joined.
            package_type: Only packages of this type.
            package_type_in: Only packages of one of these types, sent comma-joined
                (`package_type__in=AIP,AIC`).
            status: Only packages with this status.
            status_in: Only packages with one of these statuses, sent comma-joined.
            path: Whitelisted by the server, but the resource has no `path` field, so the server
                ignores it. Kept for completeness; it filters nothing.
            stored_date: Only packages stored at exactly this time.
            stored_date_gte: Only packages stored at or after this time.
            stored_date_lt: Only packages stored before this time.
            current_location: Only packages in the location with this internal numeric id (which the
                API never shows; use `current_location__uuid`).
            current_location_uuid: Only packages in the location with this UUID.
            current_location_purpose: Only packages in locations with this purpose.
            related_packages: Only packages related to the package with this internal numeric id
                (use `related_packages__uuid`).
            related_packages_uuid: Only packages related to the package with this UUID (an AIP's
                DIPs, a DIP's AIP).
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            PackageList: A page of packages.

        Raises:
            ValidationError: 400: A bad list query (JSON `{"error"}`, as `BadQuery` describes), or a
                page holding a package the server cannot serialize (plain text, as
                `UnserializablePackage` describes).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.packages.list_page()
            ```
        """
        from .list_packages import asyncio_detailed

        return cast(
            "PackageList",
            await self._invoker.call(
                asyncio_detailed,
                format=format,
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
        """Store a package, synchronously

        Records the package and stores it before answering: an AIP, AIC or DIP sent to AIP or DIP
        storage is moved from `origin_location`/`origin_path` and stored (with its PREMIS events and
        agents); a transfer sent to a backlog location is moved to backlog. If storing fails the
        answer is 500 and the package row stays (status PENDING or FAIL). The dashboard's "store
        AIP" step calls this; for big packages use `create_package_async`.

        Args:
            body: The request body (`PackageCreate`).

        Returns:
            Package: The package was stored.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.create(body=package_create)
            ```
        """
        from .create_package import asyncio_detailed

        return cast("Package", await self._invoker.call(asyncio_detailed, body=body))

    async def create_async(self, *, body: PackageCreate) -> Any:
        """Store a package in the background

        The asynchronous `create_package`: the package row is created, then stored by a background
        task. Answers 202 with the task in `Location`; the task's `result` is the stored package as
        a plain JSON object (a dict; read it with `Package.from_dict(task.result)`).

        Args:
            body: The request body (`PackageCreate`).

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.create_async(body=package_create)
            ```
        """
        from .create_package_async import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Package:
        """Get a package

        A package whose `origin_pipeline` is null (a SWORD deposit) cannot be serialized by the
        server, which answers 400 (plain text) for it, and for every list page that holds it.

        Args:
            uuid: The object's UUID.

        Returns:
            Package: The package.

        Raises:
            ValidationError: 400: The package has no `origin_pipeline` and the server cannot
                serialize it (tastypie's `ApiFieldError`, answered as plain text served as
                `text/html`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.packages.get(uuid=...)
            ```
        """
        from .get_package import asyncio_detailed

        return cast("Package", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def update(self, *, body: PackageUpdate, uuid: UUID) -> Package:
        """Update a package (and finish an AIP reingest)

        A Tastypie PUT. The body must repeat the package's `uuid` (without it a 0.23 server answers
        500 `{"error_message": "'uuid'"}`). Plain fields left out keep their values, but
        `related_packages` is replaced: leaving it out empties it, so send the current list to keep
        it. The dashboard uses the PUT to finish an AIP reingest, sending `reingest` with
        `origin_location`/`origin_path` (where the reingested AIP is) and
        `current_location`/`current_path` (where it goes). A PUT to a UUID that does not exist
        creates the package (201).

        Args:
            body: The request body (`PackageUpdate`).
            uuid: The object's UUID.

        Returns:
            Package: The package was updated.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.update(body=package_update, uuid=...)
            ```
        """
        from .update_package import asyncio_detailed

        return cast(
            "Package", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def clear_reingest(
        self, *, body: PackageReingestPatch, uuid: UUID
    ) -> Package:
        """Mark a package's reingest as over

        The only PATCH the server allows: a body with the single key `reingest`, which clears the
        package's `misc_attributes.reingest_pipeline` (the dashboard sends it when a reingest
        finished or failed). Any other key answers 400 `PATCH only allowed on reingest`.

        Args:
            body: The request body (`PackageReingestPatch`).
            uuid: The object's UUID.

        Returns:
            Package: The reingest marker was cleared; the body is the package.

        Raises:
            ValidationError: 400: The body is invalid: a related URI that names nothing, a
                disallowed PATCH key, or (for spaces) form validation errors keyed by resource name.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).
            APIError: 415: The body was sent form-encoded (for one, `curl -d` without a
                Content-Type); Tastypie endpoints read only JSON.

        Example:
            ```python
            await ss.packages.clear_reingest(body=package_reingest_patch, uuid=...)
            ```
        """
        from .clear_package_reingest import asyncio_detailed

        return cast(
            "Package", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def request_deletion(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> MessageResult | PackageEventResult:
        """Ask for a package to be deleted

        Records a deletion request for an administrator to approve; nothing is deleted yet and the
        package's status becomes DEL_REQ. A second request while one is pending answers 200 (not an
        error) with `A deletion request already exists for this AIP.` An unknown `pipeline` UUID
        answers 404 with tastypie's `{"error_message"}` (as observed on a 0.23 server).

        Args:
            body: The request body (`PackageEventRequest`).
            uuid: The object's UUID.

        Returns:
            MessageResult | PackageEventResult: A deletion request was already pending; nothing
                changed.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No package has this UUID (plain text served as `text/html`), or no
                pipeline has the `pipeline` UUID of the body (tastypie's JSON `{"error_message"}`:
                the lookup's `DoesNotExist` is answered as a 404).
            APIError: 405: This package type cannot be deleted (`Deletes not allowed on this package
                type.`).
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.request_deletion(body=package_event_request, uuid=...)
            ```
        """
        from .request_package_deletion import asyncio_detailed

        return cast(
            "MessageResult | PackageEventResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def request_recovery(
        self, *, body: PackageEventRequest, uuid: UUID
    ) -> ErrorMessage | PackageEventResult:
        """Ask for a package to be recovered

        Records a recovery request for an administrator to approve; the package's status becomes
        RECOVER_REQ. A second request while one is pending answers 200 with `{error_message}`. An
        unknown `pipeline` UUID answers 404 with tastypie's `{"error_message"}`.

        Args:
            body: The request body (`PackageEventRequest`).
            uuid: The object's UUID.

        Returns:
            ErrorMessage | PackageEventResult: A recovery request was already pending; nothing
                changed.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No package has this UUID (plain text served as `text/html`), or no
                pipeline has the `pipeline` UUID of the body (tastypie's JSON `{"error_message"}`:
                the lookup's `DoesNotExist` is answered as a 404).
            APIError: 405: This package type cannot be recovered (`Recovery not allowed on this
                package type.`).
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.request_recovery(body=package_event_request, uuid=...)
            ```
        """
        from .request_package_recovery import asyncio_detailed

        return cast(
            "ErrorMessage | PackageEventResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def extract_file(
        self, *, uuid: UUID, relative_path_to_file: str
    ) -> File | str:
        """Download one file of a package

        Streams one file of the package, extracting it from a compressed package first. The server
        answers HEAD the same way and does the same work (AtoM uses HEAD to check a file exists).
        The Content-Type is guessed from the file name.

        Args:
            uuid: The object's UUID.
            relative_path_to_file: The file's path inside the package; it may start with the
                package's directory name (`<name>-<uuid>/data/METS.<uuid>.xml`). The server
                URL-decodes it once more after the query string is decoded, so a `%` in a file name
                must be encoded twice.

        Returns:
            File | str: The file's bytes.

        Raises:
            ValidationError: 400: A required field is missing, or the body is not JSON (the server
                then treats it as empty). The body is plain text served as `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 501: The package is compressed in a way the server cannot extract from;
                plain text served as `text/html`.
            ServerError: 502: Arkivum only - the server could not ask Arkivum whether the package is
                available.

        Example:
            ```python
            await ss.packages.extract_file(uuid=..., relative_path_to_file="...")
            ```
        """
        from .extract_package_file import asyncio_detailed

        return cast(
            "File | str",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, relative_path_to_file=relative_path_to_file
            ),
        )

    async def download(self, *, uuid: UUID) -> File | str:
        """Download a whole package

        Streams the package: a compressed package as stored (7z, tar.gz...), an uncompressed one
        tarred on the fly. The server answers HEAD the same way and does the same work. In an
        Arkivum space a package that is on tape only answers 202 with a JSON message.

        Args:
            uuid: The object's UUID.

        Returns:
            File | str: The package's bytes. The server sends the type it guesses from the file name
                (`application/x-7z-compressed`, `application/x-tar`...).

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.
            ServerError: 502: Arkivum only - the server could not ask Arkivum whether the package is
                available.

        Example:
            ```python
            await ss.packages.download(uuid=...)
            ```
        """
        from .download_package import asyncio_detailed

        return cast("File | str", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def download_chunk(self, *, uuid: UUID, chunk_number: int) -> File | str:
        """Download one chunk of a package stored in LOCKSS

        Only for packages in a LOCKSS space, which splits packages into numbered chunks.

        Args:
            uuid: The object's UUID.
            chunk_number: The chunk's number.

        Returns:
            File | str: The chunk's bytes.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.packages.download_chunk(uuid=..., chunk_number=1)
            ```
        """
        from .download_package_chunk import asyncio_detailed

        return cast(
            "File | str",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, chunk_number=chunk_number
            ),
        )

    async def get_pointer_file(self, *, uuid: UUID) -> File:
        """Get the METS pointer file of an AIP

        Only compressed AIPs have a pointer file; other packages answer 404.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The pointer file, a METS document. Its type is guessed from the file name with the
                host's MIME table: `application/xml` on Debian and Ubuntu hosts (as observed),
                `text/xml` where Python's built-in table applies.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.get_pointer_file(uuid=...)
            ```
        """
        from .get_package_pointer_file import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def check_fixity(
        self, *, uuid: UUID, force_local: CheckPackageFixityForceLocal | Unset = UNSET
    ) -> FixityReport:
        """Check a package's fixity

        Validates the package's bag (slow: the package may be fetched and extracted). Always answers
        200: read `success`. The result is also recorded and sent to the configured fixity signals.

        Args:
            uuid: The object's UUID.
            force_local: Validate the bag locally instead of with the space's own fixity check. Only
                `True`, `true` or `1` turn it on.

        Returns:
            FixityReport: The fixity report.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.check_fixity(uuid=...)
            ```
        """
        from .check_package_fixity import asyncio_detailed

        return cast(
            "FixityReport",
            await self._invoker.call(
                asyncio_detailed, uuid=uuid, force_local=force_local
            ),
        )

    async def compress(self, *, uuid: UUID) -> str:
        """A placeholder that compresses nothing

        A stub: the server does nothing and answers 200. Its body is the bare word `response`
        although it is labelled `application/json` (it is not JSON), so the client reads it as text.

        Args:
            uuid: The object's UUID.

        Returns:
            str: Nothing was done; the body is the word `response`.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.compress(uuid=...)
            ```
        """
        from .compress_package import asyncio_detailed

        return cast("str", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def send_post_store_callback(self, *, uuid: UUID) -> Any:
        """Run the post-store callbacks for a package's files

        For every file of the package not yet reported, calls each enabled `post_store` callback.
        Answers 204 when every call succeeded (or there are no callbacks), 500 with a count
        otherwise.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The callbacks ran (or there were none).

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: Some callbacks failed.

        Example:
            ```python
            await ss.packages.send_post_store_callback(uuid=...)
            ```
        """
        from .send_package_post_store_callback import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def list_contents(self, *, uuid: UUID) -> PackageContents:
        """List the files recorded for a package

        Args:
            uuid: The object's UUID.

        Returns:
            PackageContents: The package's file records.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.list_contents(uuid=...)
            ```
        """
        from .list_package_contents import asyncio_detailed

        return cast(
            "PackageContents", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def add_contents(
        self, *, body: builtins.list[PackageContentInput], uuid: UUID
    ) -> Any | PackageContentsAdded:
        """Record files for a package

        Adds one file record for each object of the list (existing records stay). An empty list
        answers 200 with an empty body. The server labels its 201 answer and its missing-key 400
        answer with the invalid media type `application_json`; parse them as JSON whatever the
        Content-Type says.

        Args:
            body: The request body (`list[PackageContentInput]`).
            uuid: The object's UUID.

        Returns:
            Any | PackageContentsAdded: The list was empty; nothing was recorded. The body is empty.

        Raises:
            ValidationError: 400: The body is not JSON, not a list, or an object lacks a key (`File
                object was missing key: <key>`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.add_contents(body=list, uuid=...)
            ```
        """
        from .add_package_contents import asyncio_detailed

        return cast(
            "Any | PackageContentsAdded",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def delete_contents(self, *, uuid: UUID) -> Any:
        """Delete every file record of a package

        Removes the records only; the package itself is untouched.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The records were deleted.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.delete_contents(uuid=...)
            ```
        """
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
        """Find recorded files by path, UUID, accession or SIP

        Looks up file records across every package, answering them in the shape of Archivematica's
        `transferfile` search index. At least one parameter is needed (else 400); no match answers
        404 with an empty body. The server also takes POST here, still reading the query string.

        Args:
            relative_path: The file's path inside its package, matched exactly.
            fileuuid: The file's UUID in Archivematica.
            accessionid: The accession number of the file's transfer.
            sipuuid: The UUID of the transfer or SIP the file came from.

        Returns:
            builtins.list[FileMetadata]: The matching files.

        Raises:
            ValidationError: 400: No supported parameter was given (`No supported query properties
                found!`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.packages.search_files()
            ```
        """
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
        """Rebuild the file records of a transfer in backlog

        Reads the transfer's METS file and records every file it lists. Only for transfers in
        backlog.

        Args:
            uuid: The object's UUID.

        Returns:
            ReindexResult: The files were indexed.

        Raises:
            ValidationError: 400: `This package is not a transfer.` or `This package is not in
                transfer backlog.`
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: Reading the METS file failed.

        Example:
            ```python
            await ss.packages.reindex(uuid=...)
            ```
        """
        from .reindex_package import asyncio_detailed

        return cast(
            "ReindexResult", await self._invoker.call(asyncio_detailed, uuid=uuid)
        )

    async def reingest(self, *, body: ReingestRequest, uuid: UUID) -> ReingestResult:
        """Start a reingest of an AIP on a pipeline

        Copies the AIP to the pipeline and starts the reingest there: the Storage Service calls the
        dashboard's `transfer/reingest` (full) or `ingest/reingest` (metadata, objects). The answer
        repeats its status code in `status_code`.

        Args:
            body: The request body (`ReingestRequest`).
            uuid: The object's UUID.

        Returns:
            ReingestResult: The AIP was sent to the pipeline.

        Raises:
            ValidationError: 400: A required field is missing (plain text `All of these fields must
                be provided: pipeline, reingest_type`), or the pipeline UUID is unknown (JSON
                `{error, message}`).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            APIError: 405: This package type cannot be reingested.
            ConflictError: 409: The AIP is already being reingested.
            ServerError: 500: The fixity check or the call to the pipeline failed.

        Example:
            ```python
            await ss.packages.reingest(body=reingest_request, uuid=...)
            ```
        """
        from .reingest_package import asyncio_detailed

        return cast(
            "ReingestResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def move(self, *, body: MovePackageForm, uuid: UUID) -> Any:
        """Move a stored package to another location

        Moves an UPLOADED package to another location with the same purpose, in the background:
        answers 202 with the async task in `Location`, and the package's status is MOVING until the
        task ends; the task's `result` is the text `Package moved successfully`. Unlike the other
        package endpoints it reads a form body.

        Args:
            body: The request body (`MovePackageForm`).
            uuid: The object's UUID.

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: `location_uuid` is missing (plain text), or the move is refused
                (JSON `{error, message}`: the package is not UPLOADED, the location is unknown, is
                the current one, or has another purpose).
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.packages.move(body=move_package_form, uuid=...)
            ```
        """
        from .move_package import asyncio_detailed

        return cast(
            "Any", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def get_sword_deposit(self, *, uuid: UUID) -> File:
        """Get a SWORD deposit's Atom entry

        Meant for packages of type `deposit`; a deposit already submitted for processing answers a
        400 SWORD error. A 0.23 server answered 200 with an entry for other packages too.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposit's Atom entry, served as `application/atom+xml`; the client hands back
                its bytes.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.get_sword_deposit(uuid=...)
            ```
        """
        from .get_package_sword_deposit import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def replace_sword_deposit(self, *, uuid: UUID) -> Any:
        """Replace a SWORD deposit (not implemented; does nothing)

        The server accepts the request, ignores it and answers 204.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: Nothing was done.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.replace_sword_deposit(uuid=...)
            ```
        """
        from .replace_package_sword_deposit import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def update_sword_deposit(
        self,
        *,
        uuid: UUID,
        body: File | Unset = UNSET,
        in_progress: UpdatePackageSwordDepositInProgress | Unset = UNSET,
    ) -> str:
        """Add METS-listed files to a SWORD deposit, or finalize it

        With a METS body, schedules the download of the files its `fileSec` lists. Without a body
        and with `In-Progress: false`, finalizes the deposit (starts the transfer) once every
        download finished. Answers a deposit receipt.

        Args:
            body: The request body (`File | Unset`).
            uuid: The object's UUID.
            in_progress: SWORD's In-Progress header: `false` asks to finalize the deposit once its
                downloads finish; `true` keeps it open.

        Returns:
            str: The deposit receipt.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await ss.packages.update_sword_deposit(uuid=...)
            ```
        """
        from .update_package_sword_deposit import asyncio_detailed

        return cast(
            "str",
            await self._invoker.call(
                asyncio_detailed, body=body, uuid=uuid, in_progress=in_progress
            ),
        )

    async def delete_sword_deposit(self, *, uuid: UUID) -> Any:
        """Delete a SWORD deposit

        Deletes the deposit's files and download tasks and marks the package DELETED.

        Args:
            uuid: The object's UUID.

        Returns:
            Any: The deposit was deleted.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.delete_sword_deposit(uuid=...)
            ```
        """
        from .delete_package_sword_deposit import asyncio_detailed

        return cast("Any", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def list_sword_media(self, *, uuid: UUID) -> str:
        """List the files of a SWORD deposit

        The answer is the Python representation of a list of names (`['a.jpg', 'b.tif']`), served as
        `text/html`, not XML or JSON.

        Args:
            uuid: The object's UUID.

        Returns:
            str: The file names, as a Python list literal.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.list_sword_media(uuid=...)
            ```
        """
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
        """Replace a file of a SWORD deposit

        Sends the new content as the raw body, naming the file with `Content-Disposition`; the file
        must already exist (else 400).

        Args:
            body: The request body (`File`).
            uuid: The object's UUID.
            content_disposition: Names the file, as `attachment; filename=<name>`.
            content_md5: The file's MD5 checksum in hex; a mismatch answers 400 and the file is not
                kept.

        Returns:
            Any: The file was replaced.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.replace_sword_media(body=file, uuid=..., content_disposition="...")
            ```
        """
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
        """Add a file to a SWORD deposit

        Sends one file as the raw body, named by `Content-Disposition: attachment; filename=<name>`
        (a file that already exists answers 400). With `Packaging: METS` the body is instead a METS
        document whose listed files are downloaded in the background (answers a deposit receipt).

        Args:
            body: The request body (`File`).
            uuid: The object's UUID.
            content_disposition: Names the file, as `attachment; filename=<name>`.
            content_md5: The file's MD5 checksum in hex; a mismatch answers 400 and the file is not
                kept.
            packaging: `METS` to send a METS document listing files to download instead of a file.
            in_progress: SWORD's In-Progress header: `false` asks to finalize the deposit once its
                downloads finish; `true` keeps it open.

        Returns:
            str: The file was added (empty body), or the METS was accepted (a deposit receipt).

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await ss.packages.add_sword_media(body=file, uuid=..., content_disposition="...")
            ```
        """
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
        """Delete one file, or every file, of a SWORD deposit

        Args:
            uuid: The object's UUID.
            filename: The file to delete; without it every file of the deposit is deleted.

        Returns:
            Any: The file (or files) were deleted.

        Raises:
            ValidationError: 400: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            AccessDenied: 403: A 0.23 server's answer to the SWORD writes (collection POST, a
                deposit's POST/PUT/DELETE, its media POST/PUT/DELETE) made with an API key, valid or
                not: the SWORD views check Django permissions on a logged-in user and do not take
                tastypie's API-key authentication. The body is plain text served as `text/html`.
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.delete_sword_media(uuid=...)
            ```
        """
        from .delete_package_sword_media import asyncio_detailed

        return cast(
            "Any",
            await self._invoker.call(asyncio_detailed, uuid=uuid, filename=filename),
        )

    async def get_sword_state(self, *, uuid: UUID) -> File:
        """Get the state of a SWORD deposit (Atom feed)

        The deposit's download state, with one feed entry for each file being downloaded. The route
        takes every method but only GET is implemented; the others answer a 405 SWORD error.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposit's state, an Atom feed served as `application/atom+xml;type=feed`; the
                client hands back its bytes.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.packages.get_sword_state(uuid=...)
            ```
        """
        from .get_package_sword_state import asyncio_detailed

        return cast("File", await self._invoker.call(asyncio_detailed, uuid=uuid))
