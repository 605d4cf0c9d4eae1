"""The `spaces` namespace: Storage spaces (file systems, S3, Fedora...), each holding locations."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.error_message import ErrorMessage
    from ...models.list_spaces_format import ListSpacesFormat, check_list_spaces_format
    from ...models.resource_schema import ResourceSchema
    from ...models.space import Space
    from ...models.space_browse_result import SpaceBrowseResult
    from ...models.space_create import SpaceCreate
    from ...models.space_list import SpaceList
    from ...models.tastypie_error import TastypieError
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["SpacesNamespace", "AsyncSpacesNamespace"]


class SpacesNamespace(Namespace):
    """Storage spaces (file systems, S3, Fedora...), each holding locations."""

    def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the space resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.spaces.get_schema()
            ```
        """
        from .get_space_schema import sync_detailed

        return cast("ResourceSchema", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        format: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
    ) -> Pager[Space]:
        """List the spaces: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the space with this UUID.
            access_protocol: Only spaces with this access protocol (see `Space.access_protocol`).
            path: Only spaces whose path is exactly this.
            size: Only spaces whose size (bytes) is exactly this.
            staging_path: Only spaces whose staging path is exactly this.
            used: Only spaces using exactly this many bytes.
            verified: Only verified (or unverified) spaces.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[Space]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            for record in ss.spaces.list():
                print(record)
            ```
        """
        from .list_spaces import sync_detailed

        return cast(
            "Pager[Space]",
            self._invoker.pages(
                "tastypie",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                format=format,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
            ),
        )

    def list_page(
        self,
        *,
        format: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> SpaceList:
        """List the spaces: one raw page, as the server answers it.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the space with this UUID.
            access_protocol: Only spaces with this access protocol (see `Space.access_protocol`).
            path: Only spaces whose path is exactly this.
            size: Only spaces whose size (bytes) is exactly this.
            staging_path: Only spaces whose staging path is exactly this.
            used: Only spaces using exactly this many bytes.
            verified: Only verified (or unverified) spaces.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            SpaceList: A page of spaces.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            ss.spaces.list_page()
            ```
        """
        from .list_spaces import sync_detailed

        return cast(
            "SpaceList",
            self._invoker.call(
                sync_detailed,
                format=format,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
                limit=limit,
                offset=offset,
            ),
        )

    def create(self, *, body: SpaceCreate) -> Space:
        """Create a space

        Creates the space and its protocol-specific part. Every field the access protocol needs (see
        `SpaceCreate`) must be in the body, next to the common ones.

        Args:
            body: The request body (`SpaceCreate`).

        Returns:
            Space: The space was created.

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
            ss.spaces.create(body=space_create)
            ```
        """
        from .create_space import sync_detailed

        return cast("Space", self._invoker.call(sync_detailed, body=body))

    def get(self, *, uuid: UUID) -> Space:
        """Get a space

        Args:
            uuid: The object's UUID.

        Returns:
            Space: The space.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            ss.spaces.get(uuid=...)
            ```
        """
        from .get_space import sync_detailed

        return cast("Space", self._invoker.call(sync_detailed, uuid=uuid))

    def browse(self, *, uuid: UUID, path: str | Unset = UNSET) -> SpaceBrowseResult:
        """List a directory of a space

        Lists the directory `path` of the space. Unlike location browse, `path` is sent as plain
        text; the answer's `entries` and `directories` are base64 but the keys of `properties` are
        plain names.

        Args:
            uuid: The object's UUID.
            path: The directory to list, as plain text (not base64): absolute under the space's
                path, or relative to it. Missing lists the space's root.

        Returns:
            SpaceBrowseResult: The directory's entries.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            ss.spaces.browse(uuid=...)
            ```
        """
        from .browse_space import sync_detailed

        return cast(
            "SpaceBrowseResult", self._invoker.call(sync_detailed, uuid=uuid, path=path)
        )


class AsyncSpacesNamespace(AsyncNamespace):
    """Storage spaces (file systems, S3, Fedora...), each holding locations. (asynchronous)"""

    async def get_schema(self) -> ResourceSchema:
        """Get the Tastypie schema of the space resource

        Returns:
            ResourceSchema: The resource schema.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.spaces.get_schema()
            ```
        """
        from .get_space_schema import asyncio_detailed

        return cast("ResourceSchema", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        format: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        page_size: int = 1000,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Space]:
        """List the spaces: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the space with this UUID.
            access_protocol: Only spaces with this access protocol (see `Space.access_protocol`).
            path: Only spaces whose path is exactly this.
            size: Only spaces whose size (bytes) is exactly this.
            staging_path: Only spaces whose staging path is exactly this.
            used: Only spaces using exactly this many bytes.
            verified: Only verified (or unverified) spaces.
            page_size: Records a request.
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[Space]: a lazy iterator of typed records (`next_page` tells where it stopped).

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            async for record in ss.spaces.list():
                print(record)
            ```
        """
        from .list_spaces import asyncio_detailed

        return cast(
            "AsyncPager[Space]",
            self._invoker.pages(
                "tastypie",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                format=format,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
            ),
        )

    async def list_page(
        self,
        *,
        format: ListSpacesFormat | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        access_protocol: str | Unset = UNSET,
        path: str | Unset = UNSET,
        size: int | Unset = UNSET,
        staging_path: str | Unset = UNSET,
        used: int | Unset = UNSET,
        verified: bool | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
    ) -> SpaceList:
        """List the spaces: one raw page, as the server answers it.

        Args:
            format: The serialization; only JSON is installed (`?format=xml` still answers JSON).
            uuid: Only the space with this UUID.
            access_protocol: Only spaces with this access protocol (see `Space.access_protocol`).
            path: Only spaces whose path is exactly this.
            size: Only spaces whose size (bytes) is exactly this.
            staging_path: Only spaces whose staging path is exactly this.
            used: Only spaces using exactly this many bytes.
            verified: Only verified (or unverified) spaces.
            limit: Objects on a page (default 20), at most 1000: the server would cap more at 1000
                without an error. `0` means 1000. Not an integer answers 400.
            offset: How many objects to skip (default 0). Negative answers 400.

        Returns:
            SpaceList: A page of spaces.

        Raises:
            ValidationError: 400: A bad list query: `limit` or `offset` is not a non-negative
                integer, or a filter names a field that does not allow filtering.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).

        Example:
            ```python
            await ss.spaces.list_page()
            ```
        """
        from .list_spaces import asyncio_detailed

        return cast(
            "SpaceList",
            await self._invoker.call(
                asyncio_detailed,
                format=format,
                uuid=uuid,
                access_protocol=access_protocol,
                path=path,
                size=size,
                staging_path=staging_path,
                used=used,
                verified=verified,
                limit=limit,
                offset=offset,
            ),
        )

    async def create(self, *, body: SpaceCreate) -> Space:
        """Create a space

        Creates the space and its protocol-specific part. Every field the access protocol needs (see
        `SpaceCreate`) must be in the body, next to the common ones.

        Args:
            body: The request body (`SpaceCreate`).

        Returns:
            Space: The space was created.

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
            await ss.spaces.create(body=space_create)
            ```
        """
        from .create_space import asyncio_detailed

        return cast("Space", await self._invoker.call(asyncio_detailed, body=body))

    async def get(self, *, uuid: UUID) -> Space:
        """Get a space

        Args:
            uuid: The object's UUID.

        Returns:
            Space: The space.

        Raises:
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object. The body is empty (served as `text/html`).

        Example:
            ```python
            await ss.spaces.get(uuid=...)
            ```
        """
        from .get_space import asyncio_detailed

        return cast("Space", await self._invoker.call(asyncio_detailed, uuid=uuid))

    async def browse(
        self, *, uuid: UUID, path: str | Unset = UNSET
    ) -> SpaceBrowseResult:
        """List a directory of a space

        Lists the directory `path` of the space. Unlike location browse, `path` is sent as plain
        text; the answer's `entries` and `directories` are base64 but the keys of `properties` are
        plain names.

        Args:
            uuid: The object's UUID.
            path: The directory to list, as plain text (not base64): absolute under the space's
                path, or relative to it. Missing lists the space's root.

        Returns:
            SpaceBrowseResult: The directory's entries.

        Raises:
            ValidationError: 400: The request is refused; the reason is plain text served as
                `text/html`.
            AuthenticationFailed: 401: The credentials are missing or wrong. The body is empty
                (served as `text/html`).
            NotFoundError: 404: No such object (or file); the message is plain text served as
                `text/html`, such as `Resource with UUID <uuid> does not exist`.

        Example:
            ```python
            await ss.spaces.browse(uuid=...)
            ```
        """
        from .browse_space import asyncio_detailed

        return cast(
            "SpaceBrowseResult",
            await self._invoker.call(asyncio_detailed, uuid=uuid, path=path),
        )
