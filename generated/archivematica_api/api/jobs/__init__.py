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
        """List the jobs of a transfer or SIP"""
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
        """List the jobs of a transfer or SIP"""
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
