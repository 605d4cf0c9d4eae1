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
    from ...models.list_digital_objects_sort_direction import (
        ListDigitalObjectsSortDirection,
        check_list_digital_objects_sort_direction,
    )
    from ...models.status_response import StatusResponse
    from ...models.suppressed_response import SuppressedResponse
    from ...models.tree_node import TreeNode
    from ...models.tree_paths import TreePaths
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
        repo_id: int | None = None,
        digital_object_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjects:
        """Find digital objects by digital object ID

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            digital_object_id: Digital object IDs (the `digital_object_id` property, not the
                database id) to look for.
            resolve: `digital_objects` to embed each found digital object in its link's `_resolved`.

        Returns:
            FoundDigitalObjects: Links to the matching digital objects.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.find_by_id(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[DigitalObject]:
        """List the repository's digital objects: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.

        Returns:
            Pager[DigitalObject]: a lazy iterator of typed records (`next_page` tells where it
                stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.digital_objects.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital objects: the id of every matching record, in one request
        (`all_ids`).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[DigitalObject]:
        """List the repository's digital objects: these records by id, 250 a request (`id_set`).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[DigitalObject]: the records, in the order of `ids` (ids the server lacks are
                skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            for record in aspace.digital_objects.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]:
        """List the repository's digital objects: one raw page, as the server answers it.

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]: A page of digital
                objects, the requested ones, or all ids.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.list_page(repo_id=2, page=1)
            ```
        """
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

    def create(
        self, *, body: DigitalObject, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a digital object

        Args:
            body: The request body (`DigitalObject`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.create(body=digital_object, repo_id=2)
            ```
        """
        from .create_digital_object import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DigitalObject:
        """Get a digital object

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            DigitalObject: The digital object.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get(repo_id=2, id=1)
            ```
        """
        from .get_digital_object import sync_detailed

        return cast(
            "DigitalObject",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: DigitalObject, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a digital object

        Send the whole record as fetched, with your changes and its current `lock_version`.

        Args:
            body: The request body (`DigitalObject`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.update(body=digital_object, repo_id=2, id=1)
            ```
        """
        from .update_digital_object import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a digital object

        Deletes the digital object with all its components.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.delete(repo_id=2, id=1)
            ```
        """
        from .delete_digital_object import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def publish(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Publish a digital object with all its sub-records and components

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.publish(repo_id=2, id=1)
            ```
        """
        from .publish_digital_object import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def suppress(
        self, *, id: int, suppressed: bool, repo_id: int | None = None
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object

        A suppressed record is hidden from users who lack the permission to see suppressed records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            suppressed: `true` to suppress the record, `false` to lift the suppression.

        Returns:
            SuppressedResponse: The record's suppression was changed.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.suppress(repo_id=2, id=1, suppressed=True)
            ```
        """
        from .suppress_digital_object import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def transfer(
        self, *, id: int, target_repo: str, repo_id: int | None = None
    ) -> StatusResponse:
        """Move a digital object to another repository

        The session needs the update permission in the target repository too. The answer is
        `{"status": "Moved", "id": <id>, "target": <target repository id>}`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            target_repo: The URI of the repository to move the record to.

        Returns:
            StatusResponse: The action was carried out.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.transfer(repo_id=2, id=1, target_repo="...")
            ```
        """
        from .transfer_digital_object import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    def create_children(
        self, *, body: DigitalRecordChildren, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Create several components at the top of a digital object's tree

        Creates the components in one transaction, appended after the existing top-level components
        in the order given. The answer is the digital object's `Updated` response.

        Args:
            body: The request body (`DigitalRecordChildren`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.create_children(body=digital_record_children, repo_id=2, id=1)
            ```
        """
        from .create_digital_object_children import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def accept_children(
        self,
        *,
        id: int,
        position: int,
        repo_id: int | None = None,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing components to the top of a digital object's tree

        Moves the components named in `children[]` (with their subtrees) to the top level of this
        digital object's tree, the first at `position` and the others after it in the order given.
        The answer is the digital object's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the components to move.
            position: The 0-based position the first moved component takes.

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.accept_children(repo_id=2, id=1, position=1)
            ```
        """
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
        self,
        *,
        id: int,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeRoot:
        """Get the top of a digital object's tree

        The digital object as a tree root: its child count, how many waypoints (pages of children)
        it has, and the first waypoint of its top-level components in `precomputed_waypoints`.
        Digital object roots also carry `digital_object_type` and `file_uri_summary`. Fetch further
        waypoints with `tree/waypoint`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreeRoot: The tree root.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_tree_root(repo_id=2, id=1)
            ```
        """
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
        id: int,
        offset: int,
        repo_id: int | None = None,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a digital object's tree

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the component whose children to list; leave it out for the
                top-level components.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            builtins.list[TreeWaypointEntry]: Up to `waypoint_size` children, in order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
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
        id: int,
        node_uri: str,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one component of a digital object's tree as a tree node

        The component's child count and waypoints, with the first waypoint of its children
        precomputed.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the digital object component.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreeNode: The tree node.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
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
        id: int,
        node_ids: builtins.list[int],
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreePaths:
        """Get the paths from a digital object down to some of its components

        For each component id, the steps from the root to it: each step names a node (null for the
        root) and the waypoint that holds the next step, which is what a tree view needs to open the
        path.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The ids of the digital object components.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each component id to its path from the root.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_digital_object_tree_node_from_root import sync_detailed

        return cast(
            "TreePaths",
            self._invoker.call(
                sync_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    def export_dublin_core(self, *, id: int, repo_id: int | None = None) -> File:
        """Export a digital object as Dublin Core XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The Dublin Core record.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.export_dublin_core(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_dublin_core import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_dublin_core_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's Dublin Core export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_dublin_core_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_digital_object_dublin_core_metadata import sync_detailed

        return cast(
            "DigitalObjectExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def export_mets(
        self, *, id: int, repo_id: int | None = None, dmd: str | Unset = UNSET
    ) -> File:
        """Export a digital object as METS XML

        The METS document lists the digital object's and its components' file versions.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            dmd: The descriptive metadata scheme to embed, `mods` (the default) or `dc`.

        Returns:
            File: The METS document.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.export_mets(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_mets import sync_detailed

        return cast(
            "File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id, dmd=dmd)
        )

    def get_mets_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's METS export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_mets_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_digital_object_mets_metadata import sync_detailed

        return cast(
            "DigitalObjectExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def export_mods(self, *, id: int, repo_id: int | None = None) -> File:
        """Export a digital object as MODS XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The MODS record.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.export_mods(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_mods import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_mods_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's MODS export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.digital_objects.get_mods_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
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
        repo_id: int | None = None,
        digital_object_id: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundDigitalObjects:
        """Find digital objects by digital object ID

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            digital_object_id: Digital object IDs (the `digital_object_id` property, not the
                database id) to look for.
            resolve: `digital_objects` to embed each found digital object in its link's `_resolved`.

        Returns:
            FoundDigitalObjects: Links to the matching digital objects.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.find_by_id(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[DigitalObject]:
        """List the repository's digital objects: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page_size: Records a request (the server allows 250 at most).
            start_page: The page to start at: a pager's `next_page` resumes an interrupted harvest.
            concurrency: Pages fetched at once; the records still come in order.

        Returns:
            Pager[DigitalObject]: a lazy iterator of typed records (`next_page` tells where it
                stopped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.digital_objects.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's digital objects: the id of every matching record, in one request
        (`all_ids`).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            list[int]: every id, in the server's order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[DigitalObject]:
        """List the repository's digital objects: these records by id, 250 a request (`id_set`).

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[DigitalObject]: the records, in the order of `ids` (ids the server lacks are
                skipped).

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            async for record in aspace.digital_objects.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListDigitalObjectsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]:
        """List the repository's digital objects: one raw page, as the server answers it.

        A database listing (not a search). Pass exactly one of `page` (a page object), `id_set`
        (those records) or `all_ids` (every id).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.
            page: 1-based page number. A paginated listing needs exactly one of `page`, `id_set` or
                `all_ids`; with `page` the answer is a page object. The server's type check lets 0
                through, but pages count from 1.
            page_size: Records a page (default 10), at most 250 (`AppConfig[:max_page_size]`): the
                server would silently answer 250 for more, and 0 leaves no page to count.
            id_set: Fetch these records by id (at most 250), sent comma-joined (`id_set=1,2,3`). The
                answer is a bare list of records, in no guaranteed order.
            all_ids: When true, the answer is a bare list of every matching record's id.

        Returns:
            DigitalObjectPage | builtins.list[DigitalObject] | builtins.list[int]: A page of digital
                objects, the requested ones, or all ids.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.list_page(repo_id=2, page=1)
            ```
        """
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

    async def create(
        self, *, body: DigitalObject, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a digital object

        Args:
            body: The request body (`DigitalObject`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CreatedResponse: The record was created.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.create(body=digital_object, repo_id=2)
            ```
        """
        from .create_digital_object import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> DigitalObject:
        """Get a digital object

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            DigitalObject: The digital object.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get(repo_id=2, id=1)
            ```
        """
        from .get_digital_object import asyncio_detailed

        return cast(
            "DigitalObject",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: DigitalObject, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a digital object

        Send the whole record as fetched, with your changes and its current `lock_version`.

        Args:
            body: The request body (`DigitalObject`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.update(body=digital_object, repo_id=2, id=1)
            ```
        """
        from .update_digital_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a digital object

        Deletes the digital object with all its components.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.delete(repo_id=2, id=1)
            ```
        """
        from .delete_digital_object import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def publish(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Publish a digital object with all its sub-records and components

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.publish(repo_id=2, id=1)
            ```
        """
        from .publish_digital_object import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def suppress(
        self, *, id: int, suppressed: bool, repo_id: int | None = None
    ) -> SuppressedResponse:
        """Suppress or unsuppress a digital object

        A suppressed record is hidden from users who lack the permission to see suppressed records.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            suppressed: `true` to suppress the record, `false` to lift the suppression.

        Returns:
            SuppressedResponse: The record's suppression was changed.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.suppress(repo_id=2, id=1, suppressed=True)
            ```
        """
        from .suppress_digital_object import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def transfer(
        self, *, id: int, target_repo: str, repo_id: int | None = None
    ) -> StatusResponse:
        """Move a digital object to another repository

        The session needs the update permission in the target repository too. The answer is
        `{"status": "Moved", "id": <id>, "target": <target repository id>}`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            target_repo: The URI of the repository to move the record to.

        Returns:
            StatusResponse: The action was carried out.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.transfer(repo_id=2, id=1, target_repo="...")
            ```
        """
        from .transfer_digital_object import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    async def create_children(
        self, *, body: DigitalRecordChildren, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Create several components at the top of a digital object's tree

        Creates the components in one transaction, appended after the existing top-level components
        in the order given. The answer is the digital object's `Updated` response.

        Args:
            body: The request body (`DigitalRecordChildren`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.create_children(body=digital_record_children, repo_id=2, id=1)
            ```
        """
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
        id: int,
        position: int,
        repo_id: int | None = None,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing components to the top of a digital object's tree

        Moves the components named in `children[]` (with their subtrees) to the top level of this
        digital object's tree, the first at `position` and the others after it in the order given.
        The answer is the digital object's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the components to move.
            position: The 0-based position the first moved component takes.

        Returns:
            UpdatedResponse: The record was updated.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.accept_children(repo_id=2, id=1, position=1)
            ```
        """
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
        self,
        *,
        id: int,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeRoot:
        """Get the top of a digital object's tree

        The digital object as a tree root: its child count, how many waypoints (pages of children)
        it has, and the first waypoint of its top-level components in `precomputed_waypoints`.
        Digital object roots also carry `digital_object_type` and `file_uri_summary`. Fetch further
        waypoints with `tree/waypoint`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreeRoot: The tree root.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_tree_root(repo_id=2, id=1)
            ```
        """
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
        id: int,
        offset: int,
        repo_id: int | None = None,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a digital object's tree

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the component whose children to list; leave it out for the
                top-level components.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            builtins.list[TreeWaypointEntry]: Up to `waypoint_size` children, in order.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
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
        id: int,
        node_uri: str,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one component of a digital object's tree as a tree node

        The component's child count and waypoints, with the first waypoint of its children
        precomputed.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the digital object component.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreeNode: The tree node.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
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
        id: int,
        node_ids: builtins.list[int],
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreePaths:
        """Get the paths from a digital object down to some of its components

        For each component id, the steps from the root to it: each step names a node (null for the
        root) and the waypoint that holds the next step, which is what a tree view needs to open the
        path.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The ids of the digital object components.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each component id to its path from the root.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_digital_object_tree_node_from_root import asyncio_detailed

        return cast(
            "TreePaths",
            await self._invoker.call(
                asyncio_detailed,
                repo_id=repo_id,
                id=id,
                node_ids=node_ids,
                published_only=published_only,
            ),
        )

    async def export_dublin_core(self, *, id: int, repo_id: int | None = None) -> File:
        """Export a digital object as Dublin Core XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The Dublin Core record.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.export_dublin_core(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_dublin_core import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_dublin_core_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's Dublin Core export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_dublin_core_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_digital_object_dublin_core_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def export_mets(
        self, *, id: int, repo_id: int | None = None, dmd: str | Unset = UNSET
    ) -> File:
        """Export a digital object as METS XML

        The METS document lists the digital object's and its components' file versions.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            dmd: The descriptive metadata scheme to embed, `mods` (the default) or `dc`.

        Returns:
            File: The METS document.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.export_mets(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_mets import asyncio_detailed

        return cast(
            "File",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, dmd=dmd),
        )

    async def get_mets_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's METS export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_mets_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_digital_object_mets_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def export_mods(self, *, id: int, repo_id: int | None = None) -> File:
        """Export a digital object as MODS XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The MODS record.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.export_mods(repo_id=2, id=1)
            ```
        """
        from .export_digital_object_mods import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_mods_metadata(
        self, *, id: int, fmt: str, repo_id: int | None = None
    ) -> DigitalObjectExportMetadata:
        """Get the file name and media type of a digital object's MODS export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension (`xml`); the server does not use it.

        Returns:
            DigitalObjectExportMetadata: The export's file name and media type.

        Raises:
            ValidationError: 400: The request or the record is invalid. Four shapes: a record that
                fails validation maps each field path (`title`, `dates/0/date_type`) to its messages
                in `error`, with `warning` (same shape) and `invalid_object` (the record as Ruby
                prints it: `#<JSONModel(:accession) {"id_0"=>"2024", ...}>`); a bad parameter maps
                the parameter to its messages (`{"error": {"page": ["Parameter required but no value
                provided"]}}`); a record the database refuses (a link to a record that does not
                exist, a repeated identifier) maps `db_error` or the field (`{"error": {"id_0":
                ["That ID is already in use"]}}`); a body that is not JSON gives a string
                (`{"error": "Had some trouble parsing your request: unexpected token at ''"}`). A
                value outside a read-only list reads `Protected read-only list #/level. Invalid
                value 'bogus'. Must be one of: ...`.
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            NotFoundError: 404: No such record (`{"error": "Accession not found"}`) or route: the
                backend answers an unknown route, or a known path under a method it does not serve,
                with `{"error": "Sinatra::NotFound"}`. An HTML page comes only from a proxy in front
                of the backend.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.digital_objects.get_mods_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
        from .get_digital_object_mods_metadata import asyncio_detailed

        return cast(
            "DigitalObjectExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
