"""The `oai_config` namespace: The OAI-PMH provider's configuration."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.error import Error
    from ...models.oai_config import OaiConfig
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["OaiConfigNamespace", "AsyncOaiConfigNamespace"]


class OaiConfigNamespace(Namespace):
    """The OAI-PMH provider's configuration."""

    def get(self) -> builtins.list[OaiConfig]:
        """Get the OAI-PMH provider's configuration"""
        from .get_oai_config import sync_detailed

        return cast("builtins.list[OaiConfig]", self._invoker.call(sync_detailed))

    def update(self, *, body: OaiConfig) -> UpdatedResponse:
        """Change the OAI-PMH provider's configuration"""
        from .update_oai_config import sync_detailed

        return cast("UpdatedResponse", self._invoker.call(sync_detailed, body=body))

    def update_by_id(self, *, body: OaiConfig, id: int) -> UpdatedResponse:
        """Change the OAI-PMH provider's configuration (by id)"""
        from .update_oai_config_by_id import sync_detailed

        return cast(
            "UpdatedResponse", self._invoker.call(sync_detailed, body=body, id=id)
        )


class AsyncOaiConfigNamespace(AsyncNamespace):
    """The OAI-PMH provider's configuration. (asynchronous)"""

    async def get(self) -> builtins.list[OaiConfig]:
        """Get the OAI-PMH provider's configuration"""
        from .get_oai_config import asyncio_detailed

        return cast(
            "builtins.list[OaiConfig]", await self._invoker.call(asyncio_detailed)
        )

    async def update(self, *, body: OaiConfig) -> UpdatedResponse:
        """Change the OAI-PMH provider's configuration"""
        from .update_oai_config import asyncio_detailed

        return cast(
            "UpdatedResponse", await self._invoker.call(asyncio_detailed, body=body)
        )

    async def update_by_id(self, *, body: OaiConfig, id: int) -> UpdatedResponse:
        """Change the OAI-PMH provider's configuration (by id)"""
        from .update_oai_config_by_id import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, id=id),
        )
