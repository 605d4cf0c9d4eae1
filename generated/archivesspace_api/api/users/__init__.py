"""The `users` namespace: Users, their logins and sessions, and their permissions."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_users_sort_direction import (
        ListUsersSortDirection,
        check_list_users_sort_direction,
    )
    from ...models.login_form import LoginForm
    from ...models.login_result import LoginResult
    from ...models.password_reset_acknowledgement import PasswordResetAcknowledgement
    from ...models.status_response import StatusResponse
    from ...models.updated_response import UpdatedResponse
    from ...models.user import User
    from ...models.user_page import UserPage
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UsersNamespace", "AsyncUsersNamespace"]


class UsersNamespace(Namespace):
    """Users, their logins and sessions, and their permissions."""

    def login(self, *, body: LoginForm, username: str) -> LoginResult:
        """Log in and get a session token

        Checks the user's password and opens a session. The password travels in a form body, never
        in the query string. With `expiring=false` the session lives for a week of idleness instead
        of an hour, which suits long harvests; the answer then says how long in
        `expire_after_seconds`.

        Args:
            body: The request body (`LoginForm`).
            username: The user to log in as. The server lowercases it; it must match `[a-zA-Z0-9\\-_.
                @]+`.

        Returns:
            LoginResult: Logged in.

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
            AccessDenied: 403: Wrong user name or password (`{"error": "Login failed"}`).

        Example:
            ```python
            aspace.users.login(body=login_form, username="...")
            ```
        """
        from .login_user import sync_detailed

        return cast(
            "LoginResult",
            self._invoker.call(sync_detailed, body=body, username=username),
        )

    def logout(self) -> StatusResponse:
        """End the current session

        Returns:
            StatusResponse: The session is closed.

        Raises:
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.users.logout()
            ```
        """
        from .logout_user import sync_detailed

        return cast("StatusResponse", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[User]:
        """List the users: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            Pager[User]: a lazy iterator of typed records (`next_page` tells where it stopped).

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
            for record in aspace.users.list():
                print(record)
            ```
        """
        from .list_users import sync_detailed

        return cast(
            "Pager[User]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the users: the id of every matching record, in one request (`all_ids`).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            aspace.users.ids()
            ```
        """
        from .list_users import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
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
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[User]:
        """List the users: these records by id, 250 a request (`id_set`).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[User]: the records, in the order of `ids` (ids the server lacks are skipped).

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
            for record in aspace.users.get_many(ids=[1, 2, 3]):
                print(record)
            ```
        """
        from .list_users import sync_detailed

        return cast(
            "Iterator[User]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[User] | UserPage:
        """List the users: one raw page, as the server answers it.

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            builtins.list[int] | builtins.list[User] | UserPage: A page of users, a list of users
                (`id_set`), or a list of ids (`all_ids`).

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
            aspace.users.list_page(page=1)
            ```
        """
        from .list_users import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[User] | UserPage",
            self._invoker.call(
                sync_detailed,
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
        self, *, body: User, password: str, groups: builtins.list[str] | Unset = UNSET
    ) -> CreatedResponse:
        """Create a local user

        Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the
        query string (the body is the user record). Adding the user to a group needs
        `manage_repository` in that group's repository.

        Args:
            body: The request body (`User`).
            password: The new user's password.
            groups: URIs of groups to put the user in, sent as repeated `groups[]=` keys.

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
            aspace.users.create(body=user, password="...")
            ```
        """
        from .create_user import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(
                sync_detailed, body=body, password=password, groups=groups
            ),
        )

    def get_current(self) -> User:
        """Get the logged-in user

        Answers the session's user with its permissions; 404 when the call has no session.

        Returns:
            User: The current user.

        Raises:
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
            aspace.users.get_current()
            ```
        """
        from .get_current_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed))

    def complete(self, *, query: str) -> builtins.list[str]:
        """Complete a user name

        Answers the user names that start with `query` (for type-ahead fields).

        Args:
            query: The start of the user name.

        Returns:
            builtins.list[str]: The matching user names.

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
            aspace.users.complete(query="...")
            ```
        """
        from .complete_users import sync_detailed

        return cast(
            "builtins.list[str]", self._invoker.call(sync_detailed, query=query)
        )

    def reset_password(self, *, email: str) -> PasswordResetAcknowledgement:
        """Start a password reset

        Emails the user with this address a one-time token; the user then logs in with `POST
        /users/{username}/{token}` and sets a new password.

        Args:
            email: The email address of the account.

        Returns:
            PasswordResetAcknowledgement: The email was sent. The body is a small JSON
                acknowledgement with no fixed shape.

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
            aspace.users.reset_password(email="...")
            ```
        """
        from .reset_user_password import sync_detailed

        return cast(
            "PasswordResetAcknowledgement",
            self._invoker.call(sync_detailed, email=email),
        )

    def get(self, *, id: int) -> User:
        """Get a user

        Answers the user with its current permissions. Needs `manage_users`.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user.

        Raises:
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
            aspace.users.get(id=1)
            ```
        """
        from .get_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def update(
        self, *, body: User, id: int, password: str | Unset = UNSET
    ) -> UpdatedResponse:
        """Update a user

        Replaces the user's fields; send the record as read, with its `lock_version`. A `password`
        in the query string also sets a new password.

        Args:
            body: The request body (`User`).
            id: The user's numeric id (the last segment of `/users/3`).
            password: A new password for the user.

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
            aspace.users.update(body=user, id=1)
            ```
        """
        from .update_user import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, id=id, password=password),
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a user

        Needs `manage_users`.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
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
            aspace.users.delete(id=1)
            ```
        """
        from .delete_user import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def update_groups(
        self,
        *,
        id: int,
        remove_groups: bool,
        groups: builtins.list[str] | Unset = UNSET,
        repo_id: int | None = None,
    ) -> UpdatedResponse:
        """Set a user's groups in one repository

        Puts the user in the groups listed (URIs of groups of repository `repo_id`), or with
        `remove_groups=true` takes the user out of every group of that repository. Needs
        `manage_repository` there.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).
            groups: URIs of the groups, sent as repeated `groups[]=` keys.
            remove_groups: When true, remove the user from all the groups of repository `repo_id`.
            repo_id: The id of the repository whose groups are set (a query parameter here, not part
                of the path).

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
            aspace.users.update_groups(id=1, remove_groups=True, repo_id=2)
            ```
        """
        from .update_user_groups import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed,
                id=id,
                groups=groups,
                remove_groups=remove_groups,
                repo_id=repo_id,
            ),
        )

    def update_password(self, *, id: int, password: str) -> UpdatedResponse:
        """Change one's own password

        Sets a new password for the logged-in user (the `id` must be the user's own).

        Args:
            id: The user's numeric id (the last segment of `/users/3`).
            password: The new password.

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
            aspace.users.update_password(id=1, password="...")
            ```
        """
        from .update_user_password import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, id=id, password=password),
        )

    def activate(self, *, id: int) -> User:
        """Activate a user

        Lets the user log in again (`is_active_user` true). Needs `manage_users`. Answers the user.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user, now active.

        Raises:
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
            aspace.users.activate(id=1)
            ```
        """
        from .activate_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def deactivate(self, *, id: int) -> User:
        """Deactivate a user

        Stops the user from logging in (`is_active_user` false). Needs `manage_users`. Answers the
        user.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user, now inactive.

        Raises:
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
            aspace.users.deactivate(id=1)
            ```
        """
        from .deactivate_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def become(self, *, username: str) -> LoginResult:
        """Switch the session to another user

        Makes the current session act as another user, as an administrator testing what that user
        sees. Needs `become_user`. Answers the session and the user now acting.

        Args:
            username: A user name. The server lowercases it; it must match `[a-zA-Z0-9\\-_. @]+`.

        Returns:
            LoginResult: The session now acts as the user.

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
            aspace.users.become(username="...")
            ```
        """
        from .become_user import sync_detailed

        return cast("LoginResult", self._invoker.call(sync_detailed, username=username))

    def login_with_token(self, *, username: str, token: str) -> LoginResult:
        """Log in with a one-time token

        Logs in with the one-time token mailed by a password reset, instead of a password. Answers
        like a login.

        Args:
            username: A user name. The server lowercases it; it must match `[a-zA-Z0-9\\-_. @]+`.
            token: The one-time token from the password reset email.

        Returns:
            LoginResult: Logged in.

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
            aspace.users.login_with_token(username="...", token="...")
            ```
        """
        from .login_user_with_token import sync_detailed

        return cast(
            "LoginResult",
            self._invoker.call(sync_detailed, username=username, token=token),
        )

    def get_in_repository(self, *, id: int, repo_id: int | None = None) -> User:
        """Get a user with their groups in one repository

        Answers the user with `groups` limited to the groups of this repository. Needs
        `manage_repository`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user.

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
            aspace.users.get_in_repository(repo_id=2, id=1)
            ```
        """
        from .get_user_in_repository import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))


class AsyncUsersNamespace(AsyncNamespace):
    """Users, their logins and sessions, and their permissions. (asynchronous)"""

    async def login(self, *, body: LoginForm, username: str) -> LoginResult:
        """Log in and get a session token

        Checks the user's password and opens a session. The password travels in a form body, never
        in the query string. With `expiring=false` the session lives for a week of idleness instead
        of an hour, which suits long harvests; the answer then says how long in
        `expire_after_seconds`.

        Args:
            body: The request body (`LoginForm`).
            username: The user to log in as. The server lowercases it; it must match `[a-zA-Z0-9\\-_.
                @]+`.

        Returns:
            LoginResult: Logged in.

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
            AccessDenied: 403: Wrong user name or password (`{"error": "Login failed"}`).

        Example:
            ```python
            await aspace.users.login(body=login_form, username="...")
            ```
        """
        from .login_user import asyncio_detailed

        return cast(
            "LoginResult",
            await self._invoker.call(asyncio_detailed, body=body, username=username),
        )

    async def logout(self) -> StatusResponse:
        """End the current session

        Returns:
            StatusResponse: The session is closed.

        Raises:
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.users.logout()
            ```
        """
        from .logout_user import asyncio_detailed

        return cast("StatusResponse", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[User]:
        """List the users: every record, fetched page by page as you iterate (`.by_page()` for whole
        pages).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            Pager[User]: a lazy iterator of typed records (`next_page` tells where it stopped).

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
            async for record in aspace.users.list():
                print(record)
            ```
        """
        from .list_users import asyncio_detailed

        return cast(
            "AsyncPager[User]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the users: the id of every matching record, in one request (`all_ids`).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            await aspace.users.ids()
            ```
        """
        from .list_users import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
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
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[User]:
        """List the users: these records by id, 250 a request (`id_set`).

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
            ids: The ids of the records, any number of them (sent 250 a request, in this order).
            modified_since: Only records whose `system_mtime` is at or after this time, in seconds
                since the epoch (default 0).
            sort_field: The database column to sort on (default `id`).
            sort_direction: Sort order.
            resolve: Names of link properties to embed: each `{ref}` under a named property gets a
                read-only `_resolved` copy of the record it points to (`subjects`, `linked_agents`,
                `top_container`, nested with `::` such as `linked_events::linked_records`). Sent as
                repeated `resolve[]=` keys.

        Returns:
            Iterator[User]: the records, in the order of `ids` (ids the server lacks are skipped).

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
            async for record in aspace.users.get_many(ids=[1, 2, 3]):
                print(record)
            ```
        """
        from .list_users import asyncio_detailed

        return cast(
            "AsyncIterator[User]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[User] | UserPage:
        """List the users: one raw page, as the server answers it.

        A paginated listing of the user accounts, without the hidden system accounts. Pass exactly
        one of `page`, `id_set` or `all_ids`.

        Args:
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
            builtins.list[int] | builtins.list[User] | UserPage: A page of users, a list of users
                (`id_set`), or a list of ids (`all_ids`).

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
            await aspace.users.list_page(page=1)
            ```
        """
        from .list_users import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[User] | UserPage",
            await self._invoker.call(
                asyncio_detailed,
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
        self, *, body: User, password: str, groups: builtins.list[str] | Unset = UNSET
    ) -> CreatedResponse:
        """Create a local user

        Creates a user authenticated by ArchivesSpace itself. The password and the groups go in the
        query string (the body is the user record). Adding the user to a group needs
        `manage_repository` in that group's repository.

        Args:
            body: The request body (`User`).
            password: The new user's password.
            groups: URIs of groups to put the user in, sent as repeated `groups[]=` keys.

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
            await aspace.users.create(body=user, password="...")
            ```
        """
        from .create_user import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, password=password, groups=groups
            ),
        )

    async def get_current(self) -> User:
        """Get the logged-in user

        Answers the session's user with its permissions; 404 when the call has no session.

        Returns:
            User: The current user.

        Raises:
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
            await aspace.users.get_current()
            ```
        """
        from .get_current_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed))

    async def complete(self, *, query: str) -> builtins.list[str]:
        """Complete a user name

        Answers the user names that start with `query` (for type-ahead fields).

        Args:
            query: The start of the user name.

        Returns:
            builtins.list[str]: The matching user names.

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
            await aspace.users.complete(query="...")
            ```
        """
        from .complete_users import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, query=query),
        )

    async def reset_password(self, *, email: str) -> PasswordResetAcknowledgement:
        """Start a password reset

        Emails the user with this address a one-time token; the user then logs in with `POST
        /users/{username}/{token}` and sets a new password.

        Args:
            email: The email address of the account.

        Returns:
            PasswordResetAcknowledgement: The email was sent. The body is a small JSON
                acknowledgement with no fixed shape.

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
            await aspace.users.reset_password(email="...")
            ```
        """
        from .reset_user_password import asyncio_detailed

        return cast(
            "PasswordResetAcknowledgement",
            await self._invoker.call(asyncio_detailed, email=email),
        )

    async def get(self, *, id: int) -> User:
        """Get a user

        Answers the user with its current permissions. Needs `manage_users`.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user.

        Raises:
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
            await aspace.users.get(id=1)
            ```
        """
        from .get_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def update(
        self, *, body: User, id: int, password: str | Unset = UNSET
    ) -> UpdatedResponse:
        """Update a user

        Replaces the user's fields; send the record as read, with its `lock_version`. A `password`
        in the query string also sets a new password.

        Args:
            body: The request body (`User`).
            id: The user's numeric id (the last segment of `/users/3`).
            password: A new password for the user.

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
            await aspace.users.update(body=user, id=1)
            ```
        """
        from .update_user import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, id=id, password=password
            ),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a user

        Needs `manage_users`.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            DeletedResponse: The record was deleted.

        Raises:
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
            await aspace.users.delete(id=1)
            ```
        """
        from .delete_user import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def update_groups(
        self,
        *,
        id: int,
        remove_groups: bool,
        groups: builtins.list[str] | Unset = UNSET,
        repo_id: int | None = None,
    ) -> UpdatedResponse:
        """Set a user's groups in one repository

        Puts the user in the groups listed (URIs of groups of repository `repo_id`), or with
        `remove_groups=true` takes the user out of every group of that repository. Needs
        `manage_repository` there.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).
            groups: URIs of the groups, sent as repeated `groups[]=` keys.
            remove_groups: When true, remove the user from all the groups of repository `repo_id`.
            repo_id: The id of the repository whose groups are set (a query parameter here, not part
                of the path).

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
            await aspace.users.update_groups(id=1, remove_groups=True, repo_id=2)
            ```
        """
        from .update_user_groups import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed,
                id=id,
                groups=groups,
                remove_groups=remove_groups,
                repo_id=repo_id,
            ),
        )

    async def update_password(self, *, id: int, password: str) -> UpdatedResponse:
        """Change one's own password

        Sets a new password for the logged-in user (the `id` must be the user's own).

        Args:
            id: The user's numeric id (the last segment of `/users/3`).
            password: The new password.

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
            await aspace.users.update_password(id=1, password="...")
            ```
        """
        from .update_user_password import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, id=id, password=password),
        )

    async def activate(self, *, id: int) -> User:
        """Activate a user

        Lets the user log in again (`is_active_user` true). Needs `manage_users`. Answers the user.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user, now active.

        Raises:
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
            await aspace.users.activate(id=1)
            ```
        """
        from .activate_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def deactivate(self, *, id: int) -> User:
        """Deactivate a user

        Stops the user from logging in (`is_active_user` false). Needs `manage_users`. Answers the
        user.

        Args:
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user, now inactive.

        Raises:
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
            await aspace.users.deactivate(id=1)
            ```
        """
        from .deactivate_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def become(self, *, username: str) -> LoginResult:
        """Switch the session to another user

        Makes the current session act as another user, as an administrator testing what that user
        sees. Needs `become_user`. Answers the session and the user now acting.

        Args:
            username: A user name. The server lowercases it; it must match `[a-zA-Z0-9\\-_. @]+`.

        Returns:
            LoginResult: The session now acts as the user.

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
            await aspace.users.become(username="...")
            ```
        """
        from .become_user import asyncio_detailed

        return cast(
            "LoginResult", await self._invoker.call(asyncio_detailed, username=username)
        )

    async def login_with_token(self, *, username: str, token: str) -> LoginResult:
        """Log in with a one-time token

        Logs in with the one-time token mailed by a password reset, instead of a password. Answers
        like a login.

        Args:
            username: A user name. The server lowercases it; it must match `[a-zA-Z0-9\\-_. @]+`.
            token: The one-time token from the password reset email.

        Returns:
            LoginResult: Logged in.

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
            await aspace.users.login_with_token(username="...", token="...")
            ```
        """
        from .login_user_with_token import asyncio_detailed

        return cast(
            "LoginResult",
            await self._invoker.call(asyncio_detailed, username=username, token=token),
        )

    async def get_in_repository(self, *, id: int, repo_id: int | None = None) -> User:
        """Get a user with their groups in one repository

        Answers the user with `groups` limited to the groups of this repository. Needs
        `manage_repository`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The user's numeric id (the last segment of `/users/3`).

        Returns:
            User: The user.

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
            await aspace.users.get_in_repository(repo_id=2, id=1)
            ```
        """
        from .get_user_in_repository import asyncio_detailed

        return cast(
            "User", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )
