"""The `merge_requests` namespace: Merging subjects, agents, container profiles, top containers, resources and digital objects."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.merge_request import MergeRequest
    from ...models.merge_request_detail import MergeRequestDetail
    from ...models.merge_result import MergeResult
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["MergeRequestsNamespace", "AsyncMergeRequestsNamespace"]


class MergeRequestsNamespace(Namespace):
    """Merging subjects, agents, container profiles, top containers, resources and digital objects."""

    def merge_subjects(self, *, body: MergeRequest) -> MergeResult:
        """Merge subjects

        Merges the candidate subjects into the destination subject. Every record must be a subject
        (else 400).

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_subjects(body=merge_request)
            ```
        """
        from .merge_merge_request_subjects import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_container_profiles(self, *, body: MergeRequest) -> MergeResult:
        """Merge container profiles

        Merges the candidate container profiles into the destination; top containers that used a
        candidate now use the destination. Every record must be a container profile (else 400).

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_container_profiles(body=merge_request)
            ```
        """
        from .merge_merge_request_container_profiles import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_top_containers(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge top containers

        Merges the candidate top containers into the destination; instances that used a candidate
        now use the destination. Every record must be a top container of the repository named by
        `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_top_containers(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_top_containers import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def merge_agents(self, *, body: MergeRequest) -> MergeResult:
        """Merge agents

        Merges the candidate agents (of any kind) into the destination agent: links and
        relationships move to the destination, the candidates' names and sub-records are dropped,
        and the candidates are deleted. Every record must be an agent (else 400). To keep chosen
        names or sub-records of a candidate, use `merge_merge_request_agents_detailed`.

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_agents(body=merge_request)
            ```
        """
        from .merge_merge_request_agents import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_agents_detailed(
        self, *, body: MergeRequestDetail, dry_run: bool | Unset = UNSET
    ) -> MergeResult:
        """Merge agents, keeping chosen parts of the candidate

        Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the
        (first) candidate to carry into the destination, each replacing the destination's or
        appended to it (see MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's
        `result` shows the destination as it would be.

        Args:
            body: The request body (`MergeRequestDetail`).
            dry_run: When true, only compute the merged record and answer it in `result`; change
                nothing.

        Returns:
            MergeResult: The merge was carried out (or, with `dry_run`, previewed).

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
            aspace.merge_requests.merge_agents_detailed(body=merge_request_detail)
            ```
        """
        from .merge_merge_request_agents_detailed import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, dry_run=dry_run)
        )

    def merge_resources(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge resources

        Merges the candidate resources into the destination: their archival objects move under the
        destination's tree and the candidates are deleted. Every record must be a resource of the
        repository named by `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_resources(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_resources import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def merge_digital_objects(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge digital objects

        Merges the candidate digital objects into the destination. Every record must be a digital
        object of the repository named by `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            aspace.merge_requests.merge_digital_objects(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_digital_objects import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )


class AsyncMergeRequestsNamespace(AsyncNamespace):
    """Merging subjects, agents, container profiles, top containers, resources and digital objects. (asynchronous)"""

    async def merge_subjects(self, *, body: MergeRequest) -> MergeResult:
        """Merge subjects

        Merges the candidate subjects into the destination subject. Every record must be a subject
        (else 400).

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_subjects(body=merge_request)
            ```
        """
        from .merge_merge_request_subjects import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_container_profiles(self, *, body: MergeRequest) -> MergeResult:
        """Merge container profiles

        Merges the candidate container profiles into the destination; top containers that used a
        candidate now use the destination. Every record must be a container profile (else 400).

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_container_profiles(body=merge_request)
            ```
        """
        from .merge_merge_request_container_profiles import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_top_containers(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge top containers

        Merges the candidate top containers into the destination; instances that used a candidate
        now use the destination. Every record must be a top container of the repository named by
        `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_top_containers(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_top_containers import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def merge_agents(self, *, body: MergeRequest) -> MergeResult:
        """Merge agents

        Merges the candidate agents (of any kind) into the destination agent: links and
        relationships move to the destination, the candidates' names and sub-records are dropped,
        and the candidates are deleted. Every record must be an agent (else 400). To keep chosen
        names or sub-records of a candidate, use `merge_merge_request_agents_detailed`.

        Args:
            body: The request body (`MergeRequest`).

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_agents(body=merge_request)
            ```
        """
        from .merge_merge_request_agents import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_agents_detailed(
        self, *, body: MergeRequestDetail, dry_run: bool | Unset = UNSET
    ) -> MergeResult:
        """Merge agents, keeping chosen parts of the candidate

        Like `merge_merge_request_agents`, but `selections` names the fields and sub-records of the
        (first) candidate to carry into the destination, each replacing the destination's or
        appended to it (see MergeRequestDetail). With `dry_run=true` nothing is saved: the answer's
        `result` shows the destination as it would be.

        Args:
            body: The request body (`MergeRequestDetail`).
            dry_run: When true, only compute the merged record and answer it in `result`; change
                nothing.

        Returns:
            MergeResult: The merge was carried out (or, with `dry_run`, previewed).

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
            await aspace.merge_requests.merge_agents_detailed(body=merge_request_detail)
            ```
        """
        from .merge_merge_request_agents_detailed import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, dry_run=dry_run),
        )

    async def merge_resources(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge resources

        Merges the candidate resources into the destination: their archival objects move under the
        destination's tree and the candidates are deleted. Every record must be a resource of the
        repository named by `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_resources(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_resources import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def merge_digital_objects(
        self, *, body: MergeRequest, repo_id: int | None = None
    ) -> MergeResult:
        """Merge digital objects

        Merges the candidate digital objects into the destination. Every record must be a digital
        object of the repository named by `repo_id` (else 400).

        Args:
            body: The request body (`MergeRequest`).
            repo_id: The repository that holds every record of the merge. It must exist.

        Returns:
            MergeResult: The candidates were merged into the destination.

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
            await aspace.merge_requests.merge_digital_objects(body=merge_request, repo_id=2)
            ```
        """
        from .merge_merge_request_digital_objects import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )
