"""The `users` namespace: Users, their logins and sessions, and their permissions."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncNamespace, Namespace

if TYPE_CHECKING:
    from typing import Any, cast

    from ...models.created_response import CreatedResponse
    from ...models.deleted_response import DeletedResponse
    from ...models.error import Error
    from ...models.list_users_sort_direction import (
        ListUsersSortDirection,
        check_list_users_sort_direction,
    )
    from ...models.login_form import LoginForm
    from ...models.login_result import LoginResult
    from ...models.reset_user_password_response_200 import ResetUserPasswordResponse200
    from ...models.status_response import StatusResponse
    from ...models.updated_response import UpdatedResponse
    from ...models.user import User
    from ...models.user_page import UserPage
    from ...types import File
    from .. import AsyncPager, Pager

__all__ = ["UsersNamespace", "AsyncUsersNamespace"]


class UsersNamespace(Namespace):
    """Users, their logins and sessions, and their permissions."""

    def login(self, *, body: LoginForm, username: str) -> LoginResult:
        """Log in and get a session token"""
        from .login_user import sync_detailed

        return cast(
            "LoginResult",
            self._invoker.call(sync_detailed, body=body, username=username),
        )

    def logout(self) -> StatusResponse:
        """End the current session"""
        from .logout_user import sync_detailed

        return cast("StatusResponse", self._invoker.call(sync_detailed))

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
    ) -> Pager[User]:
        """List the users: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_users import sync_detailed

        return cast(
            "Pager[User]",
            self._invoker.pages(
                "aspace",
                sync_detailed,
                page_size=page_size,
                start_page=start_page,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the users: the id of every matching record, in one request (`all_ids`)."""
        from .list_users import sync_detailed

        return cast(
            "builtins.list[int]",
            self._invoker.ids(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[User]:
        """List the users: these records by id, 250 a request (`id_set`)."""
        from .list_users import sync_detailed

        return cast(
            "Iterator[User]",
            self._invoker.get_many(
                sync_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[User] | UserPage:
        """List the users: one raw page, as the server answers it."""
        from .list_users import sync_detailed

        return cast(
            "builtins.list[int] | builtins.list[User] | UserPage",
            self._invoker.call(
                sync_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    def create(
        self, *, body: User, password: str, groups: builtins.list[str] | Unset = UNSET
    ) -> CreatedResponse:
        """Create a local user"""
        from .create_user import sync_detailed

        return cast(
            "CreatedResponse",
            self._invoker.call(
                sync_detailed, body=body, password=password, groups=groups
            ),
        )

    def get_current(self) -> User:
        """Get the logged-in user"""
        from .get_current_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed))

    def complete(self, *, query: str) -> builtins.list[str]:
        """Complete a user name"""
        from .complete_users import sync_detailed

        return cast(
            "builtins.list[str]", self._invoker.call(sync_detailed, query=query)
        )

    def reset_password(self, *, email: str) -> ResetUserPasswordResponse200:
        """Start a password reset"""
        from .reset_user_password import sync_detailed

        return cast(
            "ResetUserPasswordResponse200",
            self._invoker.call(sync_detailed, email=email),
        )

    def get(self, *, id: int) -> User:
        """Get a user"""
        from .get_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def update(
        self, *, body: User, id: int, password: str | Unset = UNSET
    ) -> UpdatedResponse:
        """Update a user"""
        from .update_user import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, body=body, id=id, password=password),
        )

    def delete(self, *, id: int) -> DeletedResponse:
        """Delete a user"""
        from .delete_user import sync_detailed

        return cast("DeletedResponse", self._invoker.call(sync_detailed, id=id))

    def update_groups(
        self,
        *,
        id: int,
        remove_groups: bool,
        repo_id: int,
        groups: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Set a user's groups in one repository"""
        from .update_user_groups import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(
                sync_detailed,
                id=id,
                groups=groups,
                remove_groups=remove_groups,
                repo_id=repo_id,
            ),
        )

    def update_password(self, *, id: int, password: str) -> UpdatedResponse:
        """Change one's own password"""
        from .update_user_password import sync_detailed

        return cast(
            "UpdatedResponse",
            self._invoker.call(sync_detailed, id=id, password=password),
        )

    def activate(self, *, id: int) -> User:
        """Activate a user"""
        from .activate_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def deactivate(self, *, id: int) -> User:
        """Deactivate a user"""
        from .deactivate_user import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, id=id))

    def become(self, *, username: str) -> LoginResult:
        """Switch the session to another user"""
        from .become_user import sync_detailed

        return cast("LoginResult", self._invoker.call(sync_detailed, username=username))

    def login_with_token(self, *, username: str, token: str) -> LoginResult:
        """Log in with a one-time token"""
        from .login_user_with_token import sync_detailed

        return cast(
            "LoginResult",
            self._invoker.call(sync_detailed, username=username, token=token),
        )

    def get_in_repository(self, *, repo_id: int, id: int) -> User:
        """Get a user with their groups in one repository"""
        from .get_user_in_repository import sync_detailed

        return cast("User", self._invoker.call(sync_detailed, repo_id=repo_id, id=id))


class AsyncUsersNamespace(AsyncNamespace):
    """Users, their logins and sessions, and their permissions. (asynchronous)"""

    async def login(self, *, body: LoginForm, username: str) -> LoginResult:
        """Log in and get a session token"""
        from .login_user import asyncio_detailed

        return cast(
            "LoginResult",
            await self._invoker.call(asyncio_detailed, body=body, username=username),
        )

    async def logout(self) -> StatusResponse:
        """End the current session"""
        from .logout_user import asyncio_detailed

        return cast("StatusResponse", await self._invoker.call(asyncio_detailed))

    def list(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page_size: int = 250,
        start_page: int = 1,
        concurrency: int = 1,
    ) -> AsyncPager[User]:
        """List the users: every record, fetched page by page as you iterate (`.by_page()` for whole pages)."""
        from .list_users import asyncio_detailed

        return cast(
            "AsyncPager[User]",
            self._invoker.pages(
                "aspace",
                asyncio_detailed,
                page_size=page_size,
                start_page=start_page,
                concurrency=concurrency,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def ids(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[int]:
        """List the users: the id of every matching record, in one request (`all_ids`)."""
        from .list_users import asyncio_detailed

        return cast(
            "builtins.list[int]",
            await self._invoker.ids(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    def get_many(
        self,
        *,
        ids: Iterable[int],
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[User]:
        """List the users: these records by id, 250 a request (`id_set`)."""
        from .list_users import asyncio_detailed

        return cast(
            "AsyncIterator[User]",
            self._invoker.get_many(
                asyncio_detailed,
                ids,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
            ),
        )

    async def list_page(
        self,
        *,
        modified_since: int | Unset = 0,
        sort_field: str | Unset = "id",
        sort_direction: ListUsersSortDirection | Unset = "asc",
        resolve: builtins.list[str] | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = 10,
        id_set: builtins.list[int] | Unset = UNSET,
        all_ids: bool | Unset = UNSET,
    ) -> builtins.list[int] | builtins.list[User] | UserPage:
        """List the users: one raw page, as the server answers it."""
        from .list_users import asyncio_detailed

        return cast(
            "builtins.list[int] | builtins.list[User] | UserPage",
            await self._invoker.call(
                asyncio_detailed,
                modified_since=modified_since,
                sort_field=sort_field,
                sort_direction=sort_direction,
                resolve=resolve,
                page=page,
                page_size=page_size,
                id_set=id_set,
                all_ids=all_ids,
            ),
        )

    async def create(
        self, *, body: User, password: str, groups: builtins.list[str] | Unset = UNSET
    ) -> CreatedResponse:
        """Create a local user"""
        from .create_user import asyncio_detailed

        return cast(
            "CreatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, password=password, groups=groups
            ),
        )

    async def get_current(self) -> User:
        """Get the logged-in user"""
        from .get_current_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed))

    async def complete(self, *, query: str) -> builtins.list[str]:
        """Complete a user name"""
        from .complete_users import asyncio_detailed

        return cast(
            "builtins.list[str]",
            await self._invoker.call(asyncio_detailed, query=query),
        )

    async def reset_password(self, *, email: str) -> ResetUserPasswordResponse200:
        """Start a password reset"""
        from .reset_user_password import asyncio_detailed

        return cast(
            "ResetUserPasswordResponse200",
            await self._invoker.call(asyncio_detailed, email=email),
        )

    async def get(self, *, id: int) -> User:
        """Get a user"""
        from .get_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def update(
        self, *, body: User, id: int, password: str | Unset = UNSET
    ) -> UpdatedResponse:
        """Update a user"""
        from .update_user import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed, body=body, id=id, password=password
            ),
        )

    async def delete(self, *, id: int) -> DeletedResponse:
        """Delete a user"""
        from .delete_user import asyncio_detailed

        return cast(
            "DeletedResponse", await self._invoker.call(asyncio_detailed, id=id)
        )

    async def update_groups(
        self,
        *,
        id: int,
        remove_groups: bool,
        repo_id: int,
        groups: builtins.list[str] | Unset = UNSET,
    ) -> UpdatedResponse:
        """Set a user's groups in one repository"""
        from .update_user_groups import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(
                asyncio_detailed,
                id=id,
                groups=groups,
                remove_groups=remove_groups,
                repo_id=repo_id,
            ),
        )

    async def update_password(self, *, id: int, password: str) -> UpdatedResponse:
        """Change one's own password"""
        from .update_user_password import asyncio_detailed

        return cast(
            "UpdatedResponse",
            await self._invoker.call(asyncio_detailed, id=id, password=password),
        )

    async def activate(self, *, id: int) -> User:
        """Activate a user"""
        from .activate_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def deactivate(self, *, id: int) -> User:
        """Deactivate a user"""
        from .deactivate_user import asyncio_detailed

        return cast("User", await self._invoker.call(asyncio_detailed, id=id))

    async def become(self, *, username: str) -> LoginResult:
        """Switch the session to another user"""
        from .become_user import asyncio_detailed

        return cast(
            "LoginResult", await self._invoker.call(asyncio_detailed, username=username)
        )

    async def login_with_token(self, *, username: str, token: str) -> LoginResult:
        """Log in with a one-time token"""
        from .login_user_with_token import asyncio_detailed

        return cast(
            "LoginResult",
            await self._invoker.call(asyncio_detailed, username=username, token=token),
        )

    async def get_in_repository(self, *, repo_id: int, id: int) -> User:
        """Get a user with their groups in one repository"""
        from .get_user_in_repository import asyncio_detailed

        return cast(
            "User", await self._invoker.call(asyncio_detailed, repo_id=repo_id, id=id)
        )
