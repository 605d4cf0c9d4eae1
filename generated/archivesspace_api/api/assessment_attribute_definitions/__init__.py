"""The `assessment_attribute_definitions` namespace: The ratings, formats and conservation issues that a repository's assessments can record."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.assessment_attribute_definitions import (
        AssessmentAttributeDefinitions,
    )
    from ...models.error import Error
    from ...models.status_response import StatusResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = [
    "AssessmentAttributeDefinitionsNamespace",
    "AsyncAssessmentAttributeDefinitionsNamespace",
]


class AssessmentAttributeDefinitionsNamespace(Namespace):
    """The ratings, formats and conservation issues that a repository's assessments can record."""

    def get(self, *, repo_id: int | None = None) -> AssessmentAttributeDefinitions:
        """Get the repository's assessment attribute definitions

        The global definitions followed by the repository's own, each list in its order.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            AssessmentAttributeDefinitions: The definitions.

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
            aspace.assessment_attribute_definitions.get(repo_id=2)
            ```
        """
        from .get_assessment_attribute_definitions import sync_detailed

        return cast(
            "AssessmentAttributeDefinitions",
            self._invoker.call(sync_detailed, repo_id=repo_id),
        )

    def update(
        self, *, body: AssessmentAttributeDefinitions, repo_id: int | None = None
    ) -> StatusResponse:
        """Update the repository's assessment attribute definitions

        Changes the repository's definitions that carry an `id` and adds those without one, in the
        order sent; global definitions in the body are ignored. A label already used by another
        definition of the same type answers 409. The answer is a bare `{"status": "Updated"}`.

        Args:
            body: The request body (`AssessmentAttributeDefinitions`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            aspace.assessment_attribute_definitions.update(body=assessment_attribute_definitions, repo_id=2)
            ```
        """
        from .update_assessment_attribute_definitions import sync_detailed

        return cast(
            "StatusResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )


class AsyncAssessmentAttributeDefinitionsNamespace(AsyncNamespace):
    """The ratings, formats and conservation issues that a repository's assessments can record. (asynchronous)"""

    async def get(
        self, *, repo_id: int | None = None
    ) -> AssessmentAttributeDefinitions:
        """Get the repository's assessment attribute definitions

        The global definitions followed by the repository's own, each list in its order.

        Args:
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

        Returns:
            AssessmentAttributeDefinitions: The definitions.

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
            await aspace.assessment_attribute_definitions.get(repo_id=2)
            ```
        """
        from .get_assessment_attribute_definitions import asyncio_detailed

        return cast(
            "AssessmentAttributeDefinitions",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def update(
        self, *, body: AssessmentAttributeDefinitions, repo_id: int | None = None
    ) -> StatusResponse:
        """Update the repository's assessment attribute definitions

        Changes the repository's definitions that carry an `id` and adds those without one, in the
        order sent; global definitions in the body are ignored. A label already used by another
        definition of the same type answers 409. The answer is a bare `{"status": "Updated"}`.

        Args:
            body: The request body (`AssessmentAttributeDefinitions`).
            repo_id: The repository's numeric id (the `2` in `/repositories/2`). The repository must
                exist. Record ids are 32-bit (MySQL `INT` columns).

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
            ConflictError: 409: The record changed since it was fetched (a stale `lock_version`), or
                the change conflicts with other records (a duplicate identifier, a repository that
                is not empty, a transfer constraint).
            SessionExpired: 412: The session token is unknown (`SESSION_GONE`) or has expired
                (`SESSION_EXPIRED`): log in again and repeat the request. fonds logs in again and
                replays the call once before raising it.

        Example:
            ```python
            await aspace.assessment_attribute_definitions.update(body=assessment_attribute_definitions, repo_id=2)
            ```
        """
        from .update_assessment_attribute_definitions import asyncio_detailed

        return cast(
            "StatusResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )
