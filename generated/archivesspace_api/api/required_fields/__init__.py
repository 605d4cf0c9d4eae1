"""The `required_fields` namespace: Extra required subrecords and fields a repository sets for agent records."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.required_fields import RequiredFields
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["RequiredFieldsNamespace", "AsyncRequiredFieldsNamespace"]


class RequiredFieldsNamespace(Namespace):
    """Extra required subrecords and fields a repository sets for agent records."""

    def get(self, *, record_type: str, repo_id: int | None = None) -> RequiredFields:
        """Get a repository's required fields for an agent type

        Answers 404 (`RequiredFields not found`) when none were defined for this type, or for a type
        that is not an agent type.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The agent record type: `agent_person`, `agent_family`,
                `agent_corporate_entity` or `agent_software`.

        Returns:
            RequiredFields: The requirements.

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
            aspace.required_fields.get(repo_id=2, record_type="...")
            ```
        """
        from .get_required_fields import sync_detailed

        return cast(
            "RequiredFields",
            self._invoker.call(sync_detailed, repo_id=repo_id, record_type=record_type),
        )

    def update(
        self, *, body: RequiredFields, record_type: str, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Save a repository's required fields for an agent type

        Creates or replaces the requirements for this agent type in the repository; send an empty
        `subrecord_requirements` to remove them. Needs `manage_repository`; a type that is not an
        agent type is refused. The server answers `Updated` whether the requirements are new or not.

        Args:
            body: The request body (`RequiredFields`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The agent record type: `agent_person`, `agent_family`,
                `agent_corporate_entity` or `agent_software`.

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
            aspace.required_fields.update(body=required_fields, repo_id=2, record_type="...")
            ```
        """
        from .update_required_fields import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )


class AsyncRequiredFieldsNamespace(AsyncNamespace):
    """Extra required subrecords and fields a repository sets for agent records. (asynchronous)"""

    async def get(
        self, *, record_type: str, repo_id: int | None = None
    ) -> RequiredFields:
        """Get a repository's required fields for an agent type

        Answers 404 (`RequiredFields not found`) when none were defined for this type, or for a type
        that is not an agent type.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The agent record type: `agent_person`, `agent_family`,
                `agent_corporate_entity` or `agent_software`.

        Returns:
            RequiredFields: The requirements.

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
            await aspace.required_fields.get(repo_id=2, record_type="...")
            ```
        """
        from .get_required_fields import asyncio_detailed

        return cast(
            "RequiredFields",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, record_type=record_type
            ),
        )

    async def update(
        self, *, body: RequiredFields, record_type: str, repo_id: int | None = None
    ) -> UpdatedResponse:
        """Save a repository's required fields for an agent type

        Creates or replaces the requirements for this agent type in the repository; send an empty
        `subrecord_requirements` to remove them. Needs `manage_repository`; a type that is not an
        agent type is refused. The server answers `Updated` whether the requirements are new or not.

        Args:
            body: The request body (`RequiredFields`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).
            record_type: The agent record type: `agent_person`, `agent_family`,
                `agent_corporate_entity` or `agent_software`.

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
            await aspace.required_fields.update(body=required_fields, repo_id=2, record_type="...")
            ```
        """
        from .update_required_fields import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, record_type=record_type
            ),
        )
