"""Transfers as long-running operations: transfer -> SIP -> AIP, polled with backoff."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import attrs

from .. import errors
from .._invoker import LAST_RESPONSE
from .._polling import PollPolicy, bounded, seconds

Phase = Literal["transfer", "ingest"]


@attrs.frozen
class Progress:
    """Where a transfer stands: which unit is being polled (``phase``, ``unit_uuid``), its ``status``
    (PROCESSING, USER_INPUT, COMPLETE, FAILED, REJECTED), the ``microservice`` it is in, and the ``sip_uuid`` once
    the transfer has become a SIP (``"BACKLOG"`` when it went to backlog)."""

    transfer_uuid: str
    phase: Phase
    unit_uuid: str
    status: str
    microservice: str | None
    sip_uuid: str | None

    @property
    def done(self) -> bool:
        """True when the AIP is stored (the ingest is COMPLETE)."""
        return self.phase == "ingest" and self.status == "COMPLETE"

    @property
    def in_backlog(self) -> bool:
        """True when the transfer went to backlog."""
        return self.sip_uuid == "BACKLOG"

    @property
    def failed(self) -> bool:
        """True when the unit ended FAILED or REJECTED."""
        return self.status in ("FAILED", "REJECTED")

    @property
    def waiting(self) -> bool:
        """True when a decision waits (USER_INPUT)."""
        return self.status == "USER_INPUT"

    @property
    def settled(self) -> bool:
        """True when polling again would not change anything without someone acting."""
        return self.done or self.in_backlog or self.failed or self.waiting


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)


def _unusable(reason: str) -> errors.InvalidResponse:
    """``InvalidResponse`` for the last answer (a status the poller cannot follow), as the invoker reports one."""
    response = LAST_RESPONSE.get()
    if response is None:  # pragma: no cover - a status call always sets it
        return errors.InvalidResponse(200, "GET", "", None, reason)
    return errors.InvalidResponse(
        response.status_code, response.request.method, response.request.url.path, None, reason
    )


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") and type(value).__name__ != "Unset" else None


class _Operation:
    """What the sync and async operations share: the state, and every decision that needs no I/O."""

    def __init__(
        self,
        client: Any,
        transfer_uuid: str,
        *,
        sip_uuid: str | None = None,
        poll: PollPolicy | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        start_grace: float = 120.0,
    ) -> None:
        self._client = client
        self.transfer_uuid = str(transfer_uuid)
        self.sip_uuid = str(sip_uuid) if sip_uuid else None
        self.poll = poll or PollPolicy()
        self.on_progress = on_progress
        self.clock = clock
        self.last: Progress | None = None
        self.polls = 0
        self.start_grace = start_grace
        self._started = clock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(transfer={self.transfer_uuid}, sip={self.sip_uuid}, last={self.last})"

    def _not_started(self, exc: errors.APIError) -> Progress:
        """A package just created is not known to the status route until the pipeline picks it up."""
        if self.last is not None or self.clock() - self._started > self.start_grace:
            raise exc
        return Progress(self.transfer_uuid, "transfer", self.transfer_uuid, "PROCESSING", None, None)

    def _from_transfer(self, answer: Any) -> Progress | None:
        """The transfer's progress, or None when it has become a SIP (follow the ingest now)."""
        sip = _text(answer.sip_uuid)
        if answer.status == "COMPLETE" and sip and sip != "BACKLOG":
            if not _UUID.fullmatch(sip):
                raise _unusable(f"the transfer's status names its SIP {sip[:40]!r}, which is not a UUID")
            self.sip_uuid = sip
            return None
        status, microservice = str(answer.status), _text(answer.microservice)
        return Progress(self.transfer_uuid, "transfer", self.transfer_uuid, status, microservice, sip)

    def _from_ingest(self, answer: Any) -> Progress:
        assert self.sip_uuid is not None
        status, microservice = str(answer.status), _text(answer.microservice)
        return Progress(self.transfer_uuid, "ingest", self.sip_uuid, status, microservice, self.sip_uuid)

    def _seen(self, progress: Progress) -> Progress:
        if progress != self.last and self.on_progress is not None:
            self.on_progress(progress)
        self.last = progress
        return progress

    def _where(self) -> str:
        last = self.last
        state = f"last seen {last.status} at {last.microservice}" if last else "not seen yet"
        return f"transfer {self.transfer_uuid} ({state})"

    def _deadline(self, timeout: float | None) -> float | None:
        limit = seconds("wait", timeout)
        return None if limit is None else self.clock() + limit

    def _check_time(self, progress: Progress, pause: float, deadline: float | None, timeout: float | None) -> None:
        if deadline is not None and self.clock() + pause > deadline:
            raise errors.OperationTimeout(
                f"transfer {self.transfer_uuid} still {progress.status} at {progress.microservice} after {timeout} s"
            )

    def _outcome(self, progress: Progress) -> str:
        """The AIP's UUID, or the exception of a transfer that did not get there (a failure is raised by the
        caller, which looks up the failing job first)."""
        if progress.done:
            return progress.unit_uuid
        if progress.in_backlog:
            raise errors.InBacklog(self.transfer_uuid)
        if progress.waiting:
            raise errors.DecisionRequired(progress.unit_uuid, progress.microservice)
        return ""

    @staticmethod
    def _failed_job(jobs: Any) -> str | None:
        failed = [job for job in jobs if str(job.status) == "FAILED"]
        return str(failed[-1].name) if failed else None


class TransferOperation(_Operation):
    """A transfer followed through to its AIP. Made by ``am.transfers.start(...)`` or, after a crash, by
    ``am.transfers.follow(transfer_uuid)`` (or ``am.ingests.follow(sip_uuid)``).

    ``status()`` polls once; ``wait(timeout)`` polls with backoff until the transfer settles (done, failed, in
    backlog, or waiting for a decision) and returns its :class:`Progress`; ``result(timeout)`` returns the AIP's
    UUID or raises ``TransferFailed`` (naming the failing job), ``DecisionRequired``, ``InBacklog`` or
    ``OperationTimeout``. ``on_progress`` is called with each new :class:`Progress` (a new microservice or status).
    ``sleep`` and ``clock`` are how it waits and tells time; a test against a simulator sets them to the
    simulator's clock (``op.sleep = sim.clock.advance``) so hours of processing pass at once.

    Example::

        op = am.transfers.start(name="photos", path=ss_location_path(ts_uuid, "incoming/photos"),
                                processing_config="automated", on_progress=lambda p: print(p.microservice))
        aip_uuid = op.result(timeout=3600)
    """

    def __init__(
        self, client: Any, transfer_uuid: str, *, sleep: Callable[[float], None] = time.sleep, **kwargs: Any
    ) -> None:
        super().__init__(client, transfer_uuid, **kwargs)
        self.sleep = sleep

    def status(self) -> Progress:
        """Poll once: the transfer until it has a SIP, then the SIP. Example: ``op.status().microservice``."""
        self.polls += 1
        if self.sip_uuid is None:
            try:
                progress = self._from_transfer(self._client.transfers.get_status(uuid=self.transfer_uuid))
            except (errors.ValidationError, errors.NotFoundError, errors.ErrorAnswer) as exc:
                return self._not_started(exc)
            if progress is None:
                return self.status()
        else:
            progress = self._from_ingest(self._client.ingests.get_status(uuid=self.sip_uuid))
        return self._seen(progress)

    def wait(self, timeout: float | None = None) -> Progress:
        """Poll with backoff until the transfer settles; ``OperationTimeout`` after ``timeout`` seconds, also
        when the server stops answering (each poll waits at most the time left).

        Example: ``progress = op.wait(timeout=600)``.
        """
        deadline = self._deadline(timeout)
        with bounded(timeout, self.clock, self._where):
            for pause in self.poll.waits():
                progress = self.status()
                if progress.settled:
                    return progress
                self._check_time(progress, pause, deadline, timeout)
                self.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def result(self, timeout: float | None = None) -> str:
        """The AIP's UUID once stored; raises as the class docstring says otherwise.

        Example: ``aip_uuid = op.result(timeout=3600)``.
        """
        progress = self.wait(timeout)
        aip = self._outcome(progress)
        if aip:
            return aip
        raise errors.TransferFailed(
            progress.unit_uuid, progress.status, progress.microservice, self.failing_job(progress.unit_uuid)
        )

    def failing_job(self, unit_uuid: str) -> str | None:
        """The name of the job that failed in ``unit_uuid``, from the jobs API (None when it cannot tell).

        Example: ``op.failing_job(op.sip_uuid)``.
        """
        try:
            return self._failed_job(self._client.jobs.list(unit_uuid=unit_uuid))
        except errors.FondsError:
            return None


class AsyncTransferOperation(_Operation):
    """The asynchronous twin of :class:`TransferOperation` (``await op.result(timeout=3600)``).

    Example::

        op = await am.transfers.start(name="photos", path=ss_location_path(ts_uuid, "incoming/photos"))
        aip_uuid = await op.result(timeout=3600)
    """

    def __init__(
        self,
        client: Any,
        transfer_uuid: str,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(client, transfer_uuid, **kwargs)
        self.sleep = sleep

    async def status(self) -> Progress:
        """Poll once: the transfer until it has a SIP, then the SIP. Example: ``(await op.status()).status``."""
        self.polls += 1
        if self.sip_uuid is None:
            try:
                progress = self._from_transfer(await self._client.transfers.get_status(uuid=self.transfer_uuid))
            except (errors.ValidationError, errors.NotFoundError, errors.ErrorAnswer) as exc:
                return self._not_started(exc)
            if progress is None:
                return await self.status()
        else:
            progress = self._from_ingest(await self._client.ingests.get_status(uuid=self.sip_uuid))
        return self._seen(progress)

    async def wait(self, timeout: float | None = None) -> Progress:
        """Poll with backoff until the transfer settles; ``OperationTimeout`` after ``timeout`` seconds, also
        when the server stops answering.

        Example: ``progress = await op.wait(timeout=600)``.
        """
        deadline = self._deadline(timeout)
        with bounded(timeout, self.clock, self._where):
            for pause in self.poll.waits():
                progress = await self.status()
                if progress.settled:
                    return progress
                self._check_time(progress, pause, deadline, timeout)
                await self.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    async def result(self, timeout: float | None = None) -> str:
        """The AIP's UUID once stored; raises as :class:`TransferOperation` does.

        Example: ``aip_uuid = await op.result(timeout=3600)``.
        """
        progress = await self.wait(timeout)
        aip = self._outcome(progress)
        if aip:
            return aip
        try:
            job = self._failed_job(await self._client.jobs.list(unit_uuid=progress.unit_uuid))
        except errors.FondsError:
            job = None
        raise errors.TransferFailed(progress.unit_uuid, progress.status, progress.microservice, job)
