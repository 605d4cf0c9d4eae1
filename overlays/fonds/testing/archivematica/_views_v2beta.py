"""``/api/v2beta/...``: the package endpoint (JSON), CSV validation, jobs and tasks."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._core import Request, Response
from ..storage_service._django import server_error_page
from ._http import HttpError, empty, error, json_response
from ._paths import PathError, contents, resolve
from ._units import Job, Task
from ._validators import VALIDATORS, ValidationError
from ._views_transfer import WATCHED

if TYPE_CHECKING:
    from ._simulator import ArchivematicaSimulator


def package(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``POST /api/v2beta/package``: JSON body whatever the Content-Type; 202 ``{id}`` at once, the transfer
    then runs (a path naming nothing leaves a transfer without jobs, as a failed copy does). ``GET`` is 501."""
    if request.method != "POST":
        return empty(501)
    try:
        payload = json.loads(request.body.decode("utf8"))
        if not isinstance(payload, dict):
            raise HttpError(server_error_page())  # payload.get(...) raises AttributeError on the real server
        path = base64.b64decode(payload.get("path"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return error('Parameter "path" cannot be decoded.', 400)
    name, transfer_type = payload.get("name"), payload.get("type")
    auto_approve = payload.get("auto_approve", True)
    transfer_type = "standard" if transfer_type in (None, "disk image") else transfer_type
    if not name or not path or transfer_type not in WATCHED or not isinstance(auto_approve, bool):
        return error("Package cannot be created", 500)
    config = payload.get("processing_config") or "default"
    config = config if config in sim.processing_configs else "default"
    try:
        _, relative, node = resolve(sim.storage, sim.pipeline_uuid, path)
        files: list[tuple[str, bytes]] | None = contents(relative, node)
    except PathError:
        files = None
    unit = sim._start_unit(
        str(name),
        files,
        str(transfer_type),
        None,
        auto_approve=auto_approve,
        processing_config=config,
        accession=str(payload.get("accession") or ""),
        access_system_id=str(payload.get("access_system_id") or ""),
    )
    return json_response({"id": unit.uuid}, 202)


def _content_type(value: str) -> tuple[str, dict[str, str]]:
    mime, *rest = value.split(";")
    params = {}
    for item in rest:
        key, _, val = item.partition("=")
        params[key.strip().lower()] = val.strip().strip('"')
    return mime.strip().lower(), params


def validate(sim: ArchivematicaSimulator, request: Request, validator: str) -> Response:
    """``POST /api/v2beta/validate/<avalon|rights>`` with a raw ``text/csv; charset=utf-8`` body."""
    check = VALIDATORS.get(validator)
    if check is None:
        return error(f"Unknown validator. Accepted values: {','.join(VALIDATORS)}", 404)
    mime, params = _content_type(request.headers.get("content-type", ""))
    if mime != "text/csv" or params.get("charset") != "utf-8":
        return error('Content type should be "text/csv; charset=utf-8"')
    try:
        check(request.body)
    except ValidationError as err:
        return json_response({"valid": False, "reason": str(err)}, 400)
    except ValueError as err:  # not UTF-8, or not CSV at all: the view's catch-all
        return error(f"Unexpected error in the validation process: {err}")
    return json_response({"valid": True})


TASK_SECONDS = 0.5


def _time(sim: ArchivematicaSimulator, at: float | None) -> str | None:
    if at is None:
        return None
    moment: datetime = sim.clock.datetime(at)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def format_task(sim: ArchivematicaSimulator, task: Task, detailed: bool) -> dict[str, Any]:
    """A task as the API shows it; ``detailed`` adds file and timing fields."""
    out: dict[str, Any] = {"uuid": task.uuid, "exit_code": task.exit_code}
    if detailed:
        # A task's command runs in the first half second of its job (real tasks mostly take under a second).
        ended = None if task.ended is None else min(task.ended, task.created + TASK_SECONDS)
        out.update(
            {
                "file_uuid": task.file_uuid,
                "file_name": task.file_name,
                "time_created": _time(sim, task.created),
                "time_started": _time(sim, task.created),
                "time_ended": _time(sim, ended),
                "duration": duration(sim, task.created, ended),
            }
        )
    return out


def duration(sim: ArchivematicaSimulator, started: float, ended: float | None) -> int | str:
    """The dashboard's task duration: whole seconds between the start and end timestamps, ``"< 1"`` when they
    fall in the same second, ``""`` while the task runs."""
    if ended is None:
        return ""
    seconds = int(sim.clock.datetime(ended).timestamp()) - int(sim.clock.datetime(started).timestamp())
    return seconds if seconds else "< 1"


def _strip(value: str, prefix: str) -> str:
    return (value[len(prefix) :] if value.startswith(prefix) else value).strip()


def jobs(sim: ArchivematicaSimulator, request: Request, unit_uuid: str) -> Response:
    """``GET /api/v2beta/jobs/<unit uuid>`` with optional ``microservice``, ``link_uuid``, ``name`` filters and
    the ``detailed`` flag (present means on, whatever its value)."""
    unit = sim.engine.units.get(unit_uuid)
    if unit is None or not unit.jobs:
        return error(f"No jobs found for unit: {unit_uuid}")
    found: list[Job] = list(unit.jobs)
    microservice, link, name = request.arg("microservice"), request.arg("link_uuid"), request.arg("name")
    if microservice is not None:
        found = [j for j in found if j.step.microservice == _strip(microservice, "Microservice:")]
    if link is not None:
        found = [j for j in found if j.step.link_uuid == link.strip()]
    if name is not None:
        found = [j for j in found if j.step.job == _strip(name, "Job:")]
    detailed = any(key == "detailed" for key, _ in request.query)
    return json_response(
        [
            {
                "uuid": j.uuid,
                "name": j.step.job,
                "status": j.status,
                "microservice": j.step.microservice,
                "link_uuid": j.step.link_uuid,
                "tasks": [format_task(sim, t, detailed) for t in j.tasks],
            }
            for j in found
        ]
    )


def task(sim: ArchivematicaSimulator, request: Request, task_uuid: str) -> Response:
    """``GET /api/v2beta/task/<uuid>``."""
    found = sim.engine.tasks.get(task_uuid)
    if found is None:
        return error(f"Task with UUID {task_uuid} does not exist")
    return json_response(format_task(sim, found, detailed=True))
