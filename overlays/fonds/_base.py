"""What every fonds client shares: the httpx client, the generated client around it, and the invoker."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx

from . import __version__
from ._invoker import LAST_RESPONSE, AsyncInvoker, SyncInvoker
from ._redact import Secrets, install_httpx_log_filter, redact_url
from ._retry import RetryPolicy
from ._wire import guard
from .errors import ConfigurationError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: The most seconds one API call may take by default, retries, waits, re-logins and slow answers included
#: (``call_timeout=None`` for none). Downloads are bounded per read by ``timeout`` only.
DEFAULT_CALL_TIMEOUT = 300.0
USER_AGENT = f"fonds/{__version__}"

install_httpx_log_filter()  # httpx's own INFO lines show each URL: a new user's password travels in the query


def _generated_client(module: Any, url: str, http: httpx.Client | httpx.AsyncClient) -> Any:
    client = module.AuthenticatedClient(base_url=url, token="")
    if isinstance(http, httpx.AsyncClient):
        client.set_async_httpx_client(http)
    else:
        client.set_httpx_client(http)
    return client


def _call_timeout(seconds: float | None) -> float | None:
    if seconds is not None and not seconds > 0:
        raise ConfigurationError(f"call_timeout must be a number of seconds above 0, or None; got {seconds!r}")
    return seconds


class SyncClientBase:
    """The plumbing of a synchronous client (not public: use ``ArchivesSpace``, ``Archivematica``...)."""

    def _setup(
        self,
        client_module: Any,
        url: str,
        auth: httpx.Auth,
        secrets: Secrets,
        *,
        timeout: Any,
        retry: RetryPolicy,
        transport: httpx.BaseTransport | None,
        http_client: httpx.Client | None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
    ) -> None:
        call_timeout = _call_timeout(call_timeout)
        if http_client is None:
            http_client = httpx.Client(
                base_url=url,
                timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
                transport=transport,
                headers={"User-Agent": USER_AGENT},
            )
        else:
            http_client.base_url = httpx.URL(url)
        http_client.auth = auth
        guard(http_client, secrets)  # every request gets the timeout, the call's deadline and typed errors
        self.url = url
        self.http = http_client
        self.secrets = secrets
        self.client = _generated_client(client_module, url, http_client)
        self._invoker = SyncInvoker(self.client, secrets, retry, call_timeout)

    @property
    def last_response(self) -> httpx.Response | None:
        """The raw answer of the last call made in this thread (or task): status, headers such as a 202's
        ``Location``, and the body as bytes.

        Example::

            ss.locations.move_files_async(uuid=location, body=request)
            task = ss.wait_for_task(ss.last_response.headers["Location"])
        """
        return LAST_RESPONSE.get()

    def close(self) -> None:
        """Close the connections (``with`` does it for you). Example: ``ss.close()``."""
        self.http.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redact_url(self.url, self.secrets)!r})"


class AsyncClientBase:
    """The plumbing of an asynchronous client."""

    def _setup(
        self,
        client_module: Any,
        url: str,
        auth: httpx.Auth,
        secrets: Secrets,
        *,
        timeout: Any,
        retry: RetryPolicy,
        transport: httpx.AsyncBaseTransport | None,
        http_client: httpx.AsyncClient | None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
    ) -> None:
        call_timeout = _call_timeout(call_timeout)
        if http_client is None:
            http_client = httpx.AsyncClient(
                base_url=url,
                timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
                transport=transport,
                headers={"User-Agent": USER_AGENT},
            )
        else:
            http_client.base_url = httpx.URL(url)
        http_client.auth = auth
        guard(http_client, secrets)
        self.url = url
        self.http = http_client
        self.secrets = secrets
        self.client = _generated_client(client_module, url, http_client)
        self._invoker = AsyncInvoker(self.client, secrets, retry, call_timeout)

    @property
    def last_response(self) -> httpx.Response | None:
        """The raw answer of the last call made in this thread (or task): status, headers such as a 202's
        ``Location``, and the body as bytes.

        Example::

            ss.locations.move_files_async(uuid=location, body=request)
            task = ss.wait_for_task(ss.last_response.headers["Location"])
        """
        return LAST_RESPONSE.get()

    async def aclose(self) -> None:
        """Close the connections (``async with`` does it for you). Example: ``await ss.aclose()``."""
        await self.http.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redact_url(self.url, self.secrets)!r})"
