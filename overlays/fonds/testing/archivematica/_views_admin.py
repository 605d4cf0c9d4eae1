"""Administration endpoints: levels of description, path metadata, processing configurations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core import Request, Response
from ..storage_service._django import not_found_page
from ..storage_service._ids import fixed_uuid
from . import _processing
from ._http import HttpError, empty, form_value, json_response

if TYPE_CHECKING:
    from ._simulator import ArchivematicaSimulator


def levels(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/filesystem/administration/dips/atom/levels/``: ``[{"<id>": "<name>"}, ...]``."""
    return json_response([{level_id: name} for level_id, name in sim.levels_of_description])


def fetch_levels(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/administration/dips/atom/fetch_levels/``: re-import from AtoM (``sim.atom_levels``; None means
    AtoM cannot be reached: 500)."""
    if sim.atom_levels is None:
        return json_response({"success": False, "error": "Unable to fetch levels of description from AtoM!"}, 500)
    sim.levels_of_description = [(fixed_uuid(f"level:{name}"), name) for name in sim.atom_levels]
    return levels(sim, request)


def path_metadata(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET|POST /api/filesystem/metadata/``: the level of description of an arrange path (``sim.arrange``)."""
    path = (request.arg("path", "") if request.method == "GET" else form_value(request, "path")) or ""
    key = path if path in sim.arrange else path + "/"
    if key not in sim.arrange:
        raise HttpError(not_found_page())
    if request.method == "GET":
        return json_response({"level_of_description": sim.arrange[key]})
    wanted = form_value(request, "level_of_description")
    sim.arrange[key] = next((name for level_id, name in sim.levels_of_description if level_id == wanted), "")
    return json_response({"success": True}, 201)


def processing_configuration(sim: ArchivematicaSimulator, request: Request, name: str) -> Response:
    """``GET|DELETE /api/processing-configuration/<name>``: XML (``Accept`` must allow it); missing built-ins
    come back on read."""
    missing = json_response({"success": False, "error": f'No such processing config "{name}".'}, 404)
    if request.method == "DELETE":
        if sim.processing_configs.pop(name, None) is None:
            return missing
        return json_response({"success": True})
    accept = request.headers.get("accept", "").lower()
    if accept != "*/*" and "xml" not in accept:
        return empty(415)
    content = sim.processing_configs.get(name)
    if content is None:
        content = _processing.builtin(name)
        if content is None:
            return missing
        sim.processing_configs[name] = content
    return Response(200, content.encode(), (("content-type", "text/xml"),))


def processing_configurations(sim: ArchivematicaSimulator, request: Request) -> Response:
    """``GET /api/processing-configuration``: the names, sorted."""
    return json_response({"processing_configurations": sorted(sim.processing_configs)})
