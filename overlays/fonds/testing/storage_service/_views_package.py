"""The custom endpoints of packages (``/api/v2/file/<uuid>/...``): downloads, requests, reingest, moves."""

from __future__ import annotations

import json
import mimetypes
import posixpath
import sys
from email.header import Header
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from xml.sax.saxutils import escape

from .._core import Request, Response
from ._model import FileRecord, Package
from ._tastypie import HTML, HttpError, deserialize, format_datetime, plain, respond, text

if TYPE_CHECKING:
    from ._simulator import StorageServiceSimulator

DELETABLE = ("AIP", "AIC", "transfer")
REINGEST_TYPES = ("metadata", "objects", "full")


def _package(sim: StorageServiceSimulator, uuid: str) -> Package:
    package = sim.packages.get(uuid)
    if package is None:
        raise HttpError(text(f"Resource with UUID {uuid} does not exist", 404))
    return package


def _json_fields(request: Request, *required: str) -> dict[str, Any]:
    """A custom endpoint's body: JSON whatever the content type; unparseable means empty, and so a 400 naming
    every required field."""
    try:
        data = json.loads(request.body.decode("utf-8")) if request.body else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict) or any(data.get(field) in (None, "") for field in required):
        raise HttpError(text("All of these fields must be provided: " + ", ".join(required), 400))
    return data


def _request(sim: StorageServiceSimulator, request: Request, uuid: str, kind: str) -> Response:
    noun = "deletion" if kind == "delete" else "recover"
    data = _json_fields(request, "event_reason", "pipeline", "user_id", "user_email")
    package = _package(sim, uuid)
    allowed = DELETABLE if kind == "delete" else ("AIP", "AIC")
    if package.package_type not in allowed:
        action = "Deletes" if kind == "delete" else "Recovery"
        return plain({"message": f"{action} not allowed on this package type."}, 405)
    if (uuid, kind) in sim._requests:
        key = "message" if kind == "delete" else "error_message"
        return plain({key: f"A {noun} request already exists for this AIP."}, 200)
    if str(data["pipeline"]) not in sim.pipelines:  # Pipeline.DoesNotExist: tastypie answers it as a 404
        return respond({"error_message": "Pipeline matching query does not exist."}, 404)
    event_id = sim._ids.integer()
    sim._requests[(uuid, kind)] = event_id
    package.status = "DEL_REQ" if kind == "delete" else "RECOVER_REQ"
    verb = "Delete" if kind == "delete" else "Recover"
    return plain({"message": f"{verb} request created successfully.", "id": event_id}, 202)


def delete_aip(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST .../delete_aip/``: files a deletion request (202); a second one answers 200."""
    return _request(sim, request, uuid, "delete")


def recover_aip(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST .../recover_aip/``: files a recovery request."""
    return _request(sim, request, uuid, "recover")


def disposition(name: str) -> str:
    """The ``Content-Disposition`` Django sends: as it is when Latin-1 can carry it, else the whole value as one
    RFC 2047 encoded word (``=?utf-8?b?...?=``), as ``HttpResponse`` encodes headers that are not Latin-1."""
    value = f'attachment; filename="{name}"'
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=sys.maxsize).encode()
    return value


def _attachment(request: Request, body: bytes, name: str, content_type: str) -> Response:
    headers = (
        ("content-type", content_type),
        ("content-disposition", disposition(name)),
        ("content-length", str(len(body))),
    )
    return Response(200, b"" if request.method == "HEAD" else body, headers)


def _content_type(name: str) -> str:
    if name.endswith(".7z"):
        return "application/x-7z-compressed"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def download(sim: StorageServiceSimulator, request: Request, uuid: str, chunk: str | None = None) -> Response:
    """``GET|HEAD .../download/``: the package's bytes (uncompressed packages tarred on the fly)."""
    package = _package(sim, uuid)
    return _attachment(request, package.archive(), package.download_name, _content_type(package.download_name))


def extract_file(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET|HEAD .../extract_file/?relative_path_to_file=``: one file out of the package."""
    wanted = request.arg("relative_path_to_file")
    if not wanted:
        return text("All of these fields must be provided: relative_path_to_file", 400)
    package = _package(sim, uuid)
    path = unquote(wanted).lstrip("/")
    files = dict(package.files)
    content = files.get(path, files.get(f"{package.name}/{path}"))
    if content is None:
        return text(f"Requested file, {path}, not found in AIP", 404)
    name = posixpath.basename(path)
    return _attachment(request, content, name, _content_type(name))


def pointer_file(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET .../pointer_file/``: the METS pointer of a compressed AIP."""
    package = _package(sim, uuid)
    created = format_datetime(package.stored_date or sim.clock.datetime())
    xml = package.pointer_file(created)
    if xml is None:
        return text(f"Resource with UUID {uuid} does not have a pointer file", 404)
    return Response.text(xml, content_type="application/xml")


def check_fixity(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET .../check_fixity/``: always 200; ``success`` tells (set ``package.fixity_ok = False`` to fail it)."""
    package = _package(sim, uuid)
    changed = [] if package.fixity_ok else [path for path, _ in package.files if "/objects/" in path][:1]
    return plain(
        {
            "success": package.fixity_ok,
            "message": "" if package.fixity_ok else "Bag validation failed: payload files changed",
            "failures": {"files": {"missing": [], "changed": changed, "untracked": []}},
            "timestamp": None,
        }
    )


def compress(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``PUT .../compress/``: a placeholder on the real server too; its body is the bare word ``response``,
    labelled JSON."""
    _package(sim, uuid)
    return Response(200, b"response", (("content-type", "application/json"),))


def _no_content() -> Response:
    """A Django 204: no body and no Content-Type."""
    return Response(204, b"", ())


def post_store_callback(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET .../send_callback/post_store/``: no callbacks are configured, so 204."""
    _package(sim, uuid)
    return _no_content()


def _record(package: Package, record: FileRecord) -> dict[str, Any]:
    return {
        "source_id": record.fileuuid,
        "name": record.relative_path,
        "source_package": record.sipuuid,
        "checksum": record.checksum,
        "accessionid": record.accessionid,
        "origin": record.origin,
    }


def contents(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``GET|PUT|DELETE .../contents/``: the file rows of a package."""
    package = _package(sim, uuid)
    if request.method == "DELETE":
        package.contents.clear()
        return _no_content()
    if request.method == "GET":
        return plain({"success": True, "package": uuid, "files": [_record(package, r) for r in package.contents]})
    try:
        rows = json.loads(request.body.decode("utf-8"))
    except ValueError:
        return plain({"success": False, "error": "No JSON object could be decoded from POST body."}, 400)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return plain({"success": False, "error": "JSON request must contain a list of objects."}, 400)
    if not rows:
        return Response(200, b"", (("content-type", HTML),))
    keys = ("relative_path", "fileuuid", "accessionid", "sipuuid", "origin")
    for row in rows:
        missing = next((key for key in keys if key not in row), None)
        if missing:
            error = f"File object was missing key: {missing}"
            return plain({"success": False, "error": error}, 400, "application_json")
    package.contents.extend(FileRecord(**{key: row[key] for key in keys}) for row in rows)
    message = f"{len(rows)} files created in package {uuid}"
    return plain({"success": True, "message": message}, 201, "application_json")


def metadata(sim: StorageServiceSimulator, request: Request) -> Response:
    """``GET|POST /api/v2/file/metadata/``: file rows matching the query, across packages."""
    keys = ("relative_path", "fileuuid", "accessionid", "sipuuid")
    wanted = {key: request.arg(key) for key in keys if request.arg(key) is not None}
    if not wanted:
        return plain({"success": False, "error": "No supported query properties found!"}, 400)
    found = [
        {
            "accessionid": r.accessionid,
            "file_extension": posixpath.splitext(r.relative_path)[1].lstrip("."),
            "filename": posixpath.basename(r.relative_path),
            "relative_path": r.relative_path,
            "fileuuid": r.fileuuid,
            "origin": r.origin,
            "sipuuid": r.sipuuid,
        }
        for package in sim.packages.values()
        for r in package.contents
        if all(getattr(r, key) == value for key, value in wanted.items())
    ]
    if not found:
        return Response(404, b"", (("content-type", HTML),))
    return plain(found)


def reindex(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST .../reindex/``: re-index a transfer in backlog."""
    package = _package(sim, uuid)
    if package.package_type != "transfer":
        return plain({"error": True, "message": "This package is not a transfer."}, 400)
    if package.location.purpose != "BL":
        return plain({"error": True, "message": "This package is not in transfer backlog."}, 400)
    return plain({"error": False, "message": f"Files indexed: {len(package.contents)}"})


def reingest(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST .../reingest/``: send an AIP back to a pipeline (the attached dashboard simulator, if any)."""
    data = _json_fields(request, "pipeline", "reingest_type")
    package = _package(sim, uuid)
    pipeline = sim.pipelines.get(str(data["pipeline"]))
    if pipeline is None:
        return plain({"error": True, "message": f"Pipeline UUID {data['pipeline']} failed to return a pipeline"}, 400)
    if package.package_type not in ("AIP", "AIC"):
        message = f"Package with type {package.package_type} cannot be re-ingested."
        return plain({"error": True, "message": message, "status_code": 405}, 405)
    reingest_type = str(data["reingest_type"]).lower()
    if reingest_type not in REINGEST_TYPES:
        message = f"Invalid reingest type '{data['reingest_type']}', must be one of {', '.join(REINGEST_TYPES)}"
        return plain({"error": True, "message": message, "status_code": 400}, 400)
    label = f"{pipeline.description} ({pipeline.uuid})"
    if package.misc_attributes.get("reingest_pipeline"):
        message = f"This AIP is already being reingested on {label}"
        return plain({"error": True, "message": message, "status_code": 409}, 409)
    hook = sim._reingest_hooks.get(pipeline.uuid)
    config = str(data.get("processing_config") or "default")
    reingest_uuid = (
        hook(package, reingest_type, config) if hook else (sim._ids.uuid() if reingest_type == "full" else package.uuid)
    )
    package.misc_attributes["reingest_pipeline"] = pipeline.uuid
    message = f"Package {uuid} sent to pipeline {label} for re-ingest"
    return plain({"error": False, "status_code": 202, "message": message, "reingest_uuid": reingest_uuid}, 202)


def move(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``POST .../move/`` with FORM field ``location_uuid``: an async move to another location of that purpose."""
    target_uuid = next((v for k, v in request.form() if k == "location_uuid"), "")
    if not target_uuid:
        return text("All of these fields must be provided: location_uuid", 400)
    package = _package(sim, uuid)
    if package.status != "UPLOADED":
        message = f"The file must be in an UPLOADED state to be moved. Current state: {package.status}"
        return plain({"error": True, "message": message}, 400)
    target = sim.locations.get(target_uuid)
    if target is None:
        return plain({"error": True, "message": f"Location UUID {target_uuid} failed to return a location"}, 400)
    if target is package.location:
        return plain({"error": True, "message": "New location must be different to the current location"}, 400)
    if target.purpose != package.location.purpose:
        message = f"New location must have the same purpose as the current location - {package.location.purpose}"
        return plain({"error": True, "message": message}, 400)
    package.status = "MOVING"

    def action() -> Any:
        package.location, package.status = target, "UPLOADED"
        return "Package moved successfully"

    return sim._accepted(action)


def create_async(sim: StorageServiceSimulator, request: Request) -> Response:
    """``POST /api/v2/file/async/``: store a package as an async task; its result is the package."""
    from ._views_resources import create

    deserialize(request)  # a form body is 415 here too

    def action() -> Any:
        response = create(sim, request, "file")
        body = json.loads(response.body)
        if response.status >= 400:  # the task fails with the server's error
            raise ValueError(str(body.get("error_message") or body.get("error") or body))
        return body

    return sim._accepted(action)


ATOM = "http://www.w3.org/2005/Atom"


def _permission_denied() -> Response:
    """What a 0.23 server answers to every SWORD write made with an API key: its SWORD views check Django
    permissions on a logged-in user and do not take tastypie's API-key authentication."""
    return text("Permission denied", 403)


def _sword_package(sim: StorageServiceSimulator, uuid: str) -> Package:
    package = sim.packages.get(uuid)
    if package is None:
        raise HttpError(text(f"Resource with UUID {uuid} does not exist", 404))
    return package


def _entry(package: Package) -> str:
    return (
        f'<entry xmlns="{ATOM}"><id>{package.uuid}</id><title>{escape(package.name)}</title>'
        f"<updated>{format_datetime(package.stored_date) if package.stored_date else ''}</updated></entry>"
    )


def sword(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``file/<uuid>/sword/``, ``.../sword/media/``, ``.../sword/state/``: the GETs answer (an Atom entry, the
    file names as a Python list, an Atom feed); every other method is 403, as on a 0.23 server."""
    if request.method != "GET":
        return _permission_denied()
    package = _sword_package(sim, uuid)
    if request.path.endswith("/media/"):
        names = sorted({posixpath.basename(path) for path, _ in package.files})
        return Response(200, repr(names).encode(), (("content-type", HTML),))
    if request.path.endswith("/state/"):
        feed = (
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="{ATOM}"><id>{package.uuid}</id>'
            f'<title>Deposit {package.uuid} state</title><category term="{package.status}"/></feed>\n'
        )
        return Response.text(feed, content_type="application/atom+xml;type=feed")
    entry = '<?xml version="1.0" encoding="utf-8"?>\n' + _entry(package) + "\n"
    return Response.text(entry, content_type="application/atom+xml")


def sword_collection(sim: StorageServiceSimulator, request: Request, uuid: str) -> Response:
    """``.../location/<uuid>/sword/collection/``: GET is an Atom feed of the location's deposits; POST is 403."""
    if request.method != "GET":
        return _permission_denied()
    location = sim.locations.get(uuid)
    if location is None:
        return text(f"Resource with UUID {uuid} does not exist", 404)
    deposits = [p for p in sim.packages.values() if p.location is location and p.package_type == "deposit"]
    feed = (
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="{ATOM}"><id>{location.uuid}</id>'
        f"<title>{escape(location.description or location.uuid)}</title>"
        + "".join(_entry(p) for p in deposits)
        + "</feed>\n"
    )
    return Response.text(feed, content_type="application/atom+xml;type=feed")


def sword_service_document(sim: StorageServiceSimulator, request: Request) -> Response:
    """``GET /api/v2/sword/``: a SWORD2 service document, labelled ``application/atomserv+xml`` (sic)."""
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<service xmlns="http://www.w3.org/2007/app" '
        'xmlns:sword="http://purl.org/net/sword/terms/"><sword:version>2.0</sword:version>'
        '<workspace><title xmlns="http://www.w3.org/2005/Atom">Archivematica storage service</title>'
        "</workspace></service>\n"
    )
    return Response.text(xml, content_type="application/atomserv+xml")
