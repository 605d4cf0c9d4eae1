"""``/config/enumerations`` (the lists the simulator knows) and ``/schemas`` (the record schemas it serves)."""

from __future__ import annotations

from typing import Any

from .._core import Response
from ._call import Call
from ._enumerations import ENUMERATIONS, enumeration, enumeration_id, value_id
from ._errors import ApiError
from ._generic import spec
from ._kinds import KINDS


def list_enumerations(call: Call) -> Response:
    """``GET /config/enumerations``: every enumeration with its values."""
    call.permit(None)
    return Response.json([enumeration(name) for name in ENUMERATIONS])


def enumeration_by_name(call: Call, enum_name: str) -> Response:
    """``GET /config/enumerations/names/{enum_name}``; 404 JSON for a name the server does not have."""
    call.permit(None)
    if enum_name not in ENUMERATIONS:
        raise ApiError(404, {"error": f"Enumeration not found: {enum_name}"})
    return Response.json(enumeration(enum_name))


def enumeration_by_id(call: Call, enum_id: str) -> Response:
    """``GET /config/enumerations/{enum_id}``."""
    record_id = call.record_id(enum_id, "enum_id")
    call.permit(None)
    for name in ENUMERATIONS:
        if enumeration_id(name) == record_id:
            return Response.json(enumeration(name))
    raise ApiError(404, {"error": "Enumeration not found"})


def enumeration_value(call: Call, enum_val_id: str) -> Response:
    """``GET /config/enumeration_values/{enum_val_id}``."""
    record_id = call.record_id(enum_val_id, "enum_val_id")
    call.permit(None)
    for name, (_, values) in ENUMERATIONS.items():
        for index in range(len(values)):
            if value_id(name, index) == record_id:
                return Response.json(enumeration(name)["enumeration_values"][index])
    raise ApiError(404, {"error": "EnumerationValue not found"})


_KEPT = {"type": "type", "default": "default", "readOnly": "readonly", "maxLength": "maxLength", "enum": "enum"}


def _property(value: dict[str, Any], required: bool) -> dict[str, Any]:
    """One property in JSONModel's terms (``readonly``, ``ifmissing``, ``JSONModel(:x) object`` for records)."""
    shown = {_KEPT[k]: v for k, v in value.items() if k in _KEPT}
    target = value.get("$ref") or (value.get("items") or {}).get("$ref")
    model = (spec()["components"]["schemas"].get(str(target).rsplit("/", 1)[-1]) or {}).get("x-jsonmodel")
    if str(target).endswith("/Ref"):
        link = {"type": "object", "subtype": "ref"}
        shown.update(link if "$ref" in value else {"type": "array", "items": link})
    elif model and "$ref" in value:
        shown["type"] = f"JSONModel(:{model}) object"
    elif model:
        shown["items"] = {"type": f"JSONModel(:{model}) object"}
    if required:
        shown["ifmissing"] = "error"
    return shown


def _schema(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A JSONModel schema as ``/schemas`` shows it: its URI, and each property with its JSONModel type."""
    required = set(schema.get("required") or [])
    props = {
        key: _property(value, key in required)
        for key, value in (schema.get("properties") or {}).items()
        if isinstance(value, dict)
    }
    kind = KINDS.get(name)
    shown: dict[str, Any] = {"$schema": "http://www.archivesspace.org/archivesspace.json", "version": 1}
    shown["type"] = "object"
    if kind is not None:
        shown["uri"] = f"/repositories/:repo_id/{kind.collection}" if kind.repo_scoped else f"/{kind.collection}"
    return {**shown, "properties": props}


def _jsonmodels() -> dict[str, dict[str, Any]]:
    schemas = spec()["components"]["schemas"]
    return {str(s["x-jsonmodel"]): s for s in schemas.values() if s.get("x-jsonmodel")}


def list_schemas(call: Call) -> Response:
    """``GET /schemas``: every JSONModel schema, by name."""
    call.permit(None)
    return Response.json({name: _schema(name, schema) for name, schema in _jsonmodels().items()})


def get_schema(call: Call, schema: str) -> Response:
    """``GET /schemas/{schema}``; 404 JSON for an unknown one."""
    call.permit(None)
    found = _jsonmodels().get(schema)
    if found is None:
        raise ApiError(404, {"error": f"Schema not found: {schema}"})
    return Response.json(_schema(schema, found))
