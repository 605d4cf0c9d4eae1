"""``ArchivesSpace`` and ``AsyncArchivesSpace``: the clients users hold."""

from __future__ import annotations

import builtins
import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import Any, Protocol, TypeVar

import anyio
import archivesspace_api.client as _generated
import httpx
from archivesspace_api.api import AsyncNamespaces, Namespaces

from .. import errors
from .._base import DEFAULT_CALL_TIMEOUT, AsyncClientBase, SyncClientBase
from .._config import archivesspace_settings
from .._redact import Secrets
from .._retry import RetryPolicy
from .._wire import deadline, translate
from . import _trees, _uris
from ._external_ids import AsyncByExternalId, ByExternalId
from ._search import AsyncSearch, AsyncTopContainers, Search, TopContainers
from ._session import ArchivesSpaceSession

R = TypeVar("R")


class _Editable(Protocol[R]):
    def get(self, **kwargs: Any) -> R: ...

    def update(self, *, body: R, **kwargs: Any) -> Any: ...


def _default_repo_id(repo_id: Any) -> int | None:
    """The client's default repository, checked: a positive int (not a bool), or None."""
    if repo_id is None:
        return None
    if isinstance(repo_id, bool) or not isinstance(repo_id, int) or repo_id < 1:
        raise errors.InvalidArgument(
            "ArchivesSpace", "repo_id", "a repository id (an integer >= 1)", type(repo_id).__name__
        )
    return repo_id


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
    ``timeout=`` bounds each read of every request, logins included; ``call_timeout=`` (300 s; None for none)
    bounds each whole call, retries and slow answers included. ``repo_id=`` sets the repository of every call
    that leaves its ``repo_id`` out (``aspace.accessions.get(id=1)``).

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
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        repo_id: int | None = None,
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
            call_timeout=call_timeout,
        )
        self.session.timeout = self.http.timeout  # logins the session's flow sends carry the client's timeout
        self._invoker.default_repo_id = _default_repo_id(repo_id)

    @cached_property
    def search(self) -> Search:
        """Searching, callable: ``aspace.search("papers", type=["resource"])`` pages through every hit with its
        record parsed; the raw routes take the same names (``aspace.search.all(page=1, q="papers",
        type=["resource"])``)."""
        return Search(self._invoker)

    @cached_property
    def top_containers(self) -> TopContainers:
        """Top containers: every route; ``search`` takes the names every search route takes (``type``,
        ``filter``, query objects): ``aspace.top_containers.search(repo_id=2, q="box")``."""
        return TopContainers(self._invoker)

    @cached_property
    def by_external_id(self) -> ByExternalId:
        """The records carrying an external id, as URIs (``find``) or typed records (``records``), a list for
        none, one or several matches: ``aspace.by_external_id.records(eid="ocm12345678")``."""
        return ByExternalId(self._invoker)

    def get(self, uri: str, *, resolve: list[str] | None = None) -> Any:
        """The typed record at ``uri``, whatever its type (the route is picked from the URI).

        Example::

            ao = aspace.get("/repositories/2/archival_objects/7", resolve=["subjects"])
            ao.subjects[0].resolved.title        # the linked Subject, typed
        """
        module, path_args = _uris.operation_for("get", uri)
        return self._invoker.call(module.sync_detailed, **_uris.arguments(module, path_args, resolve))

    def delete(self, uri: str) -> Any:
        """Delete the record at ``uri`` (the route is picked from the URI; never retried).

        Example: ``aspace.delete("/repositories/2/archival_objects/7")``.
        """
        module, path_args = _uris.operation_for("delete", uri)
        return self._invoker.call(module.sync_detailed, **path_args)

    def walk_tree(self, uri: str, *, published_only: bool = False) -> Iterator[_trees.TreeNode]:
        """Every node of a resource, digital object or classification tree, depth first, lazily; given an
        archival object, a digital object component or a classification term, that node (at depth 0) and its
        subtree.

        Example::

            for node in aspace.walk_tree("/repositories/2/resources/1"):
                print("  " * node.depth + (node.title or ""))
            series = list(aspace.walk_tree("/repositories/2/archival_objects/7"))   # one series and below
        """
        repo_id, kind, id_ = _trees.parse_root(uri)
        if kind in _trees.NODE_KINDS:
            return _trees.walk_subtree(self, repo_id, kind, id_, published_only)
        return _trees.walk(getattr(self, kind), repo_id, id_, published_only)

    def tree_records(self, nodes: Iterable[_trees.TreeNode], *, batch: int = 250) -> Iterator[Any]:
        """The full typed records of tree nodes, fetched ``batch`` at a time by ``id_set``, in the nodes' order.

        Example::

            for ao in aspace.tree_records(aspace.walk_tree("/repositories/2/resources/1")):
                print(ao.ref_id)
        """
        return _trees.records(self, nodes, batch)

    def modify(self, namespace: _Editable[R], change: Callable[[R], R | None], *, attempts: int = 1, **ids: Any) -> Any:
        """Get a record, apply ``change`` to it, and post it back with its ``lock_version``.

        Fields the model does not know (plugins, newer servers) are kept. A 409 (someone saved first) raises
        ``ConflictError``, or with ``attempts`` > 1 fetches the record again and re-applies ``change``.

        Example::

            aspace.modify(aspace.accessions, lambda acc: setattr(acc, "title", "New title"), repo_id=2, id=5)
        """
        for attempt in range(1, attempts + 1):
            record = namespace.get(**ids)
            changed = change(record)
            try:
                return namespace.update(body=record if changed is None else changed, **ids)
            except errors.ConflictError:
                if attempt >= attempts:
                    raise
        raise errors.ConfigurationError("attempts must be at least 1")

    def login(self) -> None:
        """Log in now rather than on the first call: ``LoginFailed`` on a bad password, ``TimeoutError`` or
        ``TransportError`` when the server does not answer (within ``timeout`` and ``call_timeout``).

        Example: ``aspace.login()`` checks the password at start-up.
        """
        with deadline(self._invoker.call_timeout):
            try:
                response = self.http.send(self.session.login_request(), auth=None)
            except httpx.HTTPError as exc:
                raise translate(exc, self.secrets) from None
        self.session.accept_login(response)

    def logout(self) -> None:
        """End the session on the server (only one this client opened; a ``session_token`` is left alone).

        Example: ``aspace.logout()``; the next call logs in again.
        """
        if self.session.token and self.session.logins:
            with contextlib.suppress(errors.FondsError, httpx.HTTPError), deadline(self._invoker.call_timeout):
                self.http.post("/logout")
        self.session.forget()

    def close(self) -> None:
        """Log out and close the connections (``with`` does it for you). Example: ``aspace.close()``."""
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
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        repo_id: int | None = None,
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
            call_timeout=call_timeout,
        )
        self.session.timeout = self.http.timeout  # logins the session's flow sends carry the client's timeout
        self._invoker.default_repo_id = _default_repo_id(repo_id)

    @cached_property
    def search(self) -> AsyncSearch:
        """Searching, callable: ``async for hit in aspace.search("papers")``; raw routes stay available."""
        return AsyncSearch(self._invoker)

    @cached_property
    def top_containers(self) -> AsyncTopContainers:
        """Top containers: every route; ``search`` takes the names every search route takes:
        ``await aspace.top_containers.search(repo_id=2, q="box")``."""
        return AsyncTopContainers(self._invoker)

    @cached_property
    def by_external_id(self) -> AsyncByExternalId:
        """The records carrying an external id: ``await aspace.by_external_id.find(eid="ocm12345678")``."""
        return AsyncByExternalId(self._invoker)

    async def get(self, uri: str, *, resolve: list[str] | None = None) -> Any:
        """The typed record at ``uri``, whatever its type (the route is picked from the URI).

        Example: ``ao = await aspace.get("/repositories/2/archival_objects/7", resolve=["subjects"])``.
        """
        module, path_args = _uris.operation_for("get", uri)
        return await self._invoker.call(module.asyncio_detailed, **_uris.arguments(module, path_args, resolve))

    async def delete(self, uri: str) -> Any:
        """Delete the record at ``uri`` (never retried).

        Example: ``await aspace.delete("/repositories/2/archival_objects/7")``.
        """
        module, path_args = _uris.operation_for("delete", uri)
        return await self._invoker.call(module.asyncio_detailed, **path_args)

    async def login(self) -> None:
        """Log in now rather than on the first call (raises as :meth:`ArchivesSpace.login` does).

        Example: ``await aspace.login()``.
        """
        with deadline(self._invoker.call_timeout) as ends:
            try:
                with anyio.fail_after(None if ends is None else max(0.0, ends - time.monotonic())):
                    response = await self.http.send(self.session.login_request(), auth=None)
            except httpx.HTTPError as exc:
                raise translate(exc, self.secrets) from None
            except builtins.TimeoutError:  # the deadline cut a server dripping its headers
                raise errors.TimeoutError("the login did not finish within its call_timeout") from None
        self.session.accept_login(response)

    async def logout(self) -> None:
        """End the session on the server (only one this client opened). Example: ``await aspace.logout()``."""
        if self.session.token and self.session.logins:
            with contextlib.suppress(errors.FondsError, httpx.HTTPError), deadline(self._invoker.call_timeout):
                await self.http.post("/logout")
        self.session.forget()

    async def aclose(self) -> None:
        """Log out and close the connections. Example: ``await aspace.aclose()``."""
        try:
            await self.logout()
        finally:
            await self.http.aclose()

    async def __aenter__(self) -> AsyncArchivesSpace:
        return self
