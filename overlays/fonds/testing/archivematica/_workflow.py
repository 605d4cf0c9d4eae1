"""The microservices a simulated unit goes through, in order, with the decision points and their choices.

Names follow Archivematica 1.17's workflow where it matters to clients: the job names the status endpoint reports
(``Create SIP from transfer objects``, ``Move transfer to backlog``, ``Remove the processing directory``) and the
groups whose names make a unit FAILED (``Failed transfer``) or REJECTED (``Reject transfer``).
"""

from __future__ import annotations

import attrs

from ..storage_service._ids import fixed_uuid


@attrs.frozen
class Step:
    """One job of a workflow: its microservice group, its name, whether it runs one task per file, and, for a
    decision point, its choices (the first is what the default processing configuration picks)."""

    microservice: str
    job: str
    per_file: bool = False
    choices: tuple[str, ...] = ()

    @property
    def link_uuid(self) -> str:
        """The workflow link this job runs (stable across runs)."""
        return fixed_uuid(f"link:{self.microservice}:{self.job}")

    def named(self, name: str) -> bool:
        """Whether ``name`` (case-insensitive) is this job's name or its microservice's."""
        return name.casefold() in (self.job.casefold(), self.microservice.casefold())


APPROVE_JOBS = {
    "standard": "Approve standard transfer",
    "zipfile": "Approve zipped transfer",
    "unzipped bag": "Approve bagit transfer",
    "zipped bag": "Approve zipped bagit transfer",
    "dspace": "Approve DSpace transfer",
}
CREATE_SIP = "Create single SIP and continue processing"
BACKLOG = "Send to backlog"
STORE_AIP_LOCATION = "Store AIP location"


def approve_step(transfer_type: str) -> Step:
    """The approval a transfer starts with (approved at once unless it came through ``start_transfer``)."""
    return Step(
        "Approve transfer",
        APPROVE_JOBS.get(transfer_type, APPROVE_JOBS["standard"]),
        choices=("Approve transfer", "Reject transfer"),
    )


TRANSFER = (
    Step("Verify transfer compliance", "Verify transfer compliance"),
    Step("Rename with transfer UUID", "Rename with transfer UUID"),
    Step("Assign file UUIDs and checksums", "Assign file UUIDs to objects", per_file=True),
    Step("Assign file UUIDs and checksums", "Assign checksums and file sizes to objects", per_file=True),
    Step("Generate METS.xml document", "Generate METS.xml document"),
    Step("Verify transfer checksums", "Verify metadata directory checksums"),
    Step("Scan for viruses", "Scan for viruses", per_file=True),
    Step("Clean up names", "Sanitize file and directory names"),
    Step("Identify file format", "Identify file format", per_file=True),
    Step("Extract packages", "Extract contents from compressed archives"),
    Step("Characterize and extract metadata", "Characterize and extract metadata", per_file=True),
    Step("Validation", "Validate formats", per_file=True),
    Step("Complete transfer", "Move to SIP creation directory for completed transfers"),
    Step("Create SIP from Transfer", "Create SIP(s)", choices=(CREATE_SIP, BACKLOG, "Reject transfer")),
)
TO_SIP = Step("Create SIP from Transfer", "Create SIP from transfer objects")
TO_BACKLOG = Step("Create SIP from Transfer", "Move transfer to backlog")

REINGEST_APPROVAL = Step(
    "Reingest AIP", "Approve AIP reingest", choices=("Approve AIP reingest", "Reject AIP reingest")
)
INGEST = (
    Step("Verify SIP compliance", "Verify SIP compliance"),
    Step("Rename SIP directory with SIP UUID", "Rename SIP directory with SIP UUID"),
    Step("Include default SIP processingMCP.xml", "Include default SIP processingMCP.xml"),
    Step("Remove cache files", "Remove cache files"),
    Step("Normalize", "Normalize", choices=("Normalize for preservation", "Do not normalize")),
    Step("Normalize", "Normalize for preservation", per_file=True),
    Step("Normalize", "Approve normalization", choices=("Approve", "Reject")),
    Step("Process metadata directory", "Process metadata directory"),
    Step("Generate AIP METS", "Generate METS.xml document"),
    Step("Prepare AIP", "Compress AIP"),
    Step("Store AIP", STORE_AIP_LOCATION, choices=("Store AIP in standard Archivematica Directory",)),
    Step("Store AIP", "Store the AIP"),
    Step("Store AIP", "Remove the processing directory"),
)


def failed_tail(kind: str) -> list[Step]:
    """What runs after a job fails (its group's name makes the unit FAILED)."""
    group = "Failed transfer" if kind == "transfer" else "Failed SIP"
    return [Step(group, "Email fail report"), Step(group, "Move to the failed directory")]


def rejected_tail(kind: str) -> list[Step]:
    """What runs after a rejection (its group's name makes the unit REJECTED)."""
    return [Step("Reject transfer" if kind == "transfer" else "Reject SIP", "Move to the rejected directory")]


ALL_STEPS = (*[approve_step(t) for t in APPROVE_JOBS], *TRANSFER, TO_SIP, TO_BACKLOG, REINGEST_APPROVAL, *INGEST)
DECISIONS = tuple(step for step in ALL_STEPS if step.choices)
