"""Users, sessions and their expiry, as the backend keeps them."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import attrs

from ._errors import ApiError
from ._world import iso

NON_EXPIRING_SECONDS = 604_800  # AppConfig[:session_nonexpirable_force_expire_after_seconds]

VIEW_PERMISSIONS = frozenset({"view_repository", "view_all_records"})
ALL_PERMISSIONS = VIEW_PERMISSIONS | {
    "administer_system",
    "create_repository",
    "delete_repository",
    "manage_repository",
    "manage_users",
    "update_accession_record",
    "update_resource_record",
    "update_digital_object_record",
    "update_event_record",
    "update_agent_record",
    "update_subject_record",
    "update_location_record",
    "update_container_record",
    "manage_container_record",
    "delete_archival_record",
    "delete_agent_record",
    "delete_subject_record",
    "delete_event_record",
    "suppress_archival_record",
    "view_suppressed",
    "index_system",
    "import_records",
    "create_job",
    "cancel_job",
}


@attrs.frozen
class User:
    """A user who can log in.

    Example::

        User(3, "cataloger", "secret", "Cataloger", frozenset({"view_repository", "update_accession_record"}))
    """

    id: int
    username: str
    password: str = attrs.field(repr=False)
    name: str
    permissions: frozenset[str]
    is_admin: bool = False
    active: bool = True
    lock_version: int = 0

    def can(self, permission: str) -> bool:
        """Whether the user holds ``permission``."""
        return self.is_admin or permission in self.permissions

    def json(self) -> dict[str, Any]:
        """The JSONModel(:user) the login answer embeds, with the user's permissions."""
        stamp = iso(1_704_067_200)
        granted = sorted(ALL_PERMISSIONS if self.is_admin else self.permissions)
        return {
            "lock_version": self.lock_version,
            "username": self.username,
            "name": self.name,
            "is_system_user": self.is_admin,
            "is_admin": self.is_admin,
            "is_active_user": self.active,
            "source": "DBAuth",
            "created_by": "admin",
            "last_modified_by": "admin",
            "create_time": stamp,
            "system_mtime": stamp,
            "user_mtime": stamp,
            "jsonmodel_type": "user",
            "groups": [],
            "uri": f"/users/{self.id}",
            "agent_record": {"ref": f"/agents/people/{self.id}"},
            "permissions": {
                "/repositories/2": [
                    p for p in granted if p.startswith(("view", "update", "delete", "manage", "suppress"))
                ],
                "_archivesspace": granted,
            },
        }


DEFAULT_USERS = (
    User(1, "admin", "admin", "Administrator", ALL_PERMISSIONS, is_admin=True),
    User(2, "viewer", "viewer", "Read-only viewer", VIEW_PERMISSIONS),
)


@attrs.define
class Session:
    """One open session."""

    token: str
    user: User
    expiring: bool
    last_used: float
    expired: bool = False


class Sessions:
    """The open sessions, with idle expiry and the forced expiry every ``expiry_requests`` requests.

    Example::

        sessions = Sessions(clock=time.time, expiry_seconds=3600, expiry_requests=None)
        token = sessions.open(DEFAULT_USERS[0], expiring=True).token
        sessions.user_for(token)  # the admin, or ApiError(412)
    """

    def __init__(self, clock: Callable[[], float], expiry_seconds: float, expiry_requests: int | None) -> None:
        self.clock = clock
        self.expiry_seconds = expiry_seconds
        self.expiry_requests = expiry_requests
        self.authenticated_requests = 0
        self._open: dict[str, Session] = {}

    def open(self, user: User, expiring: bool) -> Session:
        """Start a session for ``user``."""
        session = Session(secrets.token_hex(32), user, expiring, self.clock())
        self._open[session.token] = session
        return session

    def close(self, token: str) -> None:
        """End a session (logout)."""
        self._open.pop(token, None)

    def expire_all(self) -> None:
        """Expire every open session now (their next use answers 412 ``SESSION_EXPIRED``)."""
        for session in self._open.values():
            session.expired = True

    def user_for(self, token: str) -> User:
        """The user of a session token; raises the 412 the server sends for an unknown or expired one."""
        session = self._open.get(token)
        if session is None:
            raise ApiError(412, {"code": "SESSION_GONE", "error": f"No session found for {token}"})
        now = self.clock()
        idle_limit = self.expiry_seconds if session.expiring else NON_EXPIRING_SECONDS
        if session.expired or now - session.last_used > idle_limit:
            del self._open[token]
            raise ApiError(412, {"code": "SESSION_EXPIRED", "error": "Session timed out"})
        session.last_used = now
        self.authenticated_requests += 1
        if self.expiry_requests and self.authenticated_requests % self.expiry_requests == 0:
            self.expire_all()
        return session.user
