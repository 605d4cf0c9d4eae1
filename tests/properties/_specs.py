"""The operations of the three bundled specs, as the property tests see them: where each one's generated
function lives, its parameters with their Python names, its body, and what the reference says it sends."""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from types import SimpleNamespace
from typing import Any

import attrs
from openapi_python_client.strings import PythonIdentifier

from generator.lint import deref
from generator.records import parameter_name
from tests.conftest import ROOT, SHARED

PACKAGES = {
    "archivesspace": "archivesspace_api",
    "archivematica": "archivematica_api",
    "storage-service": "storage_service_api",
}
METHODS = ("get", "put", "post", "delete", "patch")


def python_name(wire: str) -> str:
    """The generated function's argument of parameter ``wire``, as the generator names it."""
    return parameter_name(SimpleNamespace(name=wire, python_name=PythonIdentifier(wire, "field_")))


@cache
def document(api: str) -> dict[str, Any]:
    """The bundled spec of ``api`` as the generator wrote it into its package."""
    return dict(json.loads((ROOT / "generated" / PACKAGES[api] / "openapi.json").read_text()))


@attrs.frozen
class Param:
    name: str  # as on the wire
    location: str  # path, query, header
    python: str  # the generated function's argument
    schema: dict[str, Any]
    required: bool
    explode: bool


@attrs.frozen
class Operation:
    api: str
    method: str
    path: str
    operation_id: str
    tag: str
    params: tuple[Param, ...]
    body_type: str | None  # the media type of the body, if any
    body_schema: dict[str, Any] | None
    body_required: bool
    secured: bool

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation_id}"

    def module(self) -> Any:
        package = PACKAGES[self.api]
        tag = str(PythonIdentifier(self.tag, "tag"))
        return importlib.import_module(f"{package}.api.{tag}.{PythonIdentifier(self.operation_id, 'field_')}")


def operations(api: str) -> list[Operation]:
    """Every operation of ``api``'s spec, in document order."""
    doc = document(api)
    out = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            params = []
            for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                p = deref(doc, raw)
                explode = p.get("explode", p.get("style", "form") == "form")
                params.append(
                    Param(
                        p["name"],
                        p["in"],
                        python_name(p["name"]),
                        deref(doc, p.get("schema") or {}),
                        bool(p.get("required")),
                        explode,
                    )
                )
            body = deref(doc, op.get("requestBody") or {})
            content = body.get("content") or {}
            body_type = next(iter(content), None)
            body_schema = deref(doc, content[body_type].get("schema") or {}) if body_type else None
            security = op.get("security", doc.get("security", []))
            secured = bool(security) and {} not in security
            out.append(
                Operation(
                    api,
                    method.upper(),
                    path,
                    op["operationId"],
                    op["tags"][0],
                    tuple(params),
                    body_type,
                    body_schema,
                    bool(body.get("required")),
                    secured,
                )
            )
    return out


def all_operations() -> list[Operation]:
    return [op for api in PACKAGES for op in operations(api)]


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path).rstrip("/") or "/"


@cache
def reference_encodings() -> dict[tuple[str, str, str], str]:
    """``(api, METHOD, path)`` -> ``json``, ``form``, ``multipart``, ``csv``, ``none`` or ``any``, from
    ``../shared/reference`` (empty when it is not there)."""
    out: dict[tuple[str, str, str], str] = {}
    if not (SHARED / "reference").is_dir():
        return out
    for entry in json.loads((SHARED / "reference" / "archivesspace" / "endpoints.json").read_text()):
        body = [p for p in entry["params"] if p.get("body")]
        kind = "any-not-json"
        if body:
            kind = "multipart" if any(p.get("in") == "formData" for p in entry["params"]) else "json"
        out[("archivesspace", entry["method"], norm_path(entry["openapi_path"]))] = kind
    for api in ("archivematica", "storage-service"):
        data = json.loads((SHARED / "reference" / api / "endpoints.json").read_text())
        for entry in data["endpoints"]:
            kind = {"form": "form", "json": "json", "none": "none", "query": "none"}.get(entry["input"]["kind"], "any")
            if entry["input"]["kind"] == "raw" and "csv" in str(entry["input"].get("content_type")):
                kind = "csv"
            for method in entry["method"].split("|"):
                out[(api, method, norm_path(entry["path"]))] = kind
    return out


def reference_encoding(op: Operation) -> str | None:
    return reference_encodings().get((op.api, op.method, norm_path(op.path)))
