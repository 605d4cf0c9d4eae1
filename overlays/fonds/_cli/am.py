"""``fonds am``: the Archivematica dashboard, with amclient's subcommands under their own names."""

from __future__ import annotations

import base64
import os
from typing import Annotated, Any

import typer

from ._common import examples, shared
from ._common import uuid_arg as _uuid
from ._errors import CommandFailed
from ._output import emit_many, emit_one, emit_text, note, progress, progress_enabled
from ._settings import api_key_client

app = typer.Typer(
    help="Archivematica: transfers, ingests, jobs, processing configurations (amclient's commands).",
    no_args_is_help=True,
)
transfer = typer.Typer(help="Start a transfer and follow it to its AIP.", no_args_is_help=True)
app.add_typer(transfer, name="transfer")

AM = ("archivematica", "output")


def _client() -> Any:
    return api_key_client("archivematica")


def _poll(interval: float | None) -> Any:
    from .._polling import PollPolicy

    if interval is None:
        return None
    if interval <= 0:
        raise typer.BadParameter("must be more than 0", param_hint="--poll-interval")
    return PollPolicy(initial=min(1.0, interval), maximum=interval)


def _close_completed(kind: str) -> None:
    from .. import errors

    with _client() as am:
        namespace = am.transfers if kind == "transfer" else am.ingests
        completed = [str(u) for u in (namespace.list_completed().results or [])]
        report: dict[str, list[str]] = {f"completed_{kind}s": completed, "close_succeeded": [], "close_failed": []}
        failures: list[str] = []
        for unit in completed:
            try:
                namespace.hide(uuid=unit)
                report["close_succeeded"].append(unit)
            except errors.FondsError as exc:  # one unit that cannot be hidden does not stop the others
                report["close_failed"].append(unit)
                failures.append(f"{unit} ({exc})")
        emit_one(report)
        if failures:
            raise CommandFailed(f"{len(failures)} of {len(completed)} {kind}s not closed: {', '.join(failures)}")


@app.command("close-completed-transfers", epilog=examples("fonds am close-completed-transfers"))
@shared(*AM)
def close_completed_transfers() -> None:
    """Close (hide) every completed transfer; exits 1 when one could not be closed."""
    _close_completed("transfer")


@app.command("close-completed-ingests", epilog=examples("fonds am close-completed-ingests --json"))
@shared(*AM)
def close_completed_ingests() -> None:
    """Close (hide) every completed ingest; exits 1 when one could not be closed."""
    _close_completed("ingest")


@app.command("completed-transfers", epilog=examples("fonds am completed-transfers --json"))
@shared(*AM)
def completed_transfers() -> None:
    """List the UUIDs of the completed transfers."""
    with _client() as am:
        emit_many(({"uuid": str(u)} for u in am.transfers.list_completed().results or []), ["uuid"])


@app.command("completed-ingests", epilog=examples("fonds am completed-ingests"))
@shared(*AM)
def completed_ingests() -> None:
    """List the UUIDs of the completed ingests."""
    with _client() as am:
        emit_many(({"uuid": str(u)} for u in am.ingests.list_completed().results or []), ["uuid"])


@app.command("unapproved-transfers", epilog=examples("fonds am unapproved-transfers --csv"))
@shared(*AM)
def unapproved_transfers() -> None:
    """List the transfers that wait for approval."""
    with _client() as am:
        emit_many(am.transfers.list_unapproved().results or [], ["uuid", "type", "directory"])


@app.command("get-transfer-status", epilog=examples("fonds am get-transfer-status 2b5c3f0e-... --json"))
@shared(*AM)
def get_transfer_status(transfer_uuid: Annotated[str, typer.Argument(help="UUID of the transfer.")]) -> None:
    """Show the status of a transfer (a 400/404 answer exits 1)."""
    unit = _uuid(transfer_uuid, "TRANSFER_UUID")
    with _client() as am:
        emit_one(am.transfers.get_status(uuid=unit))


@app.command("get-ingest-status", epilog=examples("fonds am get-ingest-status 6f3c... --json"))
@shared(*AM)
def get_ingest_status(sip_uuid: Annotated[str, typer.Argument(help="UUID of the SIP.")]) -> None:
    """Show the status of an ingest (SIP)."""
    unit = _uuid(sip_uuid, "SIP_UUID")
    with _client() as am:
        emit_one(am.ingests.get_status(uuid=unit))


@app.command("get-processing-config", epilog=examples("fonds am get-processing-config --processing-config automated"))
@shared(*AM)
def get_processing_config(
    processing_config: Annotated[str, typer.Option(help="Name of the processing configuration.")] = "default",
) -> None:
    """Print a processing configuration (its processingMCP.xml)."""
    with _client() as am:
        document = am.processing_configurations.get(name=processing_config)
        emit_text(document.decode("utf-8") if isinstance(document, bytes) else str(document))


@app.command("approve-transfer", epilog=examples("fonds am approve-transfer my-transfer --transfer-type standard"))
@shared(*AM)
def approve_transfer(
    transfer_directory: Annotated[str, typer.Argument(help="Directory of the transfer (see unapproved-transfers).")],
    transfer_type: Annotated[str, typer.Option(help="standard, unzipped bag, zipped bag, dspace...")] = "standard",
) -> None:
    """Approve a transfer that waits for approval."""
    from archivematica_api.models.approve_transfer_form import ApproveTransferForm

    with _client() as am:
        body = ApproveTransferForm(directory=transfer_directory, type=transfer_type)  # type: ignore[arg-type]
        emit_one(am.transfers.approve(body=body))


@app.command("approve-partial-reingest", epilog=examples("fonds am approve-partial-reingest 6f3c..."))
@shared(*AM)
def approve_partial_reingest(sip_uuid: Annotated[str, typer.Argument(help="UUID of the SIP.")]) -> None:
    """Approve a partial reingest."""
    from archivematica_api.models.approve_reingest_form import ApproveReingestForm

    body = ApproveReingestForm(uuid=_uuid(sip_uuid, "SIP_UUID"))
    with _client() as am:
        emit_one(am.ingests.approve_reingest(body=body))


@app.command("get-jobs", epilog=examples("fonds am get-jobs 2b5c3f0e-... --job-microservice 'Scan for viruses'"))
@shared(*AM)
def get_jobs(
    unit_uuid: Annotated[str, typer.Argument(help="UUID of the transfer or SIP.")],
    job_microservice: Annotated[str | None, typer.Option(help="Only jobs of this microservice.")] = None,
    job_link_uuid: Annotated[str | None, typer.Option(help="Only jobs of this workflow link.")] = None,
    job_name: Annotated[str | None, typer.Option(help="Only jobs of this name.")] = None,
) -> None:
    """List the jobs run for a transfer or SIP."""
    from archivematica_api.types import UNSET

    unit = _uuid(unit_uuid, "UNIT_UUID")
    link = _uuid(job_link_uuid, "--job-link-uuid") if job_link_uuid else UNSET
    with _client() as am:
        jobs = am.jobs.list(
            unit_uuid=unit, microservice=job_microservice or UNSET, link_uuid=link, name=job_name or UNSET
        )
        emit_many(jobs, ["uuid", "name", "status", "microservice"])


def _package_path(directory: str, source: str | None) -> str:
    from ..archivematica import ss_location_path

    if source:
        return ss_location_path(source, directory)
    return base64.b64encode(os.fsencode(directory)).decode("ascii")


def _start(
    name: str,
    directory: str,
    source: str | None,
    transfer_type: str,
    processing_config: str,
    wait: bool,
    timeout: float | None,
    poll_interval: float | None,
) -> None:
    with _client() as am:
        op = am.transfers.start(
            name=name,
            path=_package_path(directory, source),
            type=transfer_type,
            processing_config=processing_config,
            poll=_poll(poll_interval),
        )
        if not wait:
            emit_one({"id": op.transfer_uuid})
            return
        if progress_enabled():  # on a terminal only: a failure's one line stays the only line otherwise
            note(f"transfer {op.transfer_uuid} started (fonds am transfer follow {op.transfer_uuid})")
        _follow(op, timeout)


def _follow(op: Any, timeout: float | None) -> None:
    with progress(f"transfer {op.transfer_uuid[:8]}", kind="spinner") as bar:

        def seen(p: Any) -> None:
            bar.update(description=f"{p.phase} {p.status.lower()}: {p.microservice or '...'}")

        op.on_progress = seen
        aip = op.result(timeout=timeout)
    emit_one({"transfer_uuid": op.transfer_uuid, "sip_uuid": op.sip_uuid, "aip_uuid": aip})


WAIT_HELP = "Follow the transfer to its AIP (progress on a terminal); exits 1 if it fails, waits or goes to backlog."


@app.command(
    "create-package",
    epilog=examples(
        "fonds am create-package sample-transfer --transfer-source 6a7d... --processing-config automated --wait"
    ),
)
@shared(*AM)
def create_package(
    transfer_directory: Annotated[str, typer.Argument(help="Path of the transfer inside the transfer source.")],
    transfer_source: Annotated[str | None, typer.Option(help="UUID of the transfer source location.")] = None,
    transfer_name: Annotated[str, typer.Option(help="Name of the transfer.")] = "amclient-transfer",
    transfer_type: Annotated[str, typer.Option(help="standard, zipfile, unzipped bag, zipped bag, dspace...")] = (
        "standard"
    ),
    processing_config: Annotated[str, typer.Option(help="Processing configuration.")] = "default",
    wait: Annotated[bool, typer.Option("--wait", help=WAIT_HELP)] = False,
    timeout: Annotated[float | None, typer.Option(help="With --wait: give up after this many seconds.")] = None,
    poll_interval: Annotated[float | None, typer.Option(help="Longest wait between two polls (s).")] = None,
) -> None:
    """Start (and approve) a transfer through the v2beta package API; prints its UUID."""
    _start(
        transfer_name,
        transfer_directory,
        transfer_source,
        transfer_type,
        processing_config,
        wait,
        timeout,
        poll_interval,
    )


@transfer.command(
    "start",
    epilog=examples(
        "fonds am transfer start photos sample-transfer --source 6a7d... --processing-config automated --wait"
    ),
)
@shared(*AM)
def transfer_start(
    name: Annotated[str, typer.Argument(help="Name of the transfer.")],
    path: Annotated[str, typer.Argument(help="Path of the files inside the transfer source location.")],
    source: Annotated[str | None, typer.Option(help="UUID of the transfer source location.")] = None,
    type_: Annotated[str, typer.Option("--type", help="Transfer type.")] = "standard",
    processing_config: Annotated[str, typer.Option(help="Processing configuration.")] = "default",
    wait: Annotated[bool, typer.Option("--wait", help=WAIT_HELP)] = False,
    timeout: Annotated[float | None, typer.Option(help="With --wait: give up after this many seconds.")] = None,
    poll_interval: Annotated[float | None, typer.Option(help="Longest wait between two polls (s).")] = None,
) -> None:
    """Start a transfer; with --wait follow it through ingest to its AIP and print the AIP's UUID."""
    _start(name, path, source, type_, processing_config, wait, timeout, poll_interval)


@transfer.command("follow", epilog=examples("fonds am transfer follow 2b5c3f0e-... --timeout 3600"))
@shared(*AM)
def transfer_follow(
    transfer_uuid: Annotated[str, typer.Argument(help="UUID of a transfer started earlier.")],
    timeout: Annotated[float | None, typer.Option(help="Give up after this many seconds.")] = None,
    poll_interval: Annotated[float | None, typer.Option(help="Longest wait between two polls (s).")] = None,
) -> None:
    """Follow a transfer started earlier to its AIP (after a crash, or from another shell)."""
    with _client() as am:
        _follow(am.transfers.follow(transfer_uuid, poll=_poll(poll_interval)), timeout)
