"""Units (transfers and SIPs), their jobs and tasks, and how the dashboard derives a unit's status from them."""

from __future__ import annotations

import math
import posixpath

import attrs

from ._script import Outcome
from ._workflow import Step

SHARED = "/var/archivematica/sharedDirectory/"
FINISHED = ("COMPLETE", "FAILED", "REJECTED")


@attrs.define(eq=False)
class UnitFile:
    """A file of a unit: its UUID, its path inside ``objects/`` and its bytes."""

    uuid: str
    path: str
    content: bytes


@attrs.define(eq=False)
class Task:
    """One command run of a job (one per file for per-file microservices)."""

    uuid: str
    file_uuid: str | None
    file_name: str
    created: float
    ended: float | None = None
    exit_code: int | None = None


@attrs.define(eq=False)
class Job:
    """One job: a step of the workflow run for a unit, from ``created`` to ``ends_at``."""

    uuid: str
    step: Step
    created: float
    ends_at: float
    directory: str
    status: str = "PROCESSING"  # UNKNOWN | USER_INPUT | COMPLETE | PROCESSING | FAILED
    tasks: list[Task] = attrs.field(factory=list)
    choice: str | None = None

    @property
    def waiting(self) -> bool:
        """Whether the job waits for a decision."""
        return self.status == "USER_INPUT"


@attrs.define(eq=False)
class Unit:
    """A transfer (``kind="transfer"``) or SIP (``kind="SIP"``) going through its remaining ``plan``.

    ``state`` is ``running`` (its last job runs or will start), ``waiting`` (at a decision), ``done`` (plan empty)
    or ``broken`` (it never got a job: the real dashboard then cannot tell its status)."""

    uuid: str
    kind: str
    name: str
    path: str
    files: list[UnitFile]
    outcome: Outcome
    plan: list[Step]
    started: float
    transfer_type: str = "standard"
    state: str = "running"
    jobs: list[Job] = attrs.field(factory=list)
    sip_uuid: str | None = None
    hidden: bool = False
    awaiting: tuple[str, ...] = ()
    aip_location: str | None = None
    reingest_of: str | None = None
    processing_config: str = "default"
    accession: str = ""
    access_system_id: str = ""
    metadata_files: list[str] = attrs.field(factory=list)

    @property
    def directory(self) -> str:
        """The basename of the unit's path."""
        return posixpath.basename(posixpath.normpath(self.path))

    def status(self) -> dict[str, str]:
        """``get_unit_status`` of the dashboard: ``status``, ``microservice`` (the latest job's name) and, for a
        transfer made into a SIP or sent to backlog, ``sip_uuid``. Raises ``IndexError`` when there is no job.

        Example: ``am.units[transfer_uuid].status()["status"] == "PROCESSING"``."""
        job = self.jobs[-1]
        out = {"microservice": job.step.job}
        group = job.step.microservice.lower()
        names = {j.step.job for j in self.jobs}
        if job.waiting:
            out["status"] = "USER_INPUT"
        elif "failed" in group:
            out["status"] = "FAILED"
        elif "reject" in group:
            out["status"] = "REJECTED"
        elif job.step.job == "Remove the processing directory":
            out["status"] = "COMPLETE"
        elif "Create SIP from transfer objects" in names:
            out["status"] = "COMPLETE"
            if self.sip_uuid:
                out["sip_uuid"] = self.sip_uuid
        elif "Move transfer to backlog" in names:
            out["status"] = "COMPLETE"
            out["sip_uuid"] = "BACKLOG"
        elif self.kind == "SIP" and "Remove the processing directory" in names:
            out["status"] = "COMPLETE"
        else:
            out["status"] = "PROCESSING"
        return out

    def status_name(self) -> str | None:
        """Just the status, or None when it cannot be told."""
        return self.status()["status"] if self.jobs else None

    def current(self) -> Job | None:
        """The latest job, if any."""
        return self.jobs[-1] if self.jobs else None


NEVER = math.inf
