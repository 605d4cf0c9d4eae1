"""The ``Authorization: ApiKey <user>:<key>`` header of Archivematica and the Storage Service."""

from __future__ import annotations

from collections.abc import Generator

import httpx


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: ApiKey <username>:<api_key>`` on every request; credentials never go in a URL.

    Example::

        httpx.Client(auth=ApiKeyAuth("test", "test"))
    """

    def __init__(self, username: str, api_key: str) -> None:
        self.username = username
        self._header = f"ApiKey {username}:{api_key}"

    def __repr__(self) -> str:
        return f"ApiKeyAuth(username={self.username!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request
