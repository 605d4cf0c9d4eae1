"""The `jobs` namespace: The jobs a unit (transfer or SIP) has run (`/api/v2beta/jobs/{unit_uuid}`)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast
    from uuid import UUID

    from ...models.error import Error
    from ...models.job import Job
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["JobsNamespace", "AsyncJobsNamespace"]


class JobsNamespace(Namespace):
    """The jobs a unit (transfer or SIP) has run (`/api/v2beta/jobs/{unit_uuid}`)."""

    def list(
        self,
        *,
        unit_uuid: UUID,
        microservice: str | Unset = UNSET,
        link_uuid: UUID | Unset = UNSET,
        name: str | Unset = UNSET,
        detailed: bool | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a transfer or SIP

        The unit's jobs in the order they were created, each with its tasks. The filters apply after
        the unit is found: a unit without jobs answers 400, a filter that matches nothing answers
        200 with an empty list.

        Args:
            unit_uuid: The transfer's or SIP's UUID.
            microservice: Only jobs of this microservice group, matched exactly; a leading
                `Microservice:` is stripped.
            link_uuid: Only jobs of this workflow link.
            name: Only jobs with this name, matched exactly; a leading `Job:` is stripped.
            detailed: A presence flag: when the parameter is in the query string at all, whatever
                its value, each task also carries its file and timing fields; `detailed=false` turns
                them on too. Send `detailed=true` to ask for them and leave the parameter out
                otherwise. The schema allows only `true`, so the client cannot send `false`.

        Returns:
            builtins.list[Job]: The jobs.

        Raises:
            ValidationError: 400: The unit has no jobs, or does not exist (`No jobs found for unit:
                <uuid>`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            am.jobs.list(unit_uuid=...)
            ```
        """
        from .list_jobs import sync_detailed

        return cast(
            "builtins.list[Job]",
            self._invoker.call(
                sync_detailed,
                unit_uuid=unit_uuid,
                microservice=microservice,
                link_uuid=link_uuid,
                name=name,
                detailed=detailed,
            ),
        )


class AsyncJobsNamespace(AsyncNamespace):
    """The jobs a unit (transfer or SIP) has run (`/api/v2beta/jobs/{unit_uuid}`). (asynchronous)"""

    async def list(
        self,
        *,
        unit_uuid: UUID,
        microservice: str | Unset = UNSET,
        link_uuid: UUID | Unset = UNSET,
        name: str | Unset = UNSET,
        detailed: bool | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a transfer or SIP

        The unit's jobs in the order they were created, each with its tasks. The filters apply after
        the unit is found: a unit without jobs answers 400, a filter that matches nothing answers
        200 with an empty list.

        Args:
            unit_uuid: The transfer's or SIP's UUID.
            microservice: Only jobs of this microservice group, matched exactly; a leading
                `Microservice:` is stripped.
            link_uuid: Only jobs of this workflow link.
            name: Only jobs with this name, matched exactly; a leading `Job:` is stripped.
            detailed: A presence flag: when the parameter is in the query string at all, whatever
                its value, each task also carries its file and timing fields; `detailed=false` turns
                them on too. Send `detailed=true` to ask for them and leave the parameter out
                otherwise. The schema allows only `true`, so the client cannot send `false`.

        Returns:
            builtins.list[Job]: The jobs.

        Raises:
            ValidationError: 400: The unit has no jobs, or does not exist (`No jobs found for unit:
                <uuid>`).
            AccessDenied: 403: The credentials are missing or wrong (`API key not valid.`), or the
                client's address is not in the API allowlist (`Host/IP <ip> not authorized.`).
            NotFoundError: 404: Django's 404 HTML page: the URL matches no route (a malformed UUID,
                for one) or the object does not exist.
            APIError: 405: The endpoint does not take this HTTP method. The body is empty; `Allow`
                lists the methods it takes.

        Example:
            ```python
            await am.jobs.list(unit_uuid=...)
            ```
        """
        from .list_jobs import asyncio_detailed

        return cast(
            "builtins.list[Job]",
            await self._invoker.call(
                asyncio_detailed,
                unit_uuid=unit_uuid,
                microservice=microservice,
                link_uuid=link_uuid,
                name=name,
                detailed=detailed,
            ),
        )
