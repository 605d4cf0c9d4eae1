"""The `preferences` namespace: Staff interface settings of the system, a repository, a user, or a user in a repository."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.current_preferences import CurrentPreferences
    from ...models.defaults import Defaults
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.preference import Preference
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PreferencesNamespace", "AsyncPreferencesNamespace"]


class PreferencesNamespace(Namespace):
    """Staff interface settings of the system, a repository, a user, or a user in a repository."""

    def list(
        self, *, repo_id: int | None = None, user_id: int | Unset = UNSET
    ) -> builtins.list[Preference]:
        """List the preference records of a repository

        Answers the repository's preference records (not paginated), optionally those of one user
        only.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            user_id: Only the preferences of the user with this id.

        Returns:
            builtins.list[Preference]: The preference records.

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
            aspace.preferences.list(repo_id=2)
            ```
        """
        from .list_preferences import sync_detailed

        return cast(
            "builtins.list[Preference]",
            self._invoker.call(sync_detailed, repo_id=repo_id, user_id=user_id),
        )

    def create(
        self, *, body: Preference, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a preference record

        Creates the preferences of one level: with `user_id` for that user (only oneself), without
        it for the repository (or, in the global repository, the system).

        Args:
            body: The request body (`Preference`).
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
            aspace.preferences.create(body=preference, repo_id=2)
            ```
        """
        from .create_preference import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get_defaults(
        self, *, repo_id: int | None = None, username: str | Unset = UNSET
    ) -> Defaults:
        """Get the settings in force in a repository

        Answers the merged settings (the `Defaults` fields) of the system, the repository and, with
        `username`, that user, the more specific levels winning.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            username: Also merge in this user's preferences.

        Returns:
            Defaults: The merged settings, as the fields of `Defaults`.

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
            aspace.preferences.get_defaults(repo_id=2)
            ```
        """
        from .get_preference_defaults import sync_detailed

        return cast(
            "Defaults",
            self._invoker.call(sync_detailed, repo_id=repo_id, username=username),
        )

    def get(self, *, id: int, repo_id: int | None = None) -> Preference:
        """Get a preference record

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            Preference: The preference record.

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
            aspace.preferences.get(repo_id=2, id=1)
            ```
        """
        from .get_preference import sync_detailed

        return cast(
            "Preference", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def update(
        self, *, body: Preference, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a preference record

        Replaces the record's settings; send it as read, with its `lock_version`.

        Args:
            body: The request body (`Preference`).
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
            aspace.preferences.update(body=preference, repo_id=2, id=1)
            ```
        """
        from .update_preference import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a preference record

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
            aspace.preferences.delete(repo_id=2, id=1)
            ```
        """
        from .delete_preference import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def get_current(self, *, repo_id: int | None = None) -> CurrentPreferences:
        """Get the current user's preferences in a repository

        Answers the preference records of the system, the user, the repository and the user in the
        repository, and their merge in `defaults`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CurrentPreferences: The records of each level and the settings in force.

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
            aspace.preferences.get_current(repo_id=2)
            ```
        """
        from .get_current_preferences import sync_detailed

        return cast(
            "CurrentPreferences", self._invoker.call(sync_detailed, repo_id=repo_id)
        )

    def get_current_global(self) -> CurrentPreferences:
        """Get the current user's system-wide preferences

        Answers the system's and the user's own global preference records, and their merge in
        `defaults`.

        Returns:
            CurrentPreferences: The records of each level and the settings in force.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.preferences.get_current_global()
            ```
        """
        from .get_current_global_preferences import sync_detailed

        return cast("CurrentPreferences", self._invoker.call(sync_detailed))


class AsyncPreferencesNamespace(AsyncNamespace):
    """Staff interface settings of the system, a repository, a user, or a user in a repository. (asynchronous)"""

    async def list(
        self, *, repo_id: int | None = None, user_id: int | Unset = UNSET
    ) -> builtins.list[Preference]:
        """List the preference records of a repository

        Answers the repository's preference records (not paginated), optionally those of one user
        only.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            user_id: Only the preferences of the user with this id.

        Returns:
            builtins.list[Preference]: The preference records.

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
            await aspace.preferences.list(repo_id=2)
            ```
        """
        from .list_preferences import asyncio_detailed

        return cast(
            "builtins.list[Preference]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, user_id=user_id
            ),
        )

    async def create(
        self, *, body: Preference, repo_id: int | None = None
    ) -> CreatedResponse:
        """Create a preference record

        Creates the preferences of one level: with `user_id` for that user (only oneself), without
        it for the repository (or, in the global repository, the system).

        Args:
            body: The request body (`Preference`).
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
            await aspace.preferences.create(body=preference, repo_id=2)
            ```
        """
        from .create_preference import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get_defaults(
        self, *, repo_id: int | None = None, username: str | Unset = UNSET
    ) -> Defaults:
        """Get the settings in force in a repository

        Answers the merged settings (the `Defaults` fields) of the system, the repository and, with
        `username`, that user, the more specific levels winning.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            username: Also merge in this user's preferences.

        Returns:
            Defaults: The merged settings, as the fields of `Defaults`.

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
            await aspace.preferences.get_defaults(repo_id=2)
            ```
        """
        from .get_preference_defaults import asyncio_detailed

        return cast(
            "Defaults",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, username=username
            ),
        )

    async def get(self, *, id: int, repo_id: int | None = None) -> Preference:
        """Get a preference record

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            id: The record's numeric id (the last segment of its URI; 32-bit, a MySQL `INT` column).

        Returns:
            Preference: The preference record.

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
            await aspace.preferences.get(repo_id=2, id=1)
            ```
        """
        from .get_preference import asyncio_detailed

        return cast(
            "Preference",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def update(
        self, *, body: Preference, id: int, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Update a preference record

        Replaces the record's settings; send it as read, with its `lock_version`.

        Args:
            body: The request body (`Preference`).
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
            await aspace.preferences.update(body=preference, repo_id=2, id=1)
            ```
        """
        from .update_preference import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, id: int, repo_id: int | None = None) -> DeletedResponse:
        """Delete a preference record

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
            await aspace.preferences.delete(repo_id=2, id=1)
            ```
        """
        from .delete_preference import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_current(self, *, repo_id: int | None = None) -> CurrentPreferences:
        """Get the current user's preferences in a repository

        Answers the preference records of the system, the user, the repository and the user in the
        repository, and their merge in `defaults`.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            CurrentPreferences: The records of each level and the settings in force.

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
            await aspace.preferences.get_current(repo_id=2)
            ```
        """
        from .get_current_preferences import asyncio_detailed

        return cast(
            "CurrentPreferences",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def get_current_global(self) -> CurrentPreferences:
        """Get the current user's system-wide preferences

        Answers the system's and the user's own global preference records, and their merge in
        `defaults`.

        Returns:
            CurrentPreferences: The records of each level and the settings in force.

        Raises:
            AccessDenied: 403: The session may not do this (`{"error": "Access denied"}`), or the
                call needs a session.
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.preferences.get_current_global()
            ```
        """
        from .get_current_global_preferences import asyncio_detailed

        return cast("CurrentPreferences", await self._invoker.call(asyncio_detailed))
