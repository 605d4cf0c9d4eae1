"""One request being answered: its parameters, its user, and the checks every endpoint makes in order."""

from __future__ import annotations

import json
from typing import Any

from .._core import Request
from ._auth import User
from ._errors import ApiError, access_denied
from ._params import Params, path_int
from ._store import Store


class Call:
    """What a handler gets: the store, the parsed parameters and the session's user (None when anonymous).

    The server checks parameters first (all errors in one 400), then permissions (403), then runs the handler;
    handlers follow that order by reading parameters, then calling :meth:`permit`.

    Example::

        repo_id = call.repo_id(raw_repo_id)
        page = call.params.integer("page", required=True)
        call.permit("view_repository")
    """

    def __init__(self, store: Store, request: Request, user: User | None) -> None:
        self.store = store
        self.request = request
        self.user = user
        self.params = Params(request)

    @property
    def username(self) -> str:
        """The user's name, for audit fields."""
        return self.user.username if self.user else "anonymous"

    def repo_id(self, raw: str) -> int:
        """The ``repo_id`` path parameter: an integer naming an existing repository."""
        value = path_int(self.params, "repo_id", raw)
        if "repo_id" not in self.params.errors and not self.store.alive("repository", value):
            self.params.fail("repo_id", "The Repository must exist")
        return value

    def record_id(self, raw: str, name: str = "id") -> int:
        """An integer path parameter (``id``)."""
        return path_int(self.params, name, raw)

    def body(self) -> Any:
        """The raw request body parsed as JSON (a 400 when it is not JSON)."""
        text = self.request.body.decode("utf-8", "replace")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            rest = text[exc.pos :].strip()
            message = f"Had some trouble parsing your request: unexpected token at '{rest}'"
            raise ApiError(400, {"error": message}) from exc

    def permit(self, permission: str | None) -> None:
        """Raise the collected parameter errors, then 403 unless the user holds ``permission``."""
        self.params.check()
        if permission is not None and (self.user is None or not self.user.can(permission)):
            raise access_denied()
