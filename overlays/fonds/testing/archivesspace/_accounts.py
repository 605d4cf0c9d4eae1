"""Users (``POST /users?password=``, ``GET /users``, ``GET /users/{id}``) and the update and delete feeds."""

from __future__ import annotations

import math
from collections.abc import Callable

import attrs

from .._core import Response
from ._auth import VIEW_PERMISSIONS, User
from ._call import Call
from ._errors import ApiError, invalid_record
from ._resolve import resolve
from ._validate import REQUIRED

Handler = Callable[..., Response]


def create_user(users: dict[str, User]) -> Handler:
    """``POST /users?password=...`` with JSONModel(:user) as the body: a read-only user who can log in."""

    def handler(call: Call) -> Response:
        body = call.body()
        password = call.params.string("password", required=True)
        call.permit("manage_users")
        if not isinstance(body, dict) or not body.get("username") or not body.get("name"):
            missing = {k: [REQUIRED] for k in ("username", "name") if not (isinstance(body, dict) and body.get(k))}
            raise invalid_record(missing, body, "user")
        username = str(body["username"]).strip().lower()
        if username in users:
            raise ApiError(400, {"error": {"username": ["Username '" + username + "' is already in use"]}})
        user = User(
            max(u.id for u in users.values()) + 1, username, password or "", str(body["name"]), VIEW_PERMISSIONS
        )
        users[username] = user
        uri = f"/users/{user.id}"
        return Response.json(
            {"status": "Created", "id": user.id, "lock_version": 0, "stale": True, "uri": uri, "warnings": []}
        )

    return handler


def get_user(users: dict[str, User]) -> Handler:
    """``GET /users/{id}``; 404 JSON when there is no such user."""

    def handler(call: Call, id: str) -> Response:
        user_id = call.record_id(id)
        call.permit("manage_users")
        found = next((u for u in users.values() if u.id == user_id), None)
        if found is None:
            raise ApiError(404, {"error": "User not found"})
        return Response.json(found.json())

    return handler


def _user(users: dict[str, User], call: Call, raw: str) -> User:
    user_id = call.record_id(raw)
    call.permit("manage_users")
    found = next((u for u in users.values() if u.id == user_id), None)
    if found is None:
        raise ApiError(404, {"error": "User not found"})
    return found


def _updated(user: User) -> Response:
    return Response.json(
        {
            "status": "Updated",
            "id": user.id,
            "lock_version": user.lock_version,
            "stale": True,
            "uri": f"/users/{user.id}",
        }
        | {"warnings": []}
    )


def update_user(users: dict[str, User]) -> Handler:
    """``POST /users/{id}[?password=...]``: the user's ``name`` (and password) from the record sent back with
    its ``lock_version`` (409 when stale)."""

    def handler(call: Call, id: str) -> Response:
        body = call.body()
        password = call.params.string("password")
        user = _user(users, call, id)
        if not isinstance(body, dict) or str(body.get("lock_version")) != str(user.lock_version):
            raise ApiError(409, {"error": "The record you tried to update has been modified since you fetched it."})
        changed = attrs.evolve(
            user,
            name=str(body.get("name") or user.name),
            password=password or user.password,
            lock_version=user.lock_version + 1,
        )
        users[user.username] = changed
        return _updated(changed)

    return handler


def delete_user(users: dict[str, User]) -> Handler:
    """``DELETE /users/{id}``: ``{"status": "Deleted", "id": N}``; the user can no longer log in."""

    def handler(call: Call, id: str) -> Response:
        user = _user(users, call, id)
        del users[user.username]
        return Response.json({"status": "Deleted", "id": user.id})

    return handler


def set_active(users: dict[str, User], active: bool) -> Handler:
    """``GET /users/{id}/activate`` and ``.../deactivate``: answer the user, now (in)active."""

    def handler(call: Call, id: str) -> Response:
        user = _user(users, call, id)
        changed = attrs.evolve(user, active=active, lock_version=user.lock_version + 1)
        users[user.username] = changed
        return Response.json(changed.json())

    return handler


def complete_users(users: dict[str, User]) -> Handler:
    """``GET /users/complete?query=...``: the user names that start with ``query``."""

    def handler(call: Call) -> Response:
        query = (call.params.string("query", required=True) or "").lower()
        call.permit("manage_users")
        return Response.json(sorted(u.username for u in users.values() if u.username.startswith(query)))

    return handler


def list_users(users: dict[str, User]) -> Handler:
    """``GET /users?page=N`` (or ``all_ids``): the users, as a page."""

    def handler(call: Call) -> Response:
        page = call.params.integer("page", non_negative=True)
        page_size = min(call.params.integer("page_size", non_negative=True) or 10, 250)
        all_ids = call.params.has("all_ids")
        if page is None and not all_ids:
            for name in ("page", "id_set", "all_ids"):
                call.params.missing(name)
        call.permit("manage_users")
        ordered = sorted(users.values(), key=lambda u: u.id)
        if page is None:
            return Response.json([u.id for u in ordered])
        chosen = ordered[(max(page, 1) - 1) * page_size : max(page, 1) * page_size]
        last = max(1, math.ceil(len(ordered) / page_size))
        results = [u.json() for u in chosen]
        return Response.json(
            {"first_page": 1, "last_page": last, "this_page": page, "total": len(ordered), "results": results}
        )

    return handler


def update_feed(call: Call) -> Response:
    """``GET /update-feed?last_sequence=N``: the writes after ``N``, oldest first (the record, or ``deleted``)."""
    last = call.params.integer("last_sequence") or 0
    names = call.params.array("resolve")
    call.permit("index_system")
    entries = []
    for sequence, stamp, uri, deleted in call.store.changes[max(0, last) :]:
        record = None if deleted else call.store.by_uri(uri)
        entries.append(
            {
                "sequence": sequence,
                "timestamp": stamp,
                "uri": uri,
                "record": "deleted" if record is None else resolve(call.store, record, names),
            }
        )
    return Response.json(entries)


def delete_feed(call: Call) -> Response:
    """``GET /delete-feed?page=N``: the URIs of deleted records (pages without ``total``)."""
    page = call.params.integer("page", required=True, non_negative=True)
    page_size = min(call.params.integer("page_size", non_negative=True) or 10, 250)
    since = call.params.integer("modified_since", non_negative=True) or 0
    call.permit("index_system")
    uris = [uri for _, stamp, uri, deleted in call.store.changes if deleted and stamp >= since * 1000]
    number = max(page or 1, 1)
    last = max(1, math.ceil(len(uris) / page_size))
    chosen = uris[(number - 1) * page_size : number * page_size]
    return Response.json({"first_page": 1, "last_page": last, "this_page": number, "results": chosen})
