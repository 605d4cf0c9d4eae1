"""The plain tastypie endpoints: top level, ``schema/``, list, detail, ``set/``, and creating records."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._core import Request, Response
from . import _resources as res
from ._tastypie import HttpError, apply_filters, bad_request, deserialize, not_found, paginate, respond

if TYPE_CHECKING:
    from ._simulator import StorageServiceSimulator


def top_level(sim: StorageServiceSimulator, request: Request) -> Response:
    """``GET /api/v2/``: every resource's list endpoint and schema."""
    return respond({name: {"list_endpoint": res.uri(name), "schema": res.uri(name, "schema")} for name in res.NAMES})


def schema(sim: StorageServiceSimulator, request: Request, resource: str) -> Response:
    """``GET /api/v2/<resource>/schema/``."""
    return respond(res.schema_document(resource))


def objects(sim: StorageServiceSimulator, resource: str) -> list[Any]:
    """What a list endpoint lists (only enabled pipelines and locations, as the real querysets)."""
    if resource == "pipeline":
        return [p for p in sim.pipelines.values() if p.enabled]
    if resource == "location":
        return [loc for loc in sim.locations.values() if loc.enabled]
    if resource == "space":
        return list(sim.spaces.values())
    if resource == "file":
        return list(sim.packages.values())
    return list(sim.tasks.values())


def dehydrate(sim: StorageServiceSimulator, resource: str, obj: Any) -> dict[str, Any]:
    """One record as JSON."""
    if resource == "async":
        return res.async_task(obj, sim.clock.datetime)
    dehydrators: dict[str, Callable[[Any], dict[str, Any]]] = {
        "pipeline": res.pipeline,
        "space": res.space,
        "location": res.location,
        "file": res.package,
    }
    return dehydrators[resource](obj)


def find(sim: StorageServiceSimulator, resource: str, key: str) -> Any | None:
    """The record ``key`` names in the list queryset, or None."""
    if resource == "async":
        return sim.tasks.get(int(key)) if key.isdigit() else None
    return next((obj for obj in objects(sim, resource) if obj.uuid == key), None)


def list_view(sim: StorageServiceSimulator, request: Request, resource: str) -> Response:
    """``GET`` a list (filtered, paged) or ``POST`` a new record."""
    if request.method == "POST":
        return create(sim, request, resource)
    found = apply_filters(request, res.SCHEMA, resource, objects(sim, resource))
    meta, page = paginate(request, found, res.uri(resource))
    return respond({"meta": meta, "objects": [dehydrate(sim, resource, obj) for obj in page]})


def detail_view(sim: StorageServiceSimulator, request: Request, resource: str, key: str) -> Response:
    """``GET`` one record; ``PUT``/``PATCH`` a package; ``POST`` to a location moves files into it."""
    obj = find(sim, resource, key)
    if obj is None:
        return not_found()
    if resource == "location" and request.method == "POST":
        from ._views_browse import move_into_location

        return move_into_location(sim, request, obj)
    if resource == "file" and request.method in ("PUT", "PATCH"):
        return update_package(sim, request, obj)
    return respond(dehydrate(sim, resource, obj))


def multiple(sim: StorageServiceSimulator, request: Request, resource: str, keys: str) -> Response:
    """``GET /api/v2/<resource>/set/<a>;<b>/``."""
    found, missing = [], []
    for key in keys.split(";"):
        obj = find(sim, resource, key)
        if obj is None:
            missing.append(key)
        else:
            found.append(dehydrate(sim, resource, obj))
    body: dict[str, Any] = {"objects": found}
    if missing:
        body["not_found"] = missing
    return respond(body)


def _related(sim: StorageServiceSimulator, kind: str, value: Any, field: str) -> Any:
    if value in (None, ""):
        raise bad_request(f"The '{field}' field has no data and doesn't allow a null value.")
    text = str(value)
    if kind == "location" and text.startswith(res.uri("location", "default")):
        purpose = text.rstrip("/").rsplit("/", 1)[-1]
        if purpose in sim.defaults:
            return sim.defaults[purpose]
    tables: dict[str, dict[str, Any]] = {"location": sim.locations, "pipeline": sim.pipelines, "space": sim.spaces}
    table = tables[kind]
    prefix = res.uri(kind)
    key = text[len(prefix) :].strip("/") if text.startswith(prefix) else None
    if key is None or key not in table:
        raise bad_request(f"Could not find the provided {kind} object via resource URI '{text}'.")
    return table[key]


def _created(sim: StorageServiceSimulator, resource: str, obj: Any, data: dict[str, Any]) -> Response:
    """Tastypie's ``always_return_data`` answer: the request's keys echoed, then the dehydrated fields over them
    (so a pipeline's ``api_key`` or a package's ``events`` come back as sent)."""
    body: dict[str, Any] = {**data, **dehydrate(sim, resource, obj)}
    return respond(body, 201, (("location", body["resource_uri"]),))


def create(sim: StorageServiceSimulator, request: Request, resource: str) -> Response:
    """``POST`` to a list endpoint (JSON only; a form body is 415)."""
    data = deserialize(request)
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.")
    if resource == "pipeline":
        pipeline = sim.add_pipeline(
            uuid=data.get("uuid"),
            description=data.get("description"),
            remote_name=data.get("remote_name") or "127.0.0.1",
            api_username=data.get("api_username"),
            api_key=data.get("api_key"),
        )
        if data.get("create_default_locations"):
            for location in sim.defaults.values():
                location.pipelines.append(pipeline)
        return _created(sim, "pipeline", pipeline, data)
    if resource == "space":
        if not data.get("access_protocol"):
            raise bad_request("The 'access_protocol' field has no data and doesn't allow a null value.")
        space = sim.add_space(
            access_protocol=str(data["access_protocol"]),
            path=str(data.get("path", "")),
            staging_path=str(data.get("staging_path", "")),
            size=data.get("size"),
        )
        common = {"uuid", "access_protocol", "path", "staging_path", "size", "used", "verified", "last_verified"}
        space.protocol_fields = {key: value for key, value in data.items() if key not in common}
        return _created(sim, "space", space, data)
    if resource == "location":
        space = _related(sim, "space", data.get("space"), "space")
        pipelines = [_related(sim, "pipeline", uri, "pipeline") for uri in data.get("pipeline") or []]
        location = sim.add_location(
            str(data.get("purpose", "")),
            str(data.get("relative_path", "")),
            data.get("description"),
            default=bool(data.get("default")),
            pipelines=pipelines,
            space=space,
            quota=data.get("quota"),
        )
        location.enabled = bool(data.get("enabled", True))
        return _created(sim, "location", location, {"default": False, **data})
    if resource == "file":
        return _create_package(sim, data)
    raise HttpError(Response.empty(501))


def _create_package(sim: StorageServiceSimulator, data: dict[str, Any]) -> Response:
    location = _related(sim, "location", data.get("current_location"), "current_location")
    origin = _related(sim, "location", data.get("origin_location"), "origin_location")
    pipeline = (
        _related(sim, "pipeline", data["origin_pipeline"], "origin_pipeline") if data.get("origin_pipeline") else None
    )
    current_path = str(data.get("current_path", ""))
    package = sim.add_package(
        posixpath.basename(current_path.rstrip("/")).split(".")[0] or "package",
        package_type=str(data.get("package_type", "AIP")),
        uuid=data.get("uuid"),
        location=location,
        current_path=current_path,
        pipeline=pipeline,
    )
    package.origin_location, package.origin_path = origin, str(data.get("origin_path", ""))
    if isinstance(data.get("misc_attributes"), dict):
        package.misc_attributes.update(data["misc_attributes"])
    if data.get("related_package_uuid"):
        package.related_packages.append(str(data["related_package_uuid"]))
    events = data.get("events")
    if (
        package.package_type in ("AIP", "AIC")
        and isinstance(events, list)
        and not all(isinstance(event, list) for event in events)
    ):
        # the server reads PREMIS events as nested arrays; objects break the pointer file after storing
        package.has_pointer_file = False
        return respond({"error_message": "Failed to extract compression details"}, 500)
    return _created(sim, "file", package, data)


def update_package(sim: StorageServiceSimulator, request: Request, package: Any) -> Response:
    """``PUT`` (update, finishing a reingest) or ``PATCH`` (``reingest`` only) of a package."""
    data = deserialize(request)
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.")
    if request.method == "PATCH":
        if set(data) - {"reingest"}:
            raise bad_request("PATCH only allowed on reingest")
        package.misc_attributes["reingest_pipeline"] = None  # kept, as null
        return respond({**data, **res.package(package)}, 202)
    if "uuid" not in data:  # the reingest hook reads bundle.data["uuid"]
        return respond({"error_message": "'uuid'"}, 500)
    if "current_location" in data:
        package.location = _related(sim, "location", data["current_location"], "current_location")
    for field in ("current_path", "status", "origin_path"):
        if field in data:
            setattr(package, field, str(data[field]))
    if isinstance(data.get("misc_attributes"), dict):
        package.misc_attributes = dict(data["misc_attributes"])
    if "reingest" in data:
        package.misc_attributes["reingest_pipeline"] = None
    # a to-many relation is replaced by a PUT: left out, it is emptied
    package.related_packages = [_uuid_of(uri) for uri in data.get("related_packages") or []]
    return respond({**data, **res.package(package)})


def _uuid_of(uri: Any) -> str:
    return str(uri).rstrip("/").rsplit("/", 1)[-1]
