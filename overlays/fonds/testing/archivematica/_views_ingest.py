"""``/api/ingest/...``: waiting units, completed ingests, partial reingest approval, metadata files."""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING

from .._core import Request, Response
from ..storage_service._django import server_error_page
from . import _workflow as wf
from ._http import HttpError, error, form_list, form_value, json_response
from ._paths import PathError, display, resolve

if TYPE_CHECKING:
    from ._simulator import ArchivematicaSimulator


def waiting(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/ingest/waiting``: every unit (transfers too) whose latest job awaits a decision."""
    results = []
    for unit in sim.engine.units.values():
        job = unit.current()
        if job is not None and job.waiting:
            directory = job.directory.rstrip("/").rsplit("/", 1)[-1]
            results.append(
                {
                    "sip_directory": directory,
                    "sip_uuid": unit.uuid,
                    "sip_name": directory.replace("-" + unit.uuid, "", 1),
                    "microservice": job.step.job,
                }
            )
    return json_response({"results": results, "message": "Fetched units successfully."})


def completed_ingests(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/ingest/completed``."""
    results = [
        u.uuid
        for u in sim.engine.units.values()
        if u.kind == "SIP" and not u.hidden and u.jobs and u.status_name() == "COMPLETE"
    ]
    return json_response({"results": results, "message": "Fetched completed ingests successfully."})


def reingest_approve(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``POST /api/ingest/reingest/approve`` (form ``uuid``)."""
    sip_uuid = form_value(request, "uuid")
    if sip_uuid is None:
        return error('"uuid" is required.')
    unit = sim.engine.units.get(sip_uuid)
    job = unit.current() if unit is not None else None
    if unit is None or job is None or not job.waiting or job.step != wf.REINGEST_APPROVAL:
        return error("Unable to approve the partial reingest.")
    sim.engine.decide(unit, "Approve AIP reingest")
    return json_response({"message": "Approval successful."})


def copy_metadata_files(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``POST /api/ingest/copy_metadata_files/`` (form ``sip_uuid``, ``source_paths[]`` base64)."""
    sip_uuid = form_value(request, "sip_uuid")
    raw_paths = form_list(request, "source_paths[]")
    if not sip_uuid or not raw_paths:
        return error("sip_uuid and source_paths[] both required.")
    unit = sim.engine.units.get(sip_uuid)
    if unit is None or unit.kind != "SIP":
        raise HttpError(server_error_page())
    try:
        paths = [base64.b64decode(p) for p in raw_paths]
    except (binascii.Error, ValueError):
        raise HttpError(server_error_page()) from None
    for raw in paths:
        try:
            location, relative, _ = resolve(sim.storage, sim.pipeline_uuid, raw)
        except PathError as err:
            if "not associated" in str(err):
                continue  # files from locations of other pipelines are ignored
            return error(str(err), 500)
        unit.metadata_files.append(f"{location.full_path}/{display(relative)}")
    return json_response({"error": False, "message": "Metadata files added successfully."}, 201)
