"""The JSONModel validation a record gets before it is saved (the checks clients trip over, not all of them)."""

from __future__ import annotations

from typing import Any

from ._enumerations import EXCEPT, NESTED, TOP_LEVEL, invalid_value
from ._errors import ApiError, invalid_record
from ._kinds import Kind

REQUIRED = "Property is required but was missing"
AT_LEAST_ONE = "At least 1 item(s) is required"

_SUBRECORD_REQUIRED: dict[str, tuple[str, ...]] = {
    "dates": ("date_type", "label"),
    "extents": ("portion", "number", "extent_type"),
    "instances": ("instance_type",),
    "file_versions": ("file_uri",),
}

_NAME_REQUIRED = {
    "agent_person": ("primary_name", "name_order"),
    "agent_corporate_entity": ("primary_name",),
    "agent_family": ("family_name",),
    "agent_software": ("software_name",),
}

_LINKS = ("resource", "parent", "digital_object")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _enumerations(kind: Kind, body: dict[str, Any], errors: dict[str, list[str]]) -> None:
    """Values of the lists the server checks (``level``, ``dates/0/date_type``...)."""
    for (kind_name, field), name in TOP_LEVEL.items():
        if kind_name == kind.name and field in body and field not in errors:
            message = invalid_value(name, f"#/{field}", body[field])
            if message:
                errors[field] = [message]
    for (field, prop), name in NESTED.items():
        if kind.name in EXCEPT.get((field, prop), frozenset()):
            continue
        subrecords = body.get(field)
        for index, sub in enumerate(subrecords if isinstance(subrecords, list) else []):
            if isinstance(sub, dict) and prop in sub and f"{field}/{index}/{prop}" not in errors:
                message = invalid_value(name, f"#/{field}/{index}/{prop}", sub[prop])
                if message:
                    errors[f"{field}/{index}/{prop}"] = [message]


def validate(kind: Kind, body: Any) -> dict[str, Any]:
    """``body`` as a record of ``kind``, or the 400 (``{"error": {field: [messages]}, "warning": {}}``).

    Example::

        validate(KINDS["accession"], {"jsonmodel_type": "accession", "id_0": "2024"})
    """
    if not isinstance(body, dict):
        raise ApiError(400, {"error": f"Expected a JSON object holding a {kind.name} record"})
    errors: dict[str, list[str]] = {}
    declared = body.get("jsonmodel_type")
    if declared is not None and declared != kind.name:
        errors["jsonmodel_type"] = [f"Expected '{kind.name}' but got '{declared}'"]
    for field in kind.required:
        if _blank(body.get(field)):
            errors[field] = [REQUIRED]
    for field in kind.required_lists:
        if field not in body or body[field] is None:
            errors[field] = [REQUIRED]
        elif not isinstance(body[field], list) or not body[field]:
            errors[field] = [AT_LEAST_ONE]
    _enumerations(kind, body, errors)
    if kind.name == "archival_object" and _blank(body.get("title")) and not body.get("dates"):
        errors["dates"] = ["one or more required (or enter a Title)"]
        errors["title"] = ["must not be an empty string (or enter a Date)"]
    for field in _LINKS:
        value = body.get(field)
        if value is not None and not (isinstance(value, dict) and isinstance(value.get("ref"), str)):
            errors[field] = ["Expected an object with a 'ref' URI"]
    for field, needed in _SUBRECORD_REQUIRED.items():
        for index, sub in enumerate(body.get(field) or []):
            for name in needed:
                if not isinstance(sub, dict) or _blank(sub.get(name)):
                    errors[f"{field}/{index}/{name}"] = [REQUIRED]
    for index, name in enumerate(body.get("names") or [] if kind.name in _NAME_REQUIRED else []):
        for needed_name in _NAME_REQUIRED[kind.name]:
            if not isinstance(name, dict) or _blank(name.get(needed_name)):
                errors[f"names/{index}/{needed_name}"] = [REQUIRED]
    if errors:
        raise invalid_record(errors, body, kind.name)
    return body
