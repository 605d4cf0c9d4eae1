"""The Archivematica namespaces fonds extends: starting and following transfers, sync and async."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any

from archivematica_api.api.ingests import AsyncIngestsNamespace, IngestsNamespace
from archivematica_api.api.transfers import AsyncTransfersNamespace, TransfersNamespace
from archivematica_api.models.create_package_request import CreatePackageRequest
from archivematica_api.models.package_type import PACKAGE_TYPE_VALUES
from archivematica_api.types import UNSET

from .._polling import PollPolicy
from ..errors import InvalidArgument
from ._transfers import AsyncTransferOperation, Progress, TransferOperation

OnProgress = Callable[[Progress], None] | None


def package_request(
    name: str,
    path: str,
    type: str,
    processing_config: str,
    accession: str | None,
    access_system_id: str | None,
    metadata_set_id: str | None,
    auto_approve: bool,
) -> CreatePackageRequest:
    """The JSON body of ``v2beta/package`` (the one Archivematica route that reads JSON), every argument checked
    first: a refused one is ``InvalidArgument`` and nothing is sent (the server answers a bad ``type`` with a 500,
    and files a transfer of a path it cannot decode before failing it).

    Example: ``package_request("photos", ss_location_path(ts, "in/photos"), "standard", "default", None, None,
    None, True).type == "standard"``.
    """
    _text("name", name)
    _text("path", path)
    try:
        decoded = base64.b64decode(path, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    if not decoded:
        wanted = "base64 of <location_uuid>:<path> (use ss_location_path(location_uuid, path))"
        raise InvalidArgument("start", "path", wanted, "text that is not base64")
    if type not in _PACKAGE_TYPES:
        wanted = "one of " + ", ".join(repr(t) for t in sorted(_PACKAGE_TYPES))
        raise InvalidArgument("start", "type", wanted, repr(type) if isinstance(type, str) else _kind(type))
    _text("processing_config", processing_config)
    for option, value in (("accession", accession), ("access_system_id", access_system_id)):
        if value is not None:
            _text(option, value)
    if metadata_set_id is not None:
        _text("metadata_set_id", metadata_set_id)
    if not isinstance(auto_approve, bool):
        raise InvalidArgument("start", "auto_approve", "True or False", _kind(auto_approve))
    return CreatePackageRequest(
        name=name,
        path=path,
        type=type,  # type: ignore[arg-type]  # one of PACKAGE_TYPE_VALUES, checked above
        processing_config=processing_config,
        auto_approve=auto_approve,
        accession=accession if accession is not None else UNSET,
        access_system_id=access_system_id if access_system_id is not None else UNSET,
        metadata_set_id=metadata_set_id if metadata_set_id is not None else UNSET,
    )


_PACKAGE_TYPES: frozenset[str] = frozenset(PACKAGE_TYPE_VALUES)


def _kind(value: object) -> str:
    return type(value).__name__


def _text(name: str, value: object) -> None:
    """Refuse with ``InvalidArgument`` anything but non-empty text that can travel as UTF-8 JSON."""
    if not isinstance(value, str) or not value.strip():
        found = "an empty str" if isinstance(value, str) else _kind(value)
        raise InvalidArgument("start", name, "non-empty text", found)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidArgument(
            "start", name, "text that can be encoded as UTF-8", "text with a lone surrogate"
        ) from None


class Transfers(TransfersNamespace):
    """``am.transfers``: every transfer route, plus :meth:`start` (one call from files to an AIP poller) and
    :meth:`follow` (a poller rebuilt from a UUID). The raw ``start_transfer`` route is :meth:`start_copy`."""

    _client: Any = None

    def start(  # type: ignore[override]  # the high-level start replaces the raw form route (see start_copy)
        self,
        *,
        name: str,
        path: str,
        type: str = "standard",
        processing_config: str = "default",
        accession: str | None = None,
        access_system_id: str | None = None,
        metadata_set_id: str | None = None,
        auto_approve: bool = True,
        poll: PollPolicy | None = None,
        on_progress: OnProgress = None,
    ) -> TransferOperation:
        """Start a transfer of ``path`` (``ss_location_path(location_uuid, relative_path)``) through
        ``v2beta/package`` and return its :class:`TransferOperation`.

        Example::

            op = am.transfers.start(name="photos", path=ss_location_path(ts_uuid, "incoming/photos"))
            print(op.result(timeout=3600))
        """
        body = package_request(
            name, path, type, processing_config, accession, access_system_id, metadata_set_id, auto_approve
        )
        created = self._client.packages.create(body=body)
        return TransferOperation(self._client, str(created.id), poll=poll, on_progress=on_progress)

    def start_copy(self, **kwargs: Any) -> Any:
        """The raw ``start_transfer`` route (copy files into a transfer to approve later); takes
        ``body=StartTransferForm``."""
        return super().start(**kwargs)

    def follow(
        self, transfer_uuid: str, *, poll: PollPolicy | None = None, on_progress: OnProgress = None
    ) -> TransferOperation:
        """A poller for a transfer started earlier (after a crash, from its UUID).

        Example: ``am.transfers.follow("2b5c3f0e-...").result(timeout=600)``.
        """
        return TransferOperation(self._client, transfer_uuid, poll=poll, on_progress=on_progress)


class Ingests(IngestsNamespace):
    """``am.ingests``: every ingest route, plus :meth:`follow` to poll a SIP to its AIP."""

    _client: Any = None

    def follow(
        self, sip_uuid: str, *, poll: PollPolicy | None = None, on_progress: OnProgress = None
    ) -> TransferOperation:
        """A poller for a SIP (its transfer's UUID is unknown here, so ``transfer_uuid`` is the SIP's).

        Example: ``am.ingests.follow(sip_uuid).result(timeout=600)``.
        """
        return TransferOperation(self._client, sip_uuid, sip_uuid=sip_uuid, poll=poll, on_progress=on_progress)


class AsyncTransfers(AsyncTransfersNamespace):
    """The asynchronous ``am.transfers``: ``await am.transfers.start(...)`` gives an
    :class:`AsyncTransferOperation`."""

    _client: Any = None

    async def start(  # type: ignore[override]  # as Transfers.start
        self,
        *,
        name: str,
        path: str,
        type: str = "standard",
        processing_config: str = "default",
        accession: str | None = None,
        access_system_id: str | None = None,
        metadata_set_id: str | None = None,
        auto_approve: bool = True,
        poll: PollPolicy | None = None,
        on_progress: OnProgress = None,
    ) -> AsyncTransferOperation:
        """Start a transfer through ``v2beta/package``; see :meth:`Transfers.start`.

        Example::

            op = await am.transfers.start(name="photos", path=ss_location_path(ts_uuid, "incoming/photos"))
            print(await op.result(timeout=3600))
        """
        body = package_request(
            name, path, type, processing_config, accession, access_system_id, metadata_set_id, auto_approve
        )
        created = await self._client.packages.create(body=body)
        return AsyncTransferOperation(self._client, str(created.id), poll=poll, on_progress=on_progress)

    async def start_copy(self, **kwargs: Any) -> Any:
        """The raw ``start_transfer`` route; takes ``body=StartTransferForm``."""
        return await super().start(**kwargs)

    def follow(
        self, transfer_uuid: str, *, poll: PollPolicy | None = None, on_progress: OnProgress = None
    ) -> AsyncTransferOperation:
        """A poller for a transfer started earlier; see :meth:`Transfers.follow`."""
        return AsyncTransferOperation(self._client, transfer_uuid, poll=poll, on_progress=on_progress)


class AsyncIngests(AsyncIngestsNamespace):
    """The asynchronous ``am.ingests``, with :meth:`follow`."""

    _client: Any = None

    def follow(
        self, sip_uuid: str, *, poll: PollPolicy | None = None, on_progress: OnProgress = None
    ) -> AsyncTransferOperation:
        """A poller for a SIP; see :meth:`Ingests.follow`."""
        return AsyncTransferOperation(self._client, sip_uuid, sip_uuid=sip_uuid, poll=poll, on_progress=on_progress)
