"""The `default_values` namespace: The values new records of a type start with in a repository."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.default_values import DefaultValues
    from ...models.error import Error
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["DefaultValuesNamespace", "AsyncDefaultValuesNamespace"]


class DefaultValuesNamespace(Namespace):
    """The values new records of a type start with in a repository."""

    def get(self, *, record_type: str, repo_id: int | None = None) -> DefaultValues:
        """Get a repository's default values for a record type

        Answers 404 when no defaults were saved for this type.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The record type the defaults are for (`accession`, `resource`,
                `archival_object`, `digital_object`, `digital_object_component`, `subject`,
                `agent_person`, `event`, `location`, `classification`, `container_profile`...).

        Returns:
            DefaultValues: The default values.

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
            aspace.default_values.get(repo_id=2, record_type="...")
            ```
        """
        from .get_default_values import sync_detailed

        return cast(
            "DefaultValues",
            self._invoker.call(sync_detailed, repo_id=repo_id, record_type=record_type),
        )

    def update(
        self, *, body: DefaultValues, record_type: str, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Save a repository's default values for a record type

        Creates or replaces the defaults of this record type in the repository. Needs
        `manage_repository`. The server answers `Updated` whether the defaults are new or not.

        Args:
            body: The request body (`DefaultValues`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The record type the defaults are for (`accession`, `resource`,
                `archival_object`, `digital_object`, `digital_object_component`, `subject`,
                `agent_person`, `event`, `location`, `classification`, `container_profile`...).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.default_values.update(body=default_values, repo_id=2, record_type="...")
            ```
        """
        from .update_default_values import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )


class AsyncDefaultValuesNamespace(AsyncNamespace):
    """The values new records of a type start with in a repository. (asynchronous)"""

    async def get(
        self, *, record_type: str, repo_id: int | None = None
    ) -> DefaultValues:
        """Get a repository's default values for a record type

        Answers 404 when no defaults were saved for this type.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The record type the defaults are for (`accession`, `resource`,
                `archival_object`, `digital_object`, `digital_object_component`, `subject`,
                `agent_person`, `event`, `location`, `classification`, `container_profile`...).

        Returns:
            DefaultValues: The default values.

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
            await aspace.default_values.get(repo_id=2, record_type="...")
            ```
        """
        from .get_default_values import asyncio_detailed

        return cast(
            "DefaultValues",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, record_type=record_type
            ),
        )

    async def update(
        self, *, body: DefaultValues, record_type: str, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Save a repository's default values for a record type

        Creates or replaces the defaults of this record type in the repository. Needs
        `manage_repository`. The server answers `Updated` whether the defaults are new or not.

        Args:
            body: The request body (`DefaultValues`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The record type the defaults are for (`accession`, `resource`,
                `archival_object`, `digital_object`, `digital_object_component`, `subject`,
                `agent_person`, `event`, `location`, `classification`, `container_profile`...).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.default_values.update(body=default_values, repo_id=2, record_type="...")
            ```
        """
        from .update_default_values import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )
