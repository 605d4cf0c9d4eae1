"""The `archival_contexts` namespace: EAC-CPF exports of person, corporate entity and family agents."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from io import BytesIO
    from typing import Any, cast

    from ...models.agent_export_metadata import AgentExportMetadata
    from ...models.error import Error
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["ArchivalContextsNamespace", "AsyncArchivalContextsNamespace"]


class ArchivalContextsNamespace(Namespace):
    """EAC-CPF exports of person, corporate entity and family agents."""

    def get_person(self, *, repo_id: int, id: int) -> File:
        """Export a person agent as EAC-CPF"""
        from .get_archival_context_person import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_person_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a person's EAC-CPF export"""
        from .get_archival_context_person_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def get_corporate_entity(self, *, repo_id: int, id: int) -> File:
        """Export a corporate entity agent as EAC-CPF"""
        from .get_archival_context_corporate_entity import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_corporate_entity_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a corporate entity's EAC-CPF export"""
        from .get_archival_context_corporate_entity_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    def get_family(self, *, repo_id: int, id: int) -> File:
        """Export a family agent as EAC-CPF"""
        from .get_archival_context_family import sync_detailed

        return cast("File", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))

    def get_family_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a family's EAC-CPF export"""
        from .get_archival_context_family_metadata import sync_detailed

        return cast(
            "AgentExportMetadata",
            self._invoker.call(sync_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )


class AsyncArchivalContextsNamespace(AsyncNamespace):
    """EAC-CPF exports of person, corporate entity and family agents. (asynchronous)"""

    async def get_person(self, *, repo_id: int, id: int) -> File:
        """Export a person agent as EAC-CPF"""
        from .get_archival_context_person import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_person_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a person's EAC-CPF export"""
        from .get_archival_context_person_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def get_corporate_entity(self, *, repo_id: int, id: int) -> File:
        """Export a corporate entity agent as EAC-CPF"""
        from .get_archival_context_corporate_entity import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_corporate_entity_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a corporate entity's EAC-CPF export"""
        from .get_archival_context_corporate_entity_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )

    async def get_family(self, *, repo_id: int, id: int) -> File:
        """Export a family agent as EAC-CPF"""
        from .get_archival_context_family import asyncio_detailed

        return cast(
            "File", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )

    async def get_family_metadata(
        self, *, repo_id: int, id: int, fmt: str
    ) -> AgentExportMetadata:
        """Get the file name and media type of a family's EAC-CPF export"""
        from .get_archival_context_family_metadata import asyncio_detailed

        return cast(
            "AgentExportMetadata",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id, fmt=fmt),
        )
