"""Logging in and out, and the small system routes (``/version``, ``/``, ``/users/current-user``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .._core import Response
from ._auth import NON_EXPIRING_SECONDS, Sessions, User
from ._call import Call
from ._errors import ApiError

Handler = Callable[..., Response]

VERSION = "v4.2.0"
_USERNAME = re.compile(r"^[a-zA-Z0-9\-_. @]+$")


def login(users: Mapping[str, User], sessions: Sessions) -> Handler:
    """``POST /users/{username}/login`` with ``password`` (and ``expiring``) as form fields or query parameters."""

    def handler(call: Call, username: str) -> Response:
        name = username.strip().lower()
        if not _USERNAME.match(name):
            call.params.bad_type("username", "Username", username)
        password = call.params.string("password", required=True)
        expiring = call.params.boolean("expiring", default=True)
        call.permit(None)
        user = users.get(name)
        if user is None or user.password != password or not user.active:
            return Response.json({"error": "Login failed"}, status=403)
        session = sessions.open(user, bool(expiring))
        body: dict[str, object] = {"session": session.token, "user": user.json()}
        if not expiring:
            body["expire_after_seconds"] = NON_EXPIRING_SECONDS
        return Response.json(body)

    return handler


def logout(sessions: Sessions) -> Handler:
    """``POST /logout``: ends the session in the ``X-ArchivesSpace-Session`` header."""

    def handler(call: Call) -> Response:
        call.permit(None)
        token = call.request.headers.get("x-archivesspace-session")
        if token:
            sessions.close(token)
        return Response.json({"status": "session_logged_out"})

    return handler


def current_user(call: Call) -> Response:
    """``GET /users/current-user``: the session's user, or 404 when anonymous."""
    call.permit(None)
    if call.user is None:
        raise ApiError(404, {"error": "Not logged in"})
    return Response.json(call.user.json())


def version(call: Call) -> Response:
    """``GET /version``: the server's version as text (sent as ``text/html``, as the real server does)."""
    call.permit(None)
    return Response.text(f"ArchivesSpace ({VERSION})", content_type="text/html;charset=utf-8")


def system_info(call: Call) -> Response:
    """``GET /``: what the backend says about itself."""
    call.permit(None)
    return Response.json(
        {
            "databaseProductName": "Simulated",
            "databaseProductVersion": "0",
            "ruby_version": "3.1",
            "host_os": "simulated",
            "host_cpu": "simulated",
            "build": "java",
            "archivesSpaceVersion": VERSION,
        }
    )
