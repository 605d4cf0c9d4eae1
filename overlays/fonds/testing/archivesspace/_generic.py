"""The long tail: every operation of the spec without a hand-written handler, answered from the spec itself.

Such an operation checks what every endpoint checks (``repo_id`` names a repository, ``id`` is an integer and
names an existing record when the path is a record's, the permission), then answers its documented 200 in the
real shape: the standard write answers (``Created``, ``Updated``, ``Deleted``...), an empty page or list, a record
built from the schema's example and what the server always sends, an export in its XML format. It keeps no
state. An operation whose answer the spec does not describe gets a JSON 501 naming it (never an HTML 404).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from .._core import Response
from .._strict import _document
from ._call import Call
from ._complete import complete
from ._errors import not_found, not_simulated
from ._kinds import BY_COLLECTION, KINDS, Kind

Handler = Callable[..., Response]
Doc = dict[str, Any]

_ALIASES = {
    "resource_descriptions": "resource",
    "resource_labels": "resource",
    "people": "agent_person",
    "corporate_entities": "agent_corporate_entity",
    "families": "agent_family",
    "software": "agent_software",
}
_FORMATS = ("marc21", "mets", "mods", "dublin_core")
_WRITES = {
    "CreatedResponse": "Created",
    "UpdatedResponse": "Updated",
    "DeletedResponse": "Deleted",
    "SuppressedResponse": "Suppressed",
}


def spec() -> Doc:
    """The bundled ArchivesSpace OpenAPI document."""
    return _document("archivesspace_api")


def deref(doc: Doc, node: Any) -> Any:
    """``node`` with local ``$ref`` s followed."""
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = doc
        for token in node["$ref"][2:].split("/"):
            target = target[token]
        node = target
    return node  # pragma: no cover - a ref cycle


def record_kind(template: str) -> Kind | None:
    """The record type whose ``{id}`` a path template names (``/repositories/{repo_id}/resources/{id}/tree``)."""
    tokens = template.strip("/").split("/")
    for index, token in enumerate(tokens):
        if not token.startswith("{id}"):
            continue
        before = [t for t in tokens[:index] if t not in _FORMATS]
        for size in (2, 1):
            name = "/".join(before[-size:])
            if name in BY_COLLECTION:
                return BY_COLLECTION[name]
            if size == 1 and name in _ALIASES:
                return KINDS[_ALIASES[name]]
        return None
    return None


def _sample(doc: Doc, node: Any, depth: int = 0) -> Any:
    schema = deref(doc, node) or {}
    name = node.get("$ref", "").rsplit("/", 1)[-1] if isinstance(node, dict) else ""
    if {"first_page", "last_page", "this_page"} <= set(schema.get("required") or []):  # an empty page
        page = {key: _sample(doc, prop, depth + 1) for key, prop in (schema.get("properties") or {}).items()}
        required = set(schema.get("required") or [])
        return {k: 1 if k.endswith("_page") else v for k, v in page.items() if k in required}
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        return _sample(doc, branches[0], depth)
    if schema.get("x-jsonmodel") and schema.get("examples") and depth < 3:
        record = copy.deepcopy(schema["examples"][0])
        return complete(record, name) if isinstance(record, dict) and name else record
    kind = schema.get("type")
    if "const" in schema:
        return schema["const"]
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        props = schema.get("properties") or {}
        wanted = list(dict.fromkeys([*(schema.get("required") or []), *(schema.get("x-fonds-always-sent") or [])]))
        return {key: _sample(doc, props.get(key) or {}, depth + 1) for key in wanted}
    if isinstance(kind, list):
        kind = kind[0]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("examples") and not isinstance(schema["examples"][0], dict | list):
        return schema["examples"][0]
    if kind == "string":
        return {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01"}.get(
            str(schema.get("format")), "x" * int(schema.get("minLength") or 0)
        )
    return {"integer": 0, "number": 0, "boolean": False, "null": None}.get(str(kind), "")


def _xml(template: str, record: dict[str, Any]) -> str:
    title = escape(str(record.get("title") or record.get("display_string") or ""))
    uri = escape(str(record.get("uri", "")))
    if "resource_descriptions" in template:
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<ead xmlns="urn:isbn:1-931666-22-9" '
            'xmlns:xlink="http://www.w3.org/1999/xlink"><eadheader><eadid>'
            f"{escape(str(record.get('ead_id') or ''))}</eadid><filedesc><titlestmt><titleproper>{title}"
            "</titleproper></titlestmt></filedesc></eadheader><archdesc level="
            f'"{escape(str(record.get("level") or "collection"))}"><did><unittitle>{title}</unittitle></did>'
            "</archdesc></ead>\n"
        )
    if "marc21" in template:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">'
            f'<record><datafield tag="245" ind1="1" ind2="0"><subfield code="a">{title}</subfield></datafield>'
            "</record></collection>\n"
        )
    if "/mets/" in template:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<mets xmlns="http://www.loc.gov/METS/" '
            f'OBJID="{uri}"><dmdSec ID="dmd1"/><structMap/></mets>\n'
        )
    if "/mods/" in template:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<mods xmlns="http://www.loc.gov/mods/v3">'
            f"<titleInfo><title>{title}</title></titleInfo></mods>\n"
        )
    if template.startswith("/oai"):
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
            '<responseDate>2024-01-01T00:00:00Z</responseDate><error code="badVerb">Illegal OAI verb</error>'
            "</OAI-PMH>\n"
        )
    if "dublin_core" in template:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<dc xmlns="http://purl.org/dc/elements/1.1/">'
            f"<title>{title}</title><identifier>{uri}</identifier></dc>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<eac-cpf xmlns="urn:isbn:1-931666-33-4"><cpfDescription>'
        f"<identity><nameEntry><part>{title}</part></nameEntry></identity></cpfDescription></eac-cpf>\n"
    )


def _listing_mode(call: Call) -> str | None:
    """A paginated listing takes ``page``, ``id_set`` or ``all_ids`` (in that order); none is a 400 naming all."""
    for name in ("page", "id_set", "all_ids"):
        if call.params.has(name):
            if name == "page":
                call.params.integer("page", non_negative=True)
            return name
    for name in ("page", "id_set", "all_ids"):
        call.params.missing(name)
    return None


def _permission(method: str, template: str) -> str | None:
    if method == "GET":
        return "view_repository" if "{repo_id}" in template else None
    return "manage_repository" if "{repo_id}" in template else "administer_system"


def _success(op: Doc) -> tuple[str, Doc] | None:
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            return str(status), response
    return None


def handler(method: str, template: str, op: Doc) -> Handler:
    """The spec-driven handler of one operation (``template`` is its OpenAPI path).

    Example::

        handler("GET", "/repositories/{repo_id}/resources/{id}/ordered_records", operation)
    """
    doc = spec()
    operation_id = str(op.get("operationId"))
    kind = record_kind(template)
    found = _success(op)

    wants_json = "application/json" in ((op.get("requestBody") or {}).get("content") or {})
    refs = {str(p.get("$ref", "")).rsplit("/", 1)[-1] for p in op.get("parameters") or []}
    paginated = {"Page", "IdSet", "AllIds"} <= refs

    def answer(call: Call, **values: str) -> Response:
        if wants_json:
            call.body()  # a body that is not JSON is a 400 before anything else
        repo = call.repo_id(values["repo_id"]) if "repo_id" in values else None
        record_id = call.record_id(values["id"]) if "id" in values else None
        mode = _listing_mode(call) if paginated else None
        call.permit(_permission(method, template))
        if mode in ("id_set", "all_ids"):
            return Response.json([])  # a bare list of records or of ids: none are kept here
        record: dict[str, Any] = {}
        if kind is not None and record_id is not None:
            record = call.store.get(kind.name, record_id, repo if kind.repo_scoped else None) or {}
            if not record:
                raise not_found(kind.model)
        if found is None:
            raise not_simulated(operation_id)
        status, response = found
        content = deref(doc, response).get("content") or {}
        if not content:
            return Response.empty(int(status))
        media, body = next(iter(content.items()))
        if "json" in media:
            name = deref(doc, body.get("schema") or {})
            ref = (body.get("schema") or {}).get("$ref", "").rsplit("/", 1)[-1]
            if ref in _WRITES:
                return Response.json(_write(ref, call, record_id, record))
            if ref == "StatusResponse" or (name.get("properties") or {}).keys() == {"status"}:
                return Response.json({"status": "OK"})
            return Response.json(_sample(doc, body.get("schema") or {}), status=int(status))
        if media.endswith("/xml"):
            return Response.text(_xml(template, record), content_type=f"{media}; charset=utf-8")
        if media.startswith("text/"):
            return Response.text("", content_type=f"{media}; charset=utf-8")
        return Response.text(b"", content_type=media)

    return answer


def _write(ref: str, call: Call, record_id: int | None, record: dict[str, Any]) -> dict[str, Any]:
    status = _WRITES[ref]
    if status == "Deleted":
        return {"status": status, "id": record_id or 0}
    if status == "Suppressed":
        return {"status": status, "id": record_id or 0, "suppressed_state": True}
    if status == "Created" and record_id is None:  # a create of the long tail: the first record of its kind
        uri = f"{call.request.path}/1"
        return {"status": status, "id": 1, "lock_version": 0, "stale": True, "uri": uri, "warnings": []}
    return {
        "status": status,
        "id": record_id or 0,
        "lock_version": int(record.get("lock_version", 0)),
        "stale": True,
        "uri": str(record.get("uri") or call.request.path),
        "warnings": [],
    }


def template_key(method: str, template: str) -> tuple[str, str]:
    """``(method, template)`` with parameter names dropped, to tell whether two routes are the same."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", template)


def operations() -> list[tuple[str, str, Doc]]:
    """Every ``(METHOD, template, operation)`` of the spec, in document order."""
    found = []
    for template, item in spec()["paths"].items():
        for method in ("get", "post", "delete"):
            if method in item:
                found.append((method.upper(), template, item[method]))
    return found


def route(template: str) -> str:
    """The router's pattern for a spec template (``/reports/static/*`` takes the rest of the path)."""
    return template.replace("*", "{splat:path}")
