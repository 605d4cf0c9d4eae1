"""The Archivematica namespaces fonds extends: starting and following transfers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from archivematica_api.api.ingests import IngestsNamespace
from archivematica_api.api.transfers import TransfersNamespace
from archivematica_api.models.create_package_request import CreatePackageRequest
from archivematica_api.types import UNSET

from .._polling import PollPolicy
from ._transfers import Progress, TransferOperation


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
        on_progress: Callable[[Progress], None] | None = None,
    ) -> TransferOperation:
        """Start a transfer of ``path`` (``ss_location_path(location_uuid, relative_path)``) through
        ``v2beta/package`` and return its :class:`TransferOperation`.

        Example::

            op = am.transfers.start(name="photos", path=ss_location_path(ts_uuid, "incoming/photos"))
            print(op.result(timeout=3600))
        """
        body = CreatePackageRequest(
            name=name,
            path=path,
            type_=type,  # type: ignore[arg-type]
            processing_config=processing_config,
            auto_approve=auto_approve,
            accession=accession if accession is not None else UNSET,
            access_system_id=access_system_id if access_system_id is not None else UNSET,
            metadata_set_id=metadata_set_id if metadata_set_id is not None else UNSET,
        )
        created = self._client.packages.create(body=body)
        return TransferOperation(self._client, str(created.id), poll=poll, on_progress=on_progress)

    def start_copy(self, **kwargs: Any) -> Any:
        """The raw ``start_transfer`` route (copy files into a transfer to approve later); takes
        ``body=StartTransferForm``."""
        return super().start(**kwargs)

    def follow(
        self,
        transfer_uuid: str,
        *,
        poll: PollPolicy | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> TransferOperation:
        """A poller for a transfer started earlier (after a crash, from its UUID).

        Example: ``am.transfers.follow("2b5c3f0e-...").result(timeout=600)``.
        """
        return TransferOperation(self._client, transfer_uuid, poll=poll, on_progress=on_progress)


class Ingests(IngestsNamespace):
    """``am.ingests``: every ingest route, plus :meth:`follow` to poll a SIP to its AIP."""

    _client: Any = None

    def follow(
        self, sip_uuid: str, *, poll: PollPolicy | None = None, on_progress: Callable[[Progress], None] | None = None
    ) -> TransferOperation:
        """A poller for a SIP (its transfer's UUID is unknown here, so ``transfer_uuid`` is the SIP's).

        Example: ``am.ingests.follow(sip_uuid).result(timeout=600)``.
        """
        return TransferOperation(self._client, sip_uuid, sip_uuid=sip_uuid, poll=poll, on_progress=on_progress)
