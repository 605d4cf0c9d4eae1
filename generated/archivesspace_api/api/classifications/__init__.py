"""The `classifications` namespace: Classifications (filing schemes) and their trees of terms."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.classification import Classification
    from ...models.classification_page import ClassificationPage
    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_classifications_sort_direction import (
        ListClassificationsSortDirection,
        check_list_classifications_sort_direction,
    )
    from ...models.tree_node import TreeNode
    from ...models.tree_paths import TreePaths
    from ...models.tree_root import TreeRoot
    from ...models.tree_waypoint_entry import TreeWaypointEntry
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ClassificationsNamespace", "AsyncClassificationsNamespace"]


class ClassificationsNamespace(Namespace):
    """Classifications (filing schemes) and their trees of terms."""

    def list(
        self,
        *,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[Classification]:
        """List the repository's classifications: every record, fetched page by page as you iterate
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
            Pager[Classification]: a lazy iterator of typed records (`next_page` tells where it
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
            for record in aspace.classifications.list(repo_id=2):
                print(record)
            ```
        """
        from .list_classifications import sync_detailed

        return cast(
            "Pager[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classifications: the id of every matching record, in one request
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
            aspace.classifications.ids(repo_id=2)
            ```
        """
        from .list_classifications import sync_detailed

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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[Classification]:
        """List the repository's classifications: these records by id, 250 a request (`id_set`).

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
            Iterator[Classification]: the records, in the order of `ids` (ids the server lacks are
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
            for record in aspace.classifications.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
        from .list_classifications import sync_detailed

        return cast(
            "Iterator[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ClassificationPage | builtins.list[Classification] | builtins.list[int]:
        """List the repository's classifications: one raw page, as the server answers it.

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
            ClassificationPage | builtins.list[Classification] | builtins.list[int]: A page of
                classifications, the requested ones, or all ids.

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
            aspace.classifications.list_page(repo_id=2, page=1)
            ```
        """
        from .list_classifications import sync_detailed

        return cast(
            "ClassificationPage | builtins.list[Classification] | builtins.list[int]",
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
        self, *, body: Classification, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a classification

        Args:
            body: The request body (`Classification`).
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
            aspace.classifications.create(body=classification, repo_id=2)
            ```
        """
        from .create_classification import sync_detailed

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
    ) -> Classification:
        """Get a classification

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Classification: The classification.

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
            aspace.classifications.get(repo_id=2, id=1)
            ```
        """
        from .get_classification import sync_detailed

        return cast(
            "Classification",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, resolve=resolve),
        )

    def update(
        self, *, body: Classification, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a classification

        Send the whole record as fetched, with your changes and its current `lock_version`.

        Args:
            body: The request body (`Classification`).
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
            aspace.classifications.update(body=classification, repo_id=2, id=1)
            ```
        """
        from .update_classification import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a classification

        Deletes the classification with all its terms.

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
            aspace.classifications.delete(repo_id=2, id=1)
            ```
        """
        from .delete_classification import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def accept_children(
        self,
        *,
        id: int,
        position: int,
        repo_id: int | None = None,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing terms to the top of a classification's tree

        Moves the classification terms named in `children[]` (with their subtrees) to the top level
        of this classification's tree, the first at `position` and the others after it in the order
        given. The answer is the classification's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the classification terms to move.
            position: The 0-based position the first moved term takes.

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
            aspace.classifications.accept_children(repo_id=2, id=1, position=1)
            ```
        """
        from .accept_classification_children import sync_detailed

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
        """Get the top of a classification's tree

        The classification as a tree root: its child count, how many waypoints (pages of children)
        it has, and the first waypoint of its top-level terms in `precomputed_waypoints`.
        Classification roots also carry `identifier`. Fetch further waypoints with `tree/waypoint`.

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
            aspace.classifications.get_tree_root(repo_id=2, id=1)
            ```
        """
        from .get_classification_tree_root import sync_detailed

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
        """Get one waypoint (page) of children in a classification's tree

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the term whose children to list; leave it out for the top-level
                terms.
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
            aspace.classifications.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
        from .get_classification_tree_waypoint import sync_detailed

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
        """Get one term of a classification's tree as a tree node

        The term's child count and waypoints, with the first waypoint of its children precomputed.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the classification term.
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
            aspace.classifications.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
        from .get_classification_tree_node import sync_detailed

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
        """Get the paths from a classification down to some of its terms

        For each term id, the steps from the root to it: each step names a node (null for the root)
        and the waypoint that holds the next step, which is what a tree view needs to open the path.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The ids of the classification terms.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each term id to its path from the root.

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
            aspace.classifications.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_classification_tree_node_from_root import sync_detailed

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


class AsyncClassificationsNamespace(AsyncNamespace):
    """Classifications (filing schemes) and their trees of terms. (asynchronous)"""

    def list(
        self,
        *,
        repo_id: int | None = None,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[Classification]:
        """List the repository's classifications: every record, fetched page by page as you iterate
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
            Pager[Classification]: a lazy iterator of typed records (`next_page` tells where it
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
            async for record in aspace.classifications.list(repo_id=2):
                print(record)
            ```
        """
        from .list_classifications import asyncio_detailed

        return cast(
            "AsyncPager[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the repository's classifications: the id of every matching record, in one request
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
            await aspace.classifications.ids(repo_id=2)
            ```
        """
        from .list_classifications import asyncio_detailed

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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[Classification]:
        """List the repository's classifications: these records by id, 250 a request (`id_set`).

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
            Iterator[Classification]: the records, in the order of `ids` (ids the server lacks are
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
            async for record in aspace.classifications.get_many(ids=[1, 2, 3], repo_id=2):
                print(record)
            ```
        """
        from .list_classifications import asyncio_detailed

        return cast(
            "AsyncIterator[Classification]",
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
        sort_direction: ListClassificationsSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> ClassificationPage | builtins.list[Classification] | builtins.list[int]:
        """List the repository's classifications: one raw page, as the server answers it.

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
            ClassificationPage | builtins.list[Classification] | builtins.list[int]: A page of
                classifications, the requested ones, or all ids.

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
            await aspace.classifications.list_page(repo_id=2, page=1)
            ```
        """
        from .list_classifications import asyncio_detailed

        return cast(
            "ClassificationPage | builtins.list[Classification] | builtins.list[int]",
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
        self, *, body: Classification, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a classification

        Args:
            body: The request body (`Classification`).
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
            await aspace.classifications.create(body=classification, repo_id=2)
            ```
        """
        from .create_classification import asyncio_detailed

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
    ) -> Classification:
        """Get a classification

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Classification: The classification.

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
            await aspace.classifications.get(repo_id=2, id=1)
            ```
        """
        from .get_classification import asyncio_detailed

        return cast(
            "Classification",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, id=id, resolve=resolve
            ),
        )

    async def update(
        self, *, body: Classification, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a classification

        Send the whole record as fetched, with your changes and its current `lock_version`.

        Args:
            body: The request body (`Classification`).
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
            await aspace.classifications.update(body=classification, repo_id=2, id=1)
            ```
        """
        from .update_classification import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a classification

        Deletes the classification with all its terms.

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
            await aspace.classifications.delete(repo_id=2, id=1)
            ```
        """
        from .delete_classification import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def accept_children(
        self,
        *,
        id: int,
        position: int,
        repo_id: int | None = None,
        children: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Move existing terms to the top of a classification's tree

        Moves the classification terms named in `children[]` (with their subtrees) to the top level
        of this classification's tree, the first at `position` and the others after it in the order
        given. The answer is the classification's `Updated` response.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            children: The URIs of the classification terms to move.
            position: The 0-based position the first moved term takes.

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
            await aspace.classifications.accept_children(repo_id=2, id=1, position=1)
            ```
        """
        from .accept_classification_children import asyncio_detailed

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
        """Get the top of a classification's tree

        The classification as a tree root: its child count, how many waypoints (pages of children)
        it has, and the first waypoint of its top-level terms in `precomputed_waypoints`.
        Classification roots also carry `identifier`. Fetch further waypoints with `tree/waypoint`.

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
            await aspace.classifications.get_tree_root(repo_id=2, id=1)
            ```
        """
        from .get_classification_tree_root import asyncio_detailed

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
        """Get one waypoint (page) of children in a classification's tree

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            offset: The 0-based waypoint number; a node has `waypoints` of them.
            parent_node: The URI of the term whose children to list; leave it out for the top-level
                terms.
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
            await aspace.classifications.get_tree_waypoint(repo_id=2, id=1, offset=1)
            ```
        """
        from .get_classification_tree_waypoint import asyncio_detailed

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
        """Get one term of a classification's tree as a tree node

        The term's child count and waypoints, with the first waypoint of its children precomputed.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_uri: The URI of the classification term.
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
            await aspace.classifications.get_tree_node(repo_id=2, id=1, node_uri="...")
            ```
        """
        from .get_classification_tree_node import asyncio_detailed

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
        """Get the paths from a classification down to some of its terms

        For each term id, the steps from the root to it: each step names a node (null for the root)
        and the waypoint that holds the next step, which is what a tree view needs to open the path.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).
            node_ids: The ids of the classification terms.
            published_only: Only published and unsuppressed records (default false).

        Returns:
            TreePaths: A map from each term id to its path from the root.

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
            await aspace.classifications.get_tree_node_from_root(repo_id=2, id=1, node_ids=...)
            ```
        """
        from .get_classification_tree_node_from_root import asyncio_detailed

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
