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
    from ...models.tree_paths import TreePaths
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Resource]:
        """List the resources of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            Pager[Resource]: a lazy iterator of typed records (`next_page` tells where it stopped).

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
            for record in aspace.resources.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the resources of a repository: the id of every matching record, in one request
        (`all_ids`).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            aspace.resources.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Resource]:
        """List the resources of a repository: these records by id, 250 a request (`id_set`).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            Iterator[Resource]: the records, in the order of `ids` (ids the server lacks are
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
            for record in aspace.resources.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Resource] | ResourcePage:
        """List the resources of a repository: one raw page, as the server answers it.

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            builtins.list[int] | builtins.list[Resource] | ResourcePage: A page of resources, the
                resources asked for, or every id.

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
            aspace.resources.list_page(repo_id=2, page=1)
            ```
        """
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

    def create(self, *, body: Resource, repo_id: int | None = None) -> CreatedResponse:
        """Create a resource

        The identifier (`id_0` to `id_3`) must be unique in the repository. Create the resource
        first, then its archival objects (each naming it as `resource`), or several at once with
        `create_resource_children`.

        Args:
            body: The request body (`Resource`).
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
            aspace.resources.create(body=resource, repo_id=2)
            ```
        """
        from .create_resource import sync_detailed

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
    ) -> Resource:
        """Get a resource

        The resource alone; its archival objects are reached through the `tree/*` operations.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Resource: The resource.

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
            aspace.resources.get(repo_id=2, id=1)
            ```
        """
        from .get_resource import sync_detailed

        return cast(
            "Resource",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: Resource, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a resource

        Replaces the resource with the record sent, subrecords and notes included: fetch it, change
        it, and send it back whole with the `lock_version` you fetched. Its archival objects are not
        touched.

        Args:
            body: The request body (`Resource`).
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
            aspace.resources.update(body=resource, repo_id=2, id=1)
            ```
        """
        from .update_resource import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a resource

        Deletes the resource with its whole tree of archival objects.

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
            aspace.resources.delete(repo_id=2, id=1)
            ```
        """
        from .delete_resource import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def publish(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Publish a resource and everything in it

        Sets `publish` on the resource, its subrecords and notes, and every archival object of its
        tree.

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
            aspace.resources.publish(repo_id=2, id=1)
            ```
        """
        from .publish_resource import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def unpublish(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Unpublish a resource and everything in it

        Clears `publish` on the resource, its subrecords and notes, and every archival object of its
        tree.

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
            aspace.resources.unpublish(repo_id=2, id=1)
            ```
        """
        from .unpublish_resource import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def suppress(
        self, *, id: int, suppressed: bool, repo_id: int | None = None
    ) -> SuppressedResponse:
        """Suppress or unsuppress a resource

        A suppressed resource (and its tree) is hidden from everyone without the permission to
        suppress records, and from the public interface.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            suppressed: `true` to suppress the resource, `false` to bring it back.

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
            aspace.resources.suppress(repo_id=2, id=1, suppressed=True)
            ```
        """
        from .suppress_resource import sync_detailed

        return cast(
            "SuppressedResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    def transfer(
        self, *, id: int, target_repo: str, repo_id: int | None = None
    ) -> StatusResponse:
        """Move a resource and its tree to another repository

        The session needs the permission to update resources in the target repository too. The
        resource's archival objects move with it. The answer is `{"status": "Moved", "id": <id>,
        "target": <target repository id>}`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            target_repo: The URI of the repository to move the resource to.

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
            aspace.resources.transfer(repo_id=2, id=1, target_repo="...")
            ```
        """
        from .transfer_resource import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(
                sync_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    def create_children(
        self, *, body: ArchivalRecordChildren, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Create several archival objects at the top of a resource's tree

        Creates the archival objects in one transaction, appended after the existing top-level
        archival objects in the order given; if one is invalid, none is created. The answer is the
        resource's `Updated` response.

        Args:
            body: The request body (`ArchivalRecordChildren`).
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
            aspace.resources.create_children(body=archival_record_children, repo_id=2, id=1)
            ```
        """
        from .create_resource_children import sync_detailed

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
        """Move archival objects to the top level of a resource's tree

        Moves existing archival objects of this resource (with everything below them) to the top
        level of its tree, placing the first at `position` and the others after it, in the order
        given. To move archival objects into another resource, use a component transfer. The answer
        is the resource's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the archival objects to move, in the order they should take.
            position: The 0-based position the first moved archival object takes among the top-level
                ones.

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
            aspace.resources.accept_children(repo_id=2, id=1, position=1)
            ```
        """
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

    def get_ordered_records(
        self, *, id: int, repo_id: int | None = None
    ) -> ResourceOrderedRecords:
        """List a published resource's records in tree order

        The resource and all its archival objects, as if the whole tree were expanded and read from
        top to bottom, each with its depth. Unpublished and suppressed records are left out with
        everything below them; an unpublished or suppressed resource gives an empty list.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            ResourceOrderedRecords: The records in tree order.

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
            aspace.resources.get_ordered_records(repo_id=2, id=1)
            ```
        """
        from .get_resource_ordered_records import sync_detailed

        return cast(
            "ResourceOrderedRecords",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def list_top_containers(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[Ref]:
        """List the top containers of a published resource and its published archival objects

        The top containers linked from the container instances of the resource and of its published,
        unsuppressed archival objects, in tree order. A box shared by several records may appear
        more than once.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[Ref]: Links to the top containers (`{ref}` to
                `/repositories/{repo_id}/top_containers/{id}`).

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
            aspace.resources.list_top_containers(repo_id=2, id=1)
            ```
        """
        from .list_resource_top_containers import sync_detailed

        return cast(
            "builtins.list[Ref]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def list_models_in_graph(
        self, *, id: int, repo_id: int | None = None
    ) -> builtins.list[str]:
        """List the record types in a resource's graph

        The JSONModel types of the records and subrecords that belong to the resource (its archival
        objects, dates, extents, notes, instances...), for instance to see what a delete or transfer
        will touch.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            builtins.list[str]: Record type names, without `resource` itself.

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
            aspace.resources.list_models_in_graph(repo_id=2, id=1)
            ```
        """
        from .list_resource_models_in_graph import sync_detailed

        return cast(
            "builtins.list[str]",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id),
        )

    def get_ark_name(self, *, id: int, repo_id: int | None = None) -> ArkName | None:
        """Get a resource's ARKs

        Needs the system administration permission. The answer is `null` when the resource has no
        ARK.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            ArkName | None: The resource's current and previous ARKs.

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
            aspace.resources.get_ark_name(repo_id=2, id=1)
            ```
        """
        from .get_resource_ark_name import sync_detailed

        return cast(
            "ArkName | None", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def update_ark_name(
        self, *, body: ArkName, id: int, repo_id: int | None = None
    ) -> StatusResponse:
        """Set a resource's ARKs

        Needs the system administration permission. Makes `current` the resource's ARK and keeps
        `previous` as its earlier ARKs. The answer is `{"status": "Updated"}`.

        Args:
            body: The request body (`ArkName`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.resources.update_ark_name(body=ark_name, repo_id=2, id=1)
            ```
        """
        from .update_resource_ark_name import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def get_tree_root(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeRoot:
        """Get the top of a resource's tree

        The resource as a tree root: its child count, how many waypoints (pages of children) it has,
        and the first waypoint of its top-level archival objects in `precomputed_waypoints` (under
        the key `""`). Resource roots also carry `level` and `containers`. Fetch further waypoints
        with `get_resource_tree_waypoint`.

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
            aspace.resources.get_tree_root(repo_id=2, id=1)
            ```
        """
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
        id: int,
        offset: int,
        repo_id: int | None = None,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a resource's tree

        Up to `waypoint_size` children of one node, in order, with their level, dates and
        containers. Leave `parent_node` out for the top-level archival objects.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the archival object whose children to list; leave it out for the
                top level.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            builtins.list[TreeWaypointEntry]: The children in the waypoint, in order.

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
            aspace.resources.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
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
        id: int,
        node_uri: str,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one archival object of a resource's tree as a tree node

        The archival object's position among its siblings, its child count and waypoints, and the
        first waypoint of its children in `precomputed_waypoints` (under the node's URI).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the archival object.
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
            aspace.resources.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
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
        id: int,
        node_ids: builtins.list[int],
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreePaths:
        """Get the paths from a resource's root to some of its archival objects

        For each archival object, the steps to take from the root to reach it: at each step, the
        node to expand (`null` for the root) and the waypoint of it that holds the next step. Use it
        to open a tree at a given record.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The internal ids of the archival objects (the last segment of their URIs).
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each archival object id (as a string) to its path, root first.

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
            aspace.resources.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_resource_tree_node_from_root import sync_detailed

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

    def download_top_container_template(
        self, *, id: int, repo_id: int | None = None
    ) -> File:
        """Download a CSV template for creating top containers for a resource's archival objects

        A spreadsheet with one row per archival object of the resource. The reference columns (the
        archival object's id, ref_id and component id; the resource's title and identifier) are not
        to be edited; fill in the top container (instance type, type, indicator, barcode), child
        container (type, indicator, barcode) and the id of an existing location, then load it with
        the top container linker job.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The CSV template (sent as an attachment).

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
            aspace.resources.download_top_container_template(repo_id=2, id=1)
            ```
        """
        from .download_resource_top_container_template import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def download_digital_object_template(
        self, *, id: int, repo_id: int | None = None
    ) -> File:
        """Download a CSV template for creating digital objects for a resource's archival objects

        A spreadsheet with one row per archival object of the resource, giving the resource URI and
        the archival object URI (not to be edited), to fill in for the bulk import of digital
        objects.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The CSV template (sent as an attachment).

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
            aspace.resources.download_digital_object_template(repo_id=2, id=1)
            ```
        """
        from .download_resource_digital_object_template import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def export_marc21(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as MARC 21 XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            include_unpublished_marc: Include unpublished notes (default false).

        Returns:
            File: A MARCXML record.

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
            aspace.resources.export_marc21(repo_id=2, id=1)
            ```
        """
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
        id: int,
        fmt: str,
        repo_id: int | None = None,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's MARC 21 export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension.
            include_unpublished_marc: Accepted for symmetry with the export; it does not change the
                answer.

        Returns:
            ResourceExportMetadata: The export's file name and media type.

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
            aspace.resources.get_marc21_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
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
        repo_id: int | None = None,
        identifier: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundResources:
        """Find resources by identifier or ARK

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            identifier: Identifiers to look for, each the JSON text of an array of up to four
                identifier parts (`id_0` to `id_3`); missing trailing parts count as empty.
            ark: ARKs to look for.
            resolve: `resources` to embed each found resource in its link's `_resolved`.

        Returns:
            FoundResources: Links to the matching resources.

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
            aspace.resources.find_by_id(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Resource]:
        """List the resources of a repository: every record, fetched page by page as you iterate
        (`.by_page()` for whole pages).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            Pager[Resource]: a lazy iterator of typed records (`next_page` tells where it stopped).

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
            async for record in aspace.resources.list(repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the resources of a repository: the id of every matching record, in one request
        (`all_ids`).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            await aspace.resources.ids(repo_id=2)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Resource]:
        """List the resources of a repository: these records by id, 250 a request (`id_set`).

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            Iterator[Resource]: the records, in the order of `ids` (ids the server lacks are
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
            async for record in aspace.resources.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
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
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListResourcesSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[Resource] | ResourcePage:
        """List the resources of a repository: one raw page, as the server answers it.

        A paginated listing: pass exactly one of `page` (a page object), `id_set` (those resources)
        or `all_ids` (every id).

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
            builtins.list[int] | builtins.list[Resource] | ResourcePage: A page of resources, the
                resources asked for, or every id.

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
            await aspace.resources.list_page(repo_id=2, page=1)
            ```
        """
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

    async def create(
        self, *, body: Resource, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a resource

        The identifier (`id_0` to `id_3`) must be unique in the repository. Create the resource
        first, then its archival objects (each naming it as `resource`), or several at once with
        `create_resource_children`.

        Args:
            body: The request body (`Resource`).
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
            await aspace.resources.create(body=resource, repo_id=2)
            ```
        """
        from .create_resource import asyncio_detailed

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
    ) -> Resource:
        """Get a resource

        The resource alone; its archival objects are reached through the `tree/*` operations.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Resource: The resource.

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
            await aspace.resources.get(repo_id=2, id=1)
            ```
        """
        from .get_resource import asyncio_detailed

        return cast(
            "Resource",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: Resource, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a resource

        Replaces the resource with the record sent, subrecords and notes included: fetch it, change
        it, and send it back whole with the `lock_version` you fetched. Its archival objects are not
        touched.

        Args:
            body: The request body (`Resource`).
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
            await aspace.resources.update(body=resource, repo_id=2, id=1)
            ```
        """
        from .update_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a resource

        Deletes the resource with its whole tree of archival objects.

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
            await aspace.resources.delete(repo_id=2, id=1)
            ```
        """
        from .delete_resource import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def publish(self, *, id: int, repo_id: int | None = None) -> UpdatedResponse:
        """Publish a resource and everything in it

        Sets `publish` on the resource, its subrecords and notes, and every archival object of its
        tree.

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
            await aspace.resources.publish(repo_id=2, id=1)
            ```
        """
        from .publish_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def unpublish(
        self, *, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Unpublish a resource and everything in it

        Clears `publish` on the resource, its subrecords and notes, and every archival object of its
        tree.

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
            await aspace.resources.unpublish(repo_id=2, id=1)
            ```
        """
        from .unpublish_resource import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def suppress(
        self, *, id: int, suppressed: bool, repo_id: int | None = None
    ) -> SuppressedResponse:
        """Suppress or unsuppress a resource

        A suppressed resource (and its tree) is hidden from everyone without the permission to
        suppress records, and from the public interface.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            suppressed: `true` to suppress the resource, `false` to bring it back.

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
            await aspace.resources.suppress(repo_id=2, id=1, suppressed=True)
            ```
        """
        from .suppress_resource import asyncio_detailed

        return cast(
            "SuppressedResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, suppressed=suppressed
            ),
        )

    async def transfer(
        self, *, id: int, target_repo: str, repo_id: int | None = None
    ) -> StatusResponse:
        """Move a resource and its tree to another repository

        The session needs the permission to update resources in the target repository too. The
        resource's archival objects move with it. The answer is `{"status": "Moved", "id": <id>,
        "target": <target repository id>}`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            target_repo: The URI of the repository to move the resource to.

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
            await aspace.resources.transfer(repo_id=2, id=1, target_repo="...")
            ```
        """
        from .transfer_resource import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, target_repo=target_repo
            ),
        )

    async def create_children(
        self, *, body: ArchivalRecordChildren, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Create several archival objects at the top of a resource's tree

        Creates the archival objects in one transaction, appended after the existing top-level
        archival objects in the order given; if one is invalid, none is created. The answer is the
        resource's `Updated` response.

        Args:
            body: The request body (`ArchivalRecordChildren`).
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
            await aspace.resources.create_children(body=archival_record_children, repo_id=2, id=1)
            ```
        """
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
        id: int,
        position: int,
        repo_id: int | None = None,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move archival objects to the top level of a resource's tree

        Moves existing archival objects of this resource (with everything below them) to the top
        level of its tree, placing the first at `position` and the others after it, in the order
        given. To move archival objects into another resource, use a component transfer. The answer
        is the resource's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the archival objects to move, in the order they should take.
            position: The 0-based position the first moved archival object takes among the top-level
                ones.

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
            await aspace.resources.accept_children(repo_id=2, id=1, position=1)
            ```
        """
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
        self, *, id: int, repo_id: int | None = None
    ) -> ResourceOrderedRecords:
        """List a published resource's records in tree order

        The resource and all its archival objects, as if the whole tree were expanded and read from
        top to bottom, each with its depth. Unpublished and suppressed records are left out with
        everything below them; an unpublished or suppressed resource gives an empty list.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            ResourceOrderedRecords: The records in tree order.

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
            await aspace.resources.get_ordered_records(repo_id=2, id=1)
            ```
        """
        from .get_resource_ordered_records import asyncio_detailed

        return cast(
            "ResourceOrderedRecords",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def list_top_containers(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[Ref]:
        """List the top containers of a published resource and its published archival objects

        The top containers linked from the container instances of the resource and of its published,
        unsuppressed archival objects, in tree order. A box shared by several records may appear
        more than once.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            builtins.list[Ref]: Links to the top containers (`{ref}` to
                `/repositories/{repo_id}/top_containers/{id}`).

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
            await aspace.resources.list_top_containers(repo_id=2, id=1)
            ```
        """
        from .list_resource_top_containers import asyncio_detailed

        return cast(
            "builtins.list[Ref]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def list_models_in_graph(
        self, *, id: int, repo_id: int | None = None
    ) -> builtins.list[str]:
        """List the record types in a resource's graph

        The JSONModel types of the records and subrecords that belong to the resource (its archival
        objects, dates, extents, notes, instances...), for instance to see what a delete or transfer
        will touch.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            builtins.list[str]: Record type names, without `resource` itself.

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
            await aspace.resources.list_models_in_graph(repo_id=2, id=1)
            ```
        """
        from .list_resource_models_in_graph import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_ark_name(
        self, *, id: int, repo_id: int | None = None
    ) -> ArkName | None:
        """Get a resource's ARKs

        Needs the system administration permission. The answer is `null` when the resource has no
        ARK.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            ArkName | None: The resource's current and previous ARKs.

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
            await aspace.resources.get_ark_name(repo_id=2, id=1)
            ```
        """
        from .get_resource_ark_name import asyncio_detailed

        return cast(
            "ArkName | None",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def update_ark_name(
        self, *, body: ArkName, id: int, repo_id: int | None = None
    ) -> StatusResponse:
        """Set a resource's ARKs

        Needs the system administration permission. Makes `current` the resource's ARK and keeps
        `previous` as its earlier ARKs. The answer is `{"status": "Updated"}`.

        Args:
            body: The request body (`ArkName`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

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
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.resources.update_ark_name(body=ark_name, repo_id=2, id=1)
            ```
        """
        from .update_resource_ark_name import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def get_tree_root(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeRoot:
        """Get the top of a resource's tree

        The resource as a tree root: its child count, how many waypoints (pages of children) it has,
        and the first waypoint of its top-level archival objects in `precomputed_waypoints` (under
        the key `""`). Resource roots also carry `level` and `containers`. Fetch further waypoints
        with `get_resource_tree_waypoint`.

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
            await aspace.resources.get_tree_root(repo_id=2, id=1)
            ```
        """
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
        id: int,
        offset: int,
        repo_id: int | None = None,
        parent_node: str | Unset = UNSET,
        published_only: bool | Unset = False,
    ) -> builtins.list[TreeWaypointEntry]:
        """Get one waypoint (page) of children in a resource's tree

        Up to `waypoint_size` children of one node, in order, with their level, dates and
        containers. Leave `parent_node` out for the top-level archival objects.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the archival object whose children to list; leave it out for the
                top level.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            builtins.list[TreeWaypointEntry]: The children in the waypoint, in order.

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
            await aspace.resources.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
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
        id: int,
        node_uri: str,
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreeNode:
        """Get one archival object of a resource's tree as a tree node

        The archival object's position among its siblings, its child count and waypoints, and the
        first waypoint of its children in `precomputed_waypoints` (under the node's URI).

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the archival object.
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
            await aspace.resources.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
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
        id: int,
        node_ids: builtins.list[int],
        repo_id: int | None = None,
        published_only: bool | Unset = False,
    ) -> TreePaths:
        """Get the paths from a resource's root to some of its archival objects

        For each archival object, the steps to take from the root to reach it: at each step, the
        node to expand (`null` for the root) and the waypoint of it that holds the next step. Use it
        to open a tree at a given record.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The internal ids of the archival objects (the last segment of their URIs).
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each archival object id (as a string) to its path, root first.

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
            await aspace.resources.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_resource_tree_node_from_root import asyncio_detailed

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

    async def download_top_container_template(
        self, *, id: int, repo_id: int | None = None
    ) -> File:
        """Download a CSV template for creating top containers for a resource's archival objects

        A spreadsheet with one row per archival object of the resource. The reference columns (the
        archival object's id, ref_id and component id; the resource's title and identifier) are not
        to be edited; fill in the top container (instance type, type, indicator, barcode), child
        container (type, indicator, barcode) and the id of an existing location, then load it with
        the top container linker job.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The CSV template (sent as an attachment).

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
            await aspace.resources.download_top_container_template(repo_id=2, id=1)
            ```
        """
        from .download_resource_top_container_template import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def download_digital_object_template(
        self, *, id: int, repo_id: int | None = None
    ) -> File:
        """Download a CSV template for creating digital objects for a resource's archival objects

        A spreadsheet with one row per archival object of the resource, giving the resource URI and
        the archival object URI (not to be edited), to fill in for the bulk import of digital
        objects.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            File: The CSV template (sent as an attachment).

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
            await aspace.resources.download_digital_object_template(repo_id=2, id=1)
            ```
        """
        from .download_resource_digital_object_template import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def export_marc21(
        self,
        *,
        id: int,
        repo_id: int | None = None,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> File:
        """Export a resource as MARC 21 XML

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            include_unpublished_marc: Include unpublished notes (default false).

        Returns:
            File: A MARCXML record.

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
            await aspace.resources.export_marc21(repo_id=2, id=1)
            ```
        """
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
        id: int,
        fmt: str,
        repo_id: int | None = None,
        include_unpublished_marc: bool | Unset = UNSET,
    ) -> ResourceExportMetadata:
        """Get the file name and media type of a resource's MARC 21 export

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            fmt: The export's file extension.
            include_unpublished_marc: Accepted for symmetry with the export; it does not change the
                answer.

        Returns:
            ResourceExportMetadata: The export's file name and media type.

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
            await aspace.resources.get_marc21_metadata(repo_id=2, id=1, fmt="...")
            ```
        """
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
        repo_id: int | None = None,
        identifier: builtins.list[str] | Unset = UNSET,
        ark: builtins.list[str] | Unset = UNSET,
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> FoundResources:
        """Find resources by identifier or ARK

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            identifier: Identifiers to look for, each the JSON text of an array of up to four
                identifier parts (`id_0` to `id_3`); missing trailing parts count as empty.
            ark: ARKs to look for.
            resolve: `resources` to embed each found resource in its link's `_resolved`.

        Returns:
            FoundResources: Links to the matching resources.

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
            await aspace.resources.find_by_id(repo_id=2)
            ```
        """
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
