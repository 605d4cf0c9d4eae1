"""``ArchivesSpace`` and ``AsyncArchivesSpace``: the clients users hold."""

from __future__ import annotations

import contextlib

import archivesspace_api.client as _generated
import httpx
from archivesspace_api.api import AsyncNamespaces, Namespaces

from .. import errors
from .._base import AsyncClientBase, SyncClientBase
from .._config import archivesspace_settings
from .._redact import Secrets
from .._retry import RetryPolicy
from ._session import ArchivesSpaceSession


def _session(
    url: str | None, username: str | None, password: str | None, token: str | None, expiring: bool
) -> tuple[str, ArchivesSpaceSession, Secrets]:
    url, username, password, token = archivesspace_settings(url, username, password, token)
    secrets = Secrets()
    session = ArchivesSpaceSession(url, username, password, token=token, expiring=expiring, secrets=secrets)
    return url, session, secrets


class ArchivesSpace(SyncClientBase, Namespaces):  # type: ignore[misc]
    """A typed, synchronous ArchivesSpace client: one attribute per area of the API (``aspace.accessions``,
    ``aspace.archival_objects``, ``aspace.agents_people``...), sessions kept and renewed for you.

    Settings come from the arguments, else ``FONDS_ASPACE_URL``/``_USERNAME``/``_PASSWORD``/``_TOKEN``, else
    ArchivesSnake's ``~/.archivessnake.yml``. ``session_token=`` uses a token you already have (single sign-on)
    and never logs in. Pass ``transport=`` (for instance a simulator's) or a whole ``http_client=``.

    Example::

        from fonds import ArchivesSpace

        with ArchivesSpace("http://localhost:8089", username="admin", password="admin") as aspace:
            accession = aspace.accessions.get(repo_id=2, id=1)
            for ao in aspace.archival_objects.list(repo_id=2):
                print(ao.title)
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        session_token: str | None = None,
        expiring: bool = False,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        url, self.session, secrets = _session(url, username, password, session_token, expiring)
        self._setup(
            _generated,
            url,
            self.session,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
        )

    def login(self) -> None:
        """Log in now rather than on the first call (raises ``LoginFailed`` on a bad password)."""
        response = self.http.send(self.session.login_request(), auth=None)
        self.session.accept_login(response)

    def logout(self) -> None:
        """End the session on the server (only one this client opened; a ``session_token`` is left alone)."""
        if self.session.token and self.session.logins:
            with contextlib.suppress(errors.FondsError, httpx.HTTPError):
                self.http.post("/logout")
        self.session.forget()

    def close(self) -> None:
        """Log out and close the connections."""
        try:
            self.logout()
        finally:
            self.http.close()

    def __enter__(self) -> ArchivesSpace:
        return self


class AsyncArchivesSpace(AsyncClientBase, AsyncNamespaces):  # type: ignore[misc]
    """The asynchronous twin of :class:`ArchivesSpace`: the same namespaces, awaitable calls, and listings that
    keep several pages in flight.

    Example::

        async with AsyncArchivesSpace("http://localhost:8089", username="admin", password="admin") as aspace:
            async for ao in aspace.archival_objects.list(repo_id=2, concurrency=8):
                print(ao.title)
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        session_token: str | None = None,
        expiring: bool = False,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url, self.session, secrets = _session(url, username, password, session_token, expiring)
        self._setup(
            _generated,
            url,
            self.session,
            secrets,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
        )

    async def login(self) -> None:
        """Log in now rather than on the first call."""
        response = await self.http.send(self.session.login_request(), auth=None)
        self.session.accept_login(response)

    async def logout(self) -> None:
        """End the session on the server (only one this client opened)."""
        if self.session.token and self.session.logins:
            with contextlib.suppress(errors.FondsError, httpx.HTTPError):
                await self.http.post("/logout")
        self.session.forget()

    async def aclose(self) -> None:
        """Log out and close the connections."""
        try:
            await self.logout()
        finally:
            await self.http.aclose()

    async def __aenter__(self) -> AsyncArchivesSpace:
        return self
