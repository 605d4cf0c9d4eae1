"""``aspace.by_external_id``: the records that carry an external id, in one shape however many match.

The server answers one match with a 303 whose ``Location`` is the record's URI (no body), several with a 300 and
the list of their URIs, none with a 404 whose body is ``[]``. fonds gives a list of URIs in every case (``find``)
or the typed records themselves (``records``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
from archivesspace_api import _records as _r
from archivesspace_api.api.by_external_id import AsyncByExternalIdNamespace, ByExternalIdNamespace
from archivesspace_api.api.by_external_id.find_by_external_id import asyncio_detailed, sync_detailed
from archivesspace_api.types import UNSET

from .. import errors
from .._invoker import LAST_RESPONSE
from . import _uris

_OPERATION = "find_by_external_id"


def _arguments(eid: str, type: Sequence[str] | None) -> dict[str, Any]:
    if not isinstance(eid, str) or not eid:
        raise errors.InvalidArgument(_OPERATION, "eid", "a non-empty string", _r.describe(eid))
    types = _uris.text_list(_OPERATION, "type", type)
    return {"eid": eid, "type": types if types else UNSET}


def _uri_of(location: str, response: httpx.Response) -> str:
    """The record URI in a ``Location`` header: relative to the backend, or absolute (Sinatra's redirects), with
    the path the backend is served under (``http://host/api/``) taken off."""
    url = httpx.URL(location)
    path = url.path if url.is_absolute_url else location.split("?", 1)[0].split("#", 1)[0]
    asked = response.request.url.path
    prefix = asked[: -len("/by-external-id")] if asked.endswith("/by-external-id") else ""
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    return path


def _matches(parsed: Any, response: httpx.Response | None) -> list[str]:
    if isinstance(parsed, list):  # 300: several
        return [str(uri) for uri in parsed]
    if response is None:  # pragma: no cover - the invoker always records the answer
        raise errors.InvalidResponse(0, "GET", "/by-external-id", None, "no answer recorded")
    # 303 with Location; or, with a client that follows redirects, the record itself after the 303
    redirect = next((r for r in [*response.history, response] if r.status_code in (301, 302, 303, 307)), None)
    location = redirect.headers.get("location") if redirect is not None else None
    if redirect is None or not location:
        raise errors.InvalidResponse(
            response.status_code, "GET", "/by-external-id", None, "a match without a Location header"
        )
    return [_uri_of(location, redirect)]


def _none_found(exc: errors.NotFoundError) -> bool:
    """Whether a 404 is the route's "no record carries it" (body ``[]``), not a wrong URL or a missing route."""
    return bool(exc.body == [])


class ByExternalId(ByExternalIdNamespace):
    """``aspace.by_external_id``: the records carrying an external id (an identifier from another system, in
    the records' ``external_ids``), as a list of URIs or of typed records, for none, one or several matches.

    Example::

        aspace.by_external_id.find(eid="ocm12345678")              # ['/repositories/2/resources/1']
        for record in aspace.by_external_id.records(eid="ocm12345678", type=["resource"]):
            print(record.uri, record.title)
    """

    def find(self, *, eid: str, type: Sequence[str] | None = None) -> list[str]:  # type: ignore[override]
        """The URIs of the records carrying ``eid`` (``[]`` when none does), optionally only of the JSONModel
        types ``type``.

        Example: ``aspace.by_external_id.find(eid="ocm12345678", type=["resource"])``.
        """
        kwargs = _arguments(eid, type)
        try:
            parsed = self._invoker.call(sync_detailed, **kwargs)
        except errors.NotFoundError as exc:
            if _none_found(exc):
                return []
            raise
        return _matches(parsed, LAST_RESPONSE.get())

    def records(
        self, *, eid: str, type: Sequence[str] | None = None, resolve: Sequence[str] | None = None
    ) -> list[_r.Record]:
        """The typed records carrying ``eid`` (``[]`` when none does), each fetched by its URI (with
        ``resolve``).

        Example::

            [resource] = aspace.by_external_id.records(eid="ocm12345678", type=["resource"])
        """
        out: list[_r.Record] = []
        wanted = _uris.text_list("records", "resolve", resolve)  # before anything is sent
        for uri in self.find(eid=eid, type=type):
            module, path_args = _uris.operation_for("get", uri)
            args = _uris.arguments(module, path_args, wanted)
            out.append(self._invoker.call(module.sync_detailed, **args))
        return out


class AsyncByExternalId(AsyncByExternalIdNamespace):
    """The asynchronous ``aspace.by_external_id``.

    Example: ``uris = await aspace.by_external_id.find(eid="ocm12345678")``.
    """

    async def find(self, *, eid: str, type: Sequence[str] | None = None) -> list[str]:  # type: ignore[override]
        """The URIs of the records carrying ``eid`` (``[]`` when none does).

        Example: ``await aspace.by_external_id.find(eid="ocm12345678")``.
        """
        kwargs = _arguments(eid, type)
        try:
            parsed = await self._invoker.call(asyncio_detailed, **kwargs)
        except errors.NotFoundError as exc:
            if _none_found(exc):
                return []
            raise
        return _matches(parsed, LAST_RESPONSE.get())

    async def records(
        self, *, eid: str, type: Sequence[str] | None = None, resolve: Sequence[str] | None = None
    ) -> list[_r.Record]:
        """The typed records carrying ``eid``, each fetched by its URI.

        Example: ``await aspace.by_external_id.records(eid="ocm12345678")``.
        """
        out: list[_r.Record] = []
        wanted = _uris.text_list("records", "resolve", resolve)  # before anything is sent
        for uri in await self.find(eid=eid, type=type):
            module, path_args = _uris.operation_for("get", uri)
            args = _uris.arguments(module, path_args, wanted)
            out.append(await self._invoker.call(module.asyncio_detailed, **args))
        return out
