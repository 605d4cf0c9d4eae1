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
        """Merge subjects"""
        from .merge_merge_request_subjects import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_container_profiles(self, *, body: MergeRequest) -> MergeResult:
        """Merge container profiles"""
        from .merge_merge_request_container_profiles import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_top_containers(self, *, body: MergeRequest, repo_id: int) -> MergeResult:
        """Merge top containers"""
        from .merge_merge_request_top_containers import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def merge_agents(self, *, body: MergeRequest) -> MergeResult:
        """Merge agents"""
        from .merge_merge_request_agents import sync_detailed

        return cast("MergeResult", self._invoker.call(sync_detailed, body=body))

    def merge_agents_detailed(
        self, *, body: MergeRequestDetail, dry_run: bool | Unset = UNSET
    ) -> MergeResult:
        """Merge agents, keeping chosen parts of the candidate"""
        from .merge_merge_request_agents_detailed import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, dry_run=dry_run)
        )

    def merge_resources(self, *, body: MergeRequest, repo_id: int) -> MergeResult:
        """Merge resources"""
        from .merge_merge_request_resources import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )

    def merge_digital_objects(self, *, body: MergeRequest, repo_id: int) -> MergeResult:
        """Merge digital objects"""
        from .merge_merge_request_digital_objects import sync_detailed

        return cast(
            "MergeResult", self._invoker.call(sync_detailed, body=body, repo_id=repo_id)
        )


class AsyncMergeRequestsNamespace(AsyncNamespace):
    """Merging subjects, agents, container profiles, top containers, resources and digital objects. (asynchronous)"""

    async def merge_subjects(self, *, body: MergeRequest) -> MergeResult:
        """Merge subjects"""
        from .merge_merge_request_subjects import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_container_profiles(self, *, body: MergeRequest) -> MergeResult:
        """Merge container profiles"""
        from .merge_merge_request_container_profiles import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_top_containers(
        self, *, body: MergeRequest, repo_id: int
    ) -> MergeResult:
        """Merge top containers"""
        from .merge_merge_request_top_containers import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def merge_agents(self, *, body: MergeRequest) -> MergeResult:
        """Merge agents"""
        from .merge_merge_request_agents import asyncio_detailed

        return cast(
            "MergeResult", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def merge_agents_detailed(
        self, *, body: MergeRequestDetail, dry_run: bool | Unset = UNSET
    ) -> MergeResult:
        """Merge agents, keeping chosen parts of the candidate"""
        from .merge_merge_request_agents_detailed import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, dry_run=dry_run),
        )

    async def merge_resources(self, *, body: MergeRequest, repo_id: int) -> MergeResult:
        """Merge resources"""
        from .merge_merge_request_resources import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def merge_digital_objects(
        self, *, body: MergeRequest, repo_id: int
    ) -> MergeResult:
        """Merge digital objects"""
        from .merge_merge_request_digital_objects import asyncio_detailed

        return cast(
            "MergeResult",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )
