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
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.get_preference_defaults_response_200 import (
        GetPreferenceDefaultsResponse200,
    )
    from ...models.preference import Preference
    from ...models.updated_response import UpdatedResponse
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["PreferencesNamespace", "AsyncPreferencesNamespace"]


class PreferencesNamespace(Namespace):
    """Staff interface settings of the system, a repository, a user, or a user in a repository."""

    def list(
        self, *, repo_id: int, user_id: int | Unset = UNSET
    ) -> builtins.list[Preference]:
        """List the preference records of a repository"""
        from .list_preferences import sync_detailed

        return cast(
            "builtins.list[Preference]",
            self._invoker.call(sync_detailed, repo_id=repo_id, user_id=user_id),
        )

    def create(self, *, body: Preference, repo_id: int) -> CreatedResponse:
        """Create a preference record"""
        from .create_preference import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id),
        )

    def get_defaults(
        self, *, repo_id: int, username: str | Unset = UNSET
    ) -> GetPreferenceDefaultsResponse200:
        """Get the settings in force in a repository"""
        from .get_preference_defaults import sync_detailed

        return cast(
            "GetPreferenceDefaultsResponse200",
            self._invoker.call(sync_detailed, repo_id=repo_id, username=username),
        )

    def get(self, *, repo_id: int, id: int) -> Preference:
        """Get a preference record"""
        from .get_preference import sync_detailed

        return cast(
            "Preference", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def update(self, *, body: Preference, repo_id: int, id: int) -> UpdatedResponse:
        """Update a preference record"""
        from .update_preference import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, repo_id=repo_id, id=id),
        )

    def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a preference record"""
        from .delete_preference import sync_detailed

        return cast(
            "DeletedResponse", self._invoker.call(sync_detailed, repo_id=repo_id, id=id)
        )

    def get_current(self, *, repo_id: int) -> CurrentPreferences:
        """Get the current user's preferences in a repository"""
        from .get_current_preferences import sync_detailed

        return cast(
            "CurrentPreferences", self._invoker.call(sync_detailed, repo_id=repo_id)
        )

    def get_current_global(self) -> CurrentPreferences:
        """Get the current user's system-wide preferences"""
        from .get_current_global_preferences import sync_detailed

        return cast("CurrentPreferences", self._invoker.call(sync_detailed))


class AsyncPreferencesNamespace(AsyncNamespace):
    """Staff interface settings of the system, a repository, a user, or a user in a repository. (asynchronous)"""

    async def list(
        self, *, repo_id: int, user_id: int | Unset = UNSET
    ) -> builtins.list[Preference]:
        """List the preference records of a repository"""
        from .list_preferences import asyncio_detailed

        return cast(
            "builtins.list[Preference]",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, user_id=user_id
            ),
        )

    async def create(self, *, body: Preference, repo_id: int) -> CreatedResponse:
        """Create a preference record"""
        from .create_preference import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(asyncio_detailed, body=body, repo_id=repo_id),
        )

    async def get_defaults(
        self, *, repo_id: int, username: str | Unset = UNSET
    ) -> GetPreferenceDefaultsResponse200:
        """Get the settings in force in a repository"""
        from .get_preference_defaults import asyncio_detailed

        return cast(
            "GetPreferenceDefaultsResponse200",
            await self._invoker.call(
                asyncio_detailed, repo_id=repo_id, username=username
            ),
        )

    async def get(self, *, repo_id: int, id: int) -> Preference:
        """Get a preference record"""
        from .get_preference import asyncio_detailed

        return cast(
            "Preference",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def update(
        self, *, body: Preference, repo_id: int, id: int
    ) -> UpdatedResponse:
        """Update a preference record"""
        from .update_preference import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, repo_id=repo_id, id=id
            ),
        )

    async def delete(self, *, repo_id: int, id: int) -> DeletedResponse:
        """Delete a preference record"""
        from .delete_preference import asyncio_detailed

        return cast(
            "DeletedResponse",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id),
        )

    async def get_current(self, *, repo_id: int) -> CurrentPreferences:
        """Get the current user's preferences in a repository"""
        from .get_current_preferences import asyncio_detailed

        return cast(
            "CurrentPreferences",
            await self._invoker.call(asyncio_detailed, repo_id=repo_id),
        )

    async def get_current_global(self) -> CurrentPreferences:
        """Get the current user's system-wide preferences"""
        from .get_current_global_preferences import asyncio_detailed

        return cast("CurrentPreferences", await self._invoker.call(asyncio_detailed))
