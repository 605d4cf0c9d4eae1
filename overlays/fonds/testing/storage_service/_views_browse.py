"""Browsing spaces and locations, default locations, and moving files into a location."""

from __future__ import annotations

import base64
import binascii
import posixpath
from typing import TYPE_CHECKING, Any

from .._core import Request, Response
from . import _resources as res
from . import _tree
from ._model import Location, Space
from ._tastypie import HTML, HttpError, deserialize, respond, text

if TYPE_CHECKING:
    from ._simulator import StorageServiceSimulator


def _inside(root: bytes, path: bytes) -> bytes | None:
    """``path`` (joined to ``root`` unless it starts with it) relative to ``root``, or None if it escapes."""
    if not path.startswith(root):
        path = posixpath.join(root, path)
    normal = posixpath.normpath(path)
    base = root.rstrip(b"/")
    if normal != base and not normal.startswith(base + b"/"):
        return None
    return normal[len(base) :].lstrip(b"/")


def _node(space: Space, absolute: bytes) -> _tree.Dir | bytes | None:
    relative = _inside(space.path.encode(), absolute)
    return None if relative is None else _tree.lookup(space.tree, relative)


def _b64(name: bytes) -> str:
    return base64.b64encode(name).decode("ascii")


def location_browse(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET /api/v2/location/<uuid>/browse/?path=<base64>``: names come back base64, properties keyed by them."""
    location = sim.locations.get(uuid)
    if location is None:
        return text(f"Resource with UUID {uuid} does not exist", 404)
    try:
        path = base64.b64decode(request.arg("path", "") or "")
    except binascii.Error as err:
        return respond({"error_message": f"Invalid base64-encoded string: {err}"}, 500)
    root = location.full_path.encode()
    relative = _inside(root, path)
    if relative is None:
        return text("The path parameter must be relative to the location path", 400)
    node = _node(location.space, posixpath.join(root, relative) if relative else root)
    entries, directories, properties = _tree.listing(node) if isinstance(node, _tree.Dir) else ([], [], {})
    return respond(
        {
            "directories": [_b64(d) for d in directories],
            "entries": [_b64(e) for e in entries],
            "properties": {_b64(name): props for name, props in properties.items()},
        }
    )


def space_browse(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET /api/v2/space/<uuid>/browse/?path=<plain>``: names base64, but properties keyed by plain names."""
    space = sim.spaces.get(uuid)
    if space is None:
        return text(f"Resource with UUID {uuid} does not exist", 404)
    path = (request.arg("path", "") or "").encode("utf-8", "surrogateescape")
    relative = _inside(space.path.encode(), path)
    if relative is None:
        return text("The path parameter must be relative to the space path", 400)
    node = _tree.lookup(space.tree, relative)
    entries, directories, properties = _tree.listing(node) if isinstance(node, _tree.Dir) else ([], [], {})
    return respond(
        {
            "directories": [_b64(d) for d in directories],
            "entries": [_b64(e) for e in entries],
            "properties": {name.decode("utf-8", "replace"): props for name, props in properties.items()},
        }
    )


def default_location(sim: StorageServiceSimulator, request: Request, purpose: str) -> Response:
    """``GET /api/v2/location/default/<PURPOSE>/``: a 302 to the default location of that purpose."""
    location = sim.defaults.get(purpose)
    if location is None:
        return text("Default location not defined for this purpose.", 404)
    return Response(302, b"", (("content-type", HTML), ("location", res.uri("location", location.uuid))))


def _move_plan(sim: StorageServiceSimulator, request: Request) -> tuple[Location, list[tuple[str, str]]]:
    data = deserialize(request)
    fields = ("origin_location", "pipeline", "files")
    if not isinstance(data, dict) or any(not data.get(f) for f in fields):
        raise HttpError(Response(400, b"", (("content-type", HTML),)))
    origin_uri = str(data["origin_location"])
    parts = origin_uri.split("/")
    origin = sim.locations.get(parts[4]) if len(parts) > 4 else None
    if origin is None:
        raise HttpError(text(f"The URL provided '{origin_uri}' was not a link to a valid Location.", 404))
    moves = [(str(f.get("source", "")), str(f.get("destination", ""))) for f in data["files"] if isinstance(f, dict)]
    return origin, moves


def _copy(origin: Location, destination: Location, moves: list[tuple[str, str]]) -> None:
    for source, target in moves:
        node = _tree.lookup(origin.tree(), source.encode("utf-8", "surrogateescape"))
        if node is None:
            raise ValueError(f"{posixpath.join(origin.full_path, source)} does not exist")
        _tree.put(destination.tree(), target.encode("utf-8", "surrogateescape"), _tree.copy(node))


def move_into_location(sim: StorageServiceSimulator, request: Request, location: Location) -> Response:
    """``POST /api/v2/location/<uuid>/``: copy files from another location into this one, synchronously."""
    origin, moves = _move_plan(sim, request)
    try:
        _copy(origin, location, moves)
    except ValueError as err:
        return respond({"error_message": str(err)}, 500)
    return respond({"error": None, "message": "Files moved successfully"})


def move_into_location_async(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST /api/v2/location/<uuid>/async/``: the same as an async task (202 with ``Location``)."""
    location = sim.locations.get(uuid)
    if location is None:
        return text(f"Resource with UUID {uuid} does not exist", 404)
    origin, moves = _move_plan(sim, request)

    def action() -> Any:
        _copy(origin, location, moves)
        return "Files moved successfully"

    return sim._accepted(action)
