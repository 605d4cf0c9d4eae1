"""``/api/transfer/...`` and the unit endpoints shared with ingest (status, hiding, reingest)."""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING

from .._core import Request, Response
from ..storage_service._django import server_error_page
from . import _workflow as wf
from ._http import HttpError, error, form_list, form_value, json_response
from ._paths import PathError, contents, resolve
from ._units import FINISHED, SHARED

if TYPE_CHECKING:
    from ._simulator import ArchivematicaSimulator

WATCHED = {
    "standard": "standardTransfer",
    "zipfile": "zippedDirectory",
    "unzipped bag": "baggitDirectory",
    "zipped bag": "baggitZippedDirectory",
    "dspace": "Dspace",
    "maildir": "maildir",
    "TRIM": "TRIM",
    "dataverse": "dataverseTransfer",
}
_UUID_TAIL = re.compile(r"-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.IGNORECASE)


def status(sim: ArchivematicaSimulator, request: Request, unit_uuid: str, unit_type: str) -> Response:
    """``GET /api/{transfer,ingest}/status/<uuid>``."""
    kind, label = ("transfer", "transfer") if unit_type == "unitTransfer" else ("SIP", "SIP")
    unit = sim.engine.units.get(unit_uuid)
    if unit is None or unit.kind != kind:
        body = {"type": label, "message": f"Cannot fetch {unit_type} with UUID {unit_uuid}", "error": True}
        return json_response(body, 400)
    response: dict[str, str] = {
        "type": label,
        "path": unit.path,
        "directory": unit.directory,
        "name": unit.directory.replace("-" + unit_uuid, "", 1),
        "uuid": unit_uuid,
    }
    if not unit.jobs:
        return error(f"Unable to determine the status of the unit {unit_uuid}", 400)
    response.update(unit.status())
    response["message"] = f"Fetched status for {unit_uuid} successfully."
    return json_response(response)


def _completed(sim: ArchivematicaSimulator, kind: str) -> list[str]:
    return [
        u.uuid
        for u in sim.engine.units.values()
        if u.kind == kind and not u.hidden and u.jobs and u.status_name() == "COMPLETE"
    ]


def completed_transfers(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/transfer/completed``."""
    return json_response(
        {"results": _completed(sim, "transfer"), "message": "Fetched completed transfers successfully."}
    )


def unapproved(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/transfer/unapproved``: transfers waiting at their approval job."""
    results = [
        {"type": u.transfer_type, "directory": u.directory, "uuid": u.uuid}
        for u in sim.engine.units.values()
        if u.state == "waiting" and u.jobs and u.jobs[-1].step.job in wf.APPROVE_JOBS.values()
    ]
    return json_response({"results": results, "message": "Fetched unapproved transfers successfully."})


def approve(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``POST /api/transfer/approve`` (form ``directory``, ``type``); errors are 500 for old clients' sake."""
    directory = form_value(request, "directory")
    if not directory:
        return error("Please specify a transfer directory.", 500)
    transfer_type = form_value(request, "type")
    transfer_type = "standard" if transfer_type is None else transfer_type
    if not transfer_type:
        return error("Please specify a transfer type.", 500)
    if transfer_type not in WATCHED:
        return error("Invalid transfer type.", 500)
    for unit in sim.engine.units.values():
        job = unit.current()
        if (
            unit.state == "waiting"
            and job is not None
            and job.step.job in wf.APPROVE_JOBS.values()
            and unit.transfer_type == transfer_type
            and unit.directory == directory.rstrip("/")
        ):
            sim.engine.decide(unit, "Approve transfer")
            return json_response({"message": "Approval successful.", "uuid": unit.uuid})
    return error("Unable to start the transfer.", 500)


def start_transfer(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``POST /api/transfer/start_transfer/`` (form ``name``, ``type``, ``paths[]`` base64, ``row_ids[]``): one
    unapproved transfer per path (``name``, ``name_2``...), waiting for ``transfer/approve``."""
    name = form_value(request, "name") or ""
    transfer_type = form_value(request, "type") or ""
    try:
        paths = [base64.b64decode(p) for p in form_list(request, "paths[]")]
    except (binascii.Error, ValueError):
        raise HttpError(server_error_page()) from None
    row_ids = form_list(request, "row_ids[]") or [""]
    if not name:
        return error("No transfer name provided.", 500)
    if not paths:
        return error("No path provided.", 500)
    destination = ""
    for index, raw in enumerate(paths):
        target = name if index == 0 else f"{name}_{index + 1}"
        if index >= len(row_ids):
            return error("list index out of range", 500)
        try:
            _, relative, node = resolve(sim.storage, sim.pipeline_uuid, raw)
        except PathError as err:
            return error(f"Error starting transfer: {err}", 500)
        kind = transfer_type if transfer_type in WATCHED else "standard"
        destination = f"{SHARED}watchedDirectories/activeTransfers/{WATCHED[kind]}/{target}"
        sim._start_unit(
            target,
            contents(relative, node),
            kind,
            destination + "/",
            auto_approve=False,
            accession=form_value(request, "accession") or "",
            access_system_id=form_value(request, "access_system_id") or "",
        )
    return json_response({"message": "Copy successful.", "path": destination})


def reingest(sim: ArchivematicaSimulator, request: Request, target: str) -> Response:
    """``POST /api/{transfer,ingest}/reingest`` (form ``name``, ``uuid``): start a reingest staged by the Storage
    Service (``name`` is the AIP directory it copied to the shared ``tmp/``)."""
    name, sip_uuid = form_value(request, "name"), form_value(request, "uuid")
    if not name or not sip_uuid:
        return json_response({"error": True, "message": '"name" and "uuid" are required.'}, 400)
    staged = sim._staged.pop(name, None)
    if staged is None:
        return json_response({"error": True, "message": "No such file or directory"}, 500)
    base = _UUID_TAIL.sub("", name.rstrip("/").rsplit("/", 1)[-1])
    reingest_uuid = sim._begin_reingest(base, sip_uuid, staged, full=target == "transfer")
    return json_response({"message": "Approval successful.", "reingest_uuid": reingest_uuid})


def mark_hidden(sim: ArchivematicaSimulator, request: Request, unit_type: str, unit_uuid: str) -> Response:
    """``DELETE /api/{transfer,ingest}/<uuid>/delete/``: 409 ``{removed: false}`` unless the unit is finished."""
    kind = "transfer" if unit_type == "transfer" else "SIP"
    unit = sim.engine.units.get(unit_uuid)
    if unit is None or unit.kind != kind or unit.hidden or not unit.jobs or unit.status_name() not in FINISHED:
        return json_response({"removed": False}, 409)
    unit.hidden = True
    return json_response({"removed": True})


def mark_completed_hidden(sim: ArchivematicaSimulator, request: Request, unit_type: str) -> Response:
    """``DELETE /api/{transfer,ingest}/delete/``: hide every completed or failed unit of that type."""
    kind = "transfer" if unit_type == "transfer" else "SIP"
    removed = []
    for unit in sim.engine.units.values():
        if unit.kind == kind and not unit.hidden and unit.jobs and unit.status_name() in ("COMPLETE", "FAILED"):
            unit.hidden = True
            removed.append(unit.uuid)
    return json_response({"removed": removed})
