"""``Archivematica`` and ``AsyncArchivematica``: the dashboard API's clients."""

from __future__ import annotations

from functools import cached_property

import archivematica_api.client as _generated
from archivematica_api.api import AsyncNamespaces, Namespaces

from .._apikey import ApiKeyClient, AsyncApiKeyClient
from ._namespaces import AsyncIngests, AsyncTransfers, Ingests, Transfers
from ._processing import AsyncProcessingConfigurations, ProcessingConfigurations
from ._validation import AsyncValidators, Validators

DEFAULT_URL = "http://localhost:62080"


class Archivematica(ApiKeyClient, Namespaces):  # type: ignore[misc]  # _invoker: a SyncInvoker is an Invoker
    """A typed client of the Archivematica dashboard API: ``am.transfers``, ``am.ingests``, ``am.jobs``...

    Credentials travel in the ``Authorization: ApiKey user:key`` header, never in a URL. Settings come from the
    arguments, else ``FONDS_AM_URL``/``FONDS_AM_USERNAME``/``FONDS_AM_API_KEY``.

    Example::

        from fonds import Archivematica

        with Archivematica("http://localhost:62080", username="test", api_key="test") as am:
            print(am.transfers.list_completed())
    """

    _generated = _generated
    _env_prefix = "FONDS_AM"
    _default_url = DEFAULT_URL

    @cached_property
    def transfers(self) -> Transfers:
        """Transfers: every route, plus ``start(...)`` returning a poller, and ``follow(uuid)``."""
        namespace = Transfers(self._invoker)
        namespace._client = self
        return namespace

    @cached_property
    def ingests(self) -> Ingests:
        """Ingests (SIPs): every route, plus ``follow(sip_uuid)``."""
        namespace = Ingests(self._invoker)
        namespace._client = self
        return namespace

    @cached_property
    def validators(self) -> Validators:
        """CSV validators: ``validate_csv`` returns the verdict, an invalid CSV included."""
        return Validators(self._invoker)

    @cached_property
    def processing_configurations(self) -> ProcessingConfigurations:
        """Processing configurations; ``get`` answers the XML document's bytes."""
        return ProcessingConfigurations(self._invoker)

    def hide_all_completed(self) -> int:
        """Hide every completed transfer and ingest from the dashboard; returns how many were hidden.

        Example: ``print(am.hide_all_completed(), "units hidden")``.
        """
        hidden = self.transfers.hide_completed().removed
        hidden_ingests = self.ingests.hide_completed().removed
        return len(hidden or []) + len(hidden_ingests or [])

    def __enter__(self) -> Archivematica:
        return self


class AsyncArchivematica(AsyncApiKeyClient, AsyncNamespaces):  # type: ignore[misc]
    """The asynchronous twin of :class:`Archivematica`.

    Example::

        async with AsyncArchivematica(url, username="test", api_key="test") as am:
            status = await am.transfers.get_status(uuid=transfer_uuid)
    """

    _generated = _generated
    _env_prefix = "FONDS_AM"
    _default_url = DEFAULT_URL

    @cached_property
    def transfers(self) -> AsyncTransfers:
        """Transfers: every route, plus ``await start(...)`` returning a poller, and ``follow(uuid)``."""
        namespace = AsyncTransfers(self._invoker)
        namespace._client = self
        return namespace

    @cached_property
    def ingests(self) -> AsyncIngests:
        """Ingests (SIPs): every route, plus ``follow(sip_uuid)``."""
        namespace = AsyncIngests(self._invoker)
        namespace._client = self
        return namespace

    @cached_property
    def validators(self) -> AsyncValidators:
        """CSV validators: ``validate_csv`` returns the verdict, an invalid CSV included."""
        return AsyncValidators(self._invoker)

    @cached_property
    def processing_configurations(self) -> AsyncProcessingConfigurations:
        """Processing configurations; ``get`` answers the XML document's bytes."""
        return AsyncProcessingConfigurations(self._invoker)

    async def hide_all_completed(self) -> int:
        """Hide every completed transfer and ingest from the dashboard; returns how many were hidden.

        Example: ``print(await am.hide_all_completed(), "units hidden")``.
        """
        hidden = (await self.transfers.hide_completed()).removed
        hidden_ingests = (await self.ingests.hide_completed()).removed
        return len(hidden or []) + len(hidden_ingests or [])

    async def __aenter__(self) -> AsyncArchivematica:
        return self
