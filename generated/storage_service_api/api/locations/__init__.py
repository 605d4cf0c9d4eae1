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
        """Get the Tastypie schema of the location resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.locations.get_schema()
            ```
        """
        from .get_location_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format: ListLocationsFormat | Unset = UNSET,
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
        """List the enabled locations: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages).

        Only enabled locations are listed.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the location with this UUID.
            purpose: Only locations with this purpose.
            purpose_in: Only locations with one of these purposes, sent comma-joined
                (`purpose__in=TS,AS`).
            pipeline_uuid: Only locations attached to the pipeline with this UUID.
            space: Only locations in the space with this internal numeric id (which the API never
                shows; use `space__uuid`).
            space_uuid: Only locations in the space with this UUID.
            space_access_protocol: Only locations in spaces with this access protocol.
            relative_path: Only locations whose path relative to their space is exactly this.
            quota: Only locations with exactly this quota (bytes).
            used: Only locations using exactly this many bytes.
            description: Only locations whose description is exactly this.
            description_icontains: Only locations whose description contains this, ignoring case.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Location]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            for record in ss.locations.list():
                print(record)
            ```
        """
        from .list_locations import sync_detailed

        return cast(
            "Pager[Location]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format=format,
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
        format: ListLocationsFormat | Unset = UNSET,
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
        """List the enabled locations: one raw page, as the server answers it.

        Only enabled locations are listed.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the location with this UUID.
            purpose: Only locations with this purpose.
            purpose_in: Only locations with one of these purposes, sent comma-joined
                (`purpose__in=TS,AS`).
            pipeline_uuid: Only locations attached to the pipeline with this UUID.
            space: Only locations in the space with this internal numeric id (which the API never
                shows; use `space__uuid`).
            space_uuid: Only locations in the space with this UUID.
            space_access_protocol: Only locations in spaces with this access protocol.
            relative_path: Only locations whose path relative to their space is exactly this.
            quota: Only locations with exactly this quota (bytes).
            used: Only locations using exactly this many bytes.
            description: Only locations whose description is exactly this.
            description_icontains: Only locations whose description contains this, ignoring case.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            LocationList: A page of locations.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.locations.list_page()
            ```
        """
        from .list_locations import sync_detailed

        return cast(
            "LocationList",
            self._invoker.call(
                sync_detailed,
                format=format,
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
        """Create a location

        Creates a location in a space. With `default: true` it becomes the default location for its
        purpose. An unknown space or pipeline URI answers 400.

        Args:
            body: The request body (`LocationCreate`).

        Returns:
            Location: The location was created; the answer echoes `default`.

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
            ss.locations.create(body=location_create)
            ```
        """
        from .create_location import sync_detailed

        return cast("Location", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Location:
        """Get a location

        Args:
            uuid: The object's UUID.

        Returns:
            Location: The location.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.locations.get(uuid=...)
            ```
        """
        from .get_location import sync_detailed

        return cast("Location", self._invoker.call(sync_detailed, uuid=uuid))

    def move_files(self, *, body: MoveFilesRequest, uuid: UUID) -> MoveFilesResult:
        """Move files into this location, synchronously

        Moves (copies) each `files` entry from `origin_location` into this location before
        answering; the dashboard stages transfers this way. Paths are relative to each location. The
        answer is 200 (not 201). A missing field answers 400 with an empty body. For large moves use
        `move_location_files_async`.

        Args:
            body: The request body (`MoveFilesRequest`).
            uuid: The object's UUID.

        Returns:
            MoveFilesResult: The files were moved.

        Raises:
            ValidationError: 400: A required field (`origin_location`, `pipeline`, `files`, or a
                file's `source`/`destination`) is missing. The body is empty.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.locations.move_files(body=move_files_request, uuid=...)
            ```
        """
        from .move_location_files import sync_detailed

        return cast(
            "MoveFilesResult", self._invoker.call(sync_detailed, body=body, uuid=uuid)
        )

    def move_files_async(self, *, body: MoveFilesRequest, uuid: UUID) -> Any:
        """Move files into this location in the background

        The asynchronous `move_location_files`: answers 202 at once with the async task in
        `Location`; the task's `result` is `Files moved successfully`. Needs the permission to
        change locations.

        Args:
            body: The request body (`MoveFilesRequest`).
            uuid: The object's UUID.

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: A required field (`origin_location`, `pipeline`, `files`, or a
                file's `source`/`destination`) is missing. The body is empty.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.locations.move_files_async(body=move_files_request, uuid=...)
            ```
        """
        from .move_location_files_async import sync_detailed

        return cast("Any", self._invoker.call(sync_detailed, body=body, uuid=uuid))

    def browse(self, *, uuid: UUID, path: str | Unset = UNSET) -> LocationBrowseResult:
        """List a directory of a location

        Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every
        name in the answer (`entries`, `directories` and the keys of `properties`) comes back
        base64-encoded, so names that are not UTF-8 survive. A `path` that is not base64 answers
        500.

        Args:
            uuid: The object's UUID.
            path: The directory to list, base64-encoded: absolute under the location's path, or
                relative to it. For example `sampledata/SampleTransfers/Images` is sent as the value
                in the example. Missing lists the location's root.

        Returns:
            LocationBrowseResult: The directory's entries, base64-encoded.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            ss.locations.browse(uuid=...)
            ```
        """
        from .browse_location import sync_detailed

        return cast(
            "LocationBrowseResult",
            self._invoker.call(sync_detailed, uuid=uuid, path=path),
        )

    def get_default(self, *, purpose: LocationPurpose) -> None:
        """Find the default location for a purpose

        Answers 302 with the default location's URI in `Location` (the server also takes POST here).
        Do not follow the redirect blindly: read the UUID from the header, or follow it keeping the
        credentials. The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location`
        by `create_package`.

        Args:
            purpose: The purpose whose default location is wanted.

        Returns:
            None

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.locations.get_default(purpose=...)
            ```
        """
        from .get_default_location import sync_detailed

        return cast("None", self._invoker.call(sync_detailed, purpose=purpose))

    def list_sword_deposits(self, *, uuid: UUID) -> File:
        """List the SWORD deposits of a location (Atom feed)

        Meant for a SWORD deposit location in a Fedora space. The answer is an Atom feed with one
        entry for each deposit; a 0.23 server answered 200 with a feed for other locations too.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposits, as an Atom feed served as `application/atom+xml;type=feed`; the
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
            ss.locations.list_sword_deposits(uuid=...)
            ```
        """
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
        """Create a SWORD deposit in a location

        Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it
        and whose `fileSec` lists the files to download, or from files already in another location
        (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps
        the deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200).
        Errors are SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid
        API key here: the SWORD views check Django permissions on a logged-in user and do not take
        API-key authentication (only a logged-in session gets through).

        Args:
            body: The request body (`File | Unset`).
            uuid: The object's UUID.
            source_location: Create the deposit from files in this location (UUID); needs
                `relative_path_to_files`.
            relative_path_to_files: The directory, relative to `source_location`, whose files make
                the deposit.
            in_progress: SWORD's In-Progress header: `true` keeps the deposit open for more content,
                `false` asks to finalize it.
            on_behalf_of: Recorded as the deposit's source of acquisition.

        Returns:
            str: The deposit was created and marked for finalization; the body is a deposit receipt.

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
            APIError: 405: A SWORD 2 error document (an Atom `sword:error` XML document), served as
                `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.
            ServerError: 500: A SWORD 2 error document (an Atom `sword:error` XML document), served
                as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            ss.locations.create_sword_deposit(uuid=..., in_progress=...)
            ```
        """
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
        """Get the Tastypie schema of the location resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.locations.get_schema()
            ```
        """
        from .get_location_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format: ListLocationsFormat | Unset = UNSET,
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
        """List the enabled locations: every record, fetched page by page as you iterate (`.by_page()`
        for whole pages).

        Only enabled locations are listed.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the location with this UUID.
            purpose: Only locations with this purpose.
            purpose_in: Only locations with one of these purposes, sent comma-joined
                (`purpose__in=TS,AS`).
            pipeline_uuid: Only locations attached to the pipeline with this UUID.
            space: Only locations in the space with this internal numeric id (which the API never
                shows; use `space__uuid`).
            space_uuid: Only locations in the space with this UUID.
            space_access_protocol: Only locations in spaces with this access protocol.
            relative_path: Only locations whose path relative to their space is exactly this.
            quota: Only locations with exactly this quota (bytes).
            used: Only locations using exactly this many bytes.
            description: Only locations whose description is exactly this.
            description_icontains: Only locations whose description contains this, ignoring case.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Location]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            async for record in ss.locations.list():
                print(record)
            ```
        """
        from .list_locations import asyncio_detailed

        return cast(
            "AsyncPager[Location]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format=format,
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
        format: ListLocationsFormat | Unset = UNSET,
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
        """List the enabled locations: one raw page, as the server answers it.

        Only enabled locations are listed.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the location with this UUID.
            purpose: Only locations with this purpose.
            purpose_in: Only locations with one of these purposes, sent comma-joined
                (`purpose__in=TS,AS`).
            pipeline_uuid: Only locations attached to the pipeline with this UUID.
            space: Only locations in the space with this internal numeric id (which the API never
                shows; use `space__uuid`).
            space_uuid: Only locations in the space with this UUID.
            space_access_protocol: Only locations in spaces with this access protocol.
            relative_path: Only locations whose path relative to their space is exactly this.
            quota: Only locations with exactly this quota (bytes).
            used: Only locations using exactly this many bytes.
            description: Only locations whose description is exactly this.
            description_icontains: Only locations whose description contains this, ignoring case.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            LocationList: A page of locations.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.locations.list_page()
            ```
        """
        from .list_locations import asyncio_detailed

        return cast(
            "LocationList",
            await self._invoker.call(
                asyncio_detailed,
                format=format,
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
        """Create a location

        Creates a location in a space. With `default: true` it becomes the default location for its
        purpose. An unknown space or pipeline URI answers 400.

        Args:
            body: The request body (`LocationCreate`).

        Returns:
            Location: The location was created; the answer echoes `default`.

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
            await ss.locations.create(body=location_create)
            ```
        """
        from .create_location import asyncio_detailed

        return cast("Location", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Location:
        """Get a location

        Args:
            uuid: The object's UUID.

        Returns:
            Location: The location.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.locations.get(uuid=...)
            ```
        """
        from .get_location import asyncio_detailed

        return cast("Location", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def move_files(
        self, *, body: MoveFilesRequest, uuid: UUID
    ) -> MoveFilesResult:
        """Move files into this location, synchronously

        Moves (copies) each `files` entry from `origin_location` into this location before
        answering; the dashboard stages transfers this way. Paths are relative to each location. The
        answer is 200 (not 201). A missing field answers 400 with an empty body. For large moves use
        `move_location_files_async`.

        Args:
            body: The request body (`MoveFilesRequest`).
            uuid: The object's UUID.

        Returns:
            MoveFilesResult: The files were moved.

        Raises:
            ValidationError: 400: A required field (`origin_location`, `pipeline`, `files`, or a
                file's `source`/`destination`) is missing. The body is empty.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.locations.move_files(body=move_files_request, uuid=...)
            ```
        """
        from .move_location_files import asyncio_detailed

        return cast(
            "MoveFilesResult",
            await self._invoker.call(asyncio_detailed, body=body, uuid=uuid),
        )

    async def move_files_async(self, *, body: MoveFilesRequest, uuid: UUID) -> Any:
        """Move files into this location in the background

        The asynchronous `move_location_files`: answers 202 at once with the async task in
        `Location`; the task's `result` is `Files moved successfully`. Needs the permission to
        change locations.

        Args:
            body: The request body (`MoveFilesRequest`).
            uuid: The object's UUID.

        Returns:
            Any: The work was started in the background. The body is empty; `Location` names the
                async task to poll with `get_async_task`.

        Raises:
            ValidationError: 400: A required field (`origin_location`, `pipeline`, `files`, or a
                file's `source`/`destination`) is missing. The body is empty.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.locations.move_files_async(body=move_files_request, uuid=...)
            ```
        """
        from .move_location_files_async import asyncio_detailed

        return cast(
            "Any", await self._invoker.call(asyncio_detailed, body=body, uuid=uuid)
        )

    async def browse(
        self, *, uuid: UUID, path: str | Unset = UNSET
    ) -> LocationBrowseResult:
        """List a directory of a location

        Lists the directory `path` of the location. In v2 `path` is sent base64-encoded, and every
        name in the answer (`entries`, `directories` and the keys of `properties`) comes back
        base64-encoded, so names that are not UTF-8 survive. A `path` that is not base64 answers
        500.

        Args:
            uuid: The object's UUID.
            path: The directory to list, base64-encoded: absolute under the location's path, or
                relative to it. For example `sampledata/SampleTransfers/Images` is sent as the value
                in the example. Missing lists the location's root.

        Returns:
            LocationBrowseResult: The directory's entries, base64-encoded.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.
            ServerError: 500: The server failed. With DEBUG on the body has `error_message` and
                `traceback`; otherwise a generic `error_message`.

        Example:
            ```python
            await ss.locations.browse(uuid=...)
            ```
        """
        from .browse_location import asyncio_detailed

        return cast(
            "LocationBrowseResult",
            await self._invoker.call(asyncio_detailed, uuid=uuid, path=path),
        )

    async def get_default(self, *, purpose: LocationPurpose) -> None:
        """Find the default location for a purpose

        Answers 302 with the default location's URI in `Location` (the server also takes POST here).
        Do not follow the redirect blindly: read the UUID from the header, or follow it keeping the
        credentials. The same URL (`/api/v2/location/default/AS/`) is accepted as `current_location`
        by `create_package`.

        Args:
            purpose: The purpose whose default location is wanted.

        Returns:
            None

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.locations.get_default(purpose=...)
            ```
        """
        from .get_default_location import asyncio_detailed

        return cast("None", await self._invoker.call(asyncio_detailed, purpose=purpose))

    async def list_sword_deposits(self, *, uuid: UUID) -> File:
        """List the SWORD deposits of a location (Atom feed)

        Meant for a SWORD deposit location in a Fedora space. The answer is an Atom feed with one
        entry for each deposit; a 0.23 server answered 200 with a feed for other locations too.

        Args:
            uuid: The object's UUID.

        Returns:
            File: The deposits, as an Atom feed served as `application/atom+xml;type=feed`; the
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
            await ss.locations.list_sword_deposits(uuid=...)
            ```
        """
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
        """Create a SWORD deposit in a location

        Creates a deposit (a package of type `deposit`) from a METS document whose `LABEL` names it
        and whose `fileSec` lists the files to download, or from files already in another location
        (`source_location` and `relative_path_to_files`, without a body). `In-Progress: true` keeps
        the deposit open (201); `In-Progress: false` finalizes it once its downloads finish (200).
        Errors are SWORD error documents. A 0.23 server answers 403 `Permission denied` to a valid
        API key here: the SWORD views check Django permissions on a logged-in user and do not take
        API-key authentication (only a logged-in session gets through).

        Args:
            body: The request body (`File | Unset`).
            uuid: The object's UUID.
            source_location: Create the deposit from files in this location (UUID); needs
                `relative_path_to_files`.
            relative_path_to_files: The directory, relative to `source_location`, whose files make
                the deposit.
            in_progress: SWORD's In-Progress header: `true` keeps the deposit open for more content,
                `false` asks to finalize it.
            on_behalf_of: Recorded as the deposit's source of acquisition.

        Returns:
            str: The deposit was created and marked for finalization; the body is a deposit receipt.

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
            APIError: 405: A SWORD 2 error document (an Atom `sword:error` XML document), served as
                `text/html`. Its `summary` says what went wrong.
            SessionExpired: 412: A SWORD 2 error document (an Atom `sword:error` XML document),
                served as `text/html`. Its `summary` says what went wrong. fonds logs in again and
                replays the call once before raising it.
            ServerError: 500: A SWORD 2 error document (an Atom `sword:error` XML document), served
                as `text/html`. Its `summary` says what went wrong.

        Example:
            ```python
            await ss.locations.create_sword_deposit(uuid=..., in_progress=...)
            ```
        """
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
