"""The ``Authorization: ApiKey <user>:<key>`` header of Archivematica and the Storage Service."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from ._base import DEFAULT_CALL_TIMEOUT, AsyncClientBase, SyncClientBase
from ._config import api_key_settings, credential
from ._redact import Secrets
from ._retry import RetryPolicy


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: ApiKey <username>:<api_key>`` on every request; credentials never go in a URL.

    Example::

        httpx.Client(auth=ApiKeyAuth("test", "test"))
    """

    def __init__(self, username: str, api_key: str) -> None:
        # Checked here too, for an auth made by hand: no control characters, printable ASCII (a header).
        username = credential("ApiKeyAuth", "username", username, header=True) or ""
        api_key = credential("ApiKeyAuth", "api_key", api_key, header=True) or ""
        self.username = username
        self._header = f"ApiKey {username}:{api_key}"

    def __repr__(self) -> str:
        return f"ApiKeyAuth(username={self.username!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class ApiKeyClient(SyncClientBase):
    """The constructor Archivematica and the Storage Service share (their own classes say which API, which
    environment prefix and which default URL)."""

    _generated: Any
    _env_prefix: str
    _default_url: str

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        url, auth, secrets = api_key_auth(self._env_prefix, self._default_url, url, username, api_key)
        self._setup(
            self._generated,
            url,
            auth,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
            call_timeout=call_timeout,
        )


class AsyncApiKeyClient(AsyncClientBase):
    """The asynchronous twin of :class:`ApiKeyClient`."""

    _generated: Any
    _env_prefix: str
    _default_url: str

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url, auth, secrets = api_key_auth(self._env_prefix, self._default_url, url, username, api_key)
        self._setup(
            self._generated,
            url,
            auth,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
            call_timeout=call_timeout,
        )


def api_key_auth(
    prefix: str, default_url: str, url: str | None, username: str | None, api_key: str | None
) -> tuple[str, ApiKeyAuth, Secrets]:
    """``(url, auth, secrets)`` from the arguments, else ``<prefix>_URL``/``_USERNAME``/``_API_KEY``.

    Example: ``api_key_auth("FONDS_SS", "http://localhost:62081", None, "test", "test")``.
    """
    url, username, api_key = api_key_settings(prefix, url, username, api_key, default_url)
    secrets = Secrets()
    secrets.add(api_key)
    return url, ApiKeyAuth(username, api_key), secrets
