"""The five tastypie resources: how each record is dehydrated to JSON, filtered, and described by ``schema/``."""

from __future__ import annotations

from typing import Any

from ._model import AsyncTask, Location, Package, Pipeline, Space
from ._tastypie import ALL, ALL_WITH_RELATIONS, Field, HttpError, Schema, text

API = "/api/v2/"
NAMES = ("async", "file", "location", "pipeline", "space")


def uri(resource: str, key: str | int | None = None) -> str:
    """``/api/v2/<resource>/`` or ``/api/v2/<resource>/<key>/``."""
    return f"{API}{resource}/" if key is None else f"{API}{resource}/{key}/"


def pipeline(p: Pipeline) -> dict[str, Any]:
    """A pipeline as the API shows it (never its API key)."""
    return {
        "description": p.description,
        "remote_name": p.remote_name,
        "resource_uri": uri("pipeline", p.uuid),
        "uuid": p.uuid,
    }


def space(s: Space) -> dict[str, Any]:
    """A space, with the fields of its access protocol at the top level (none for ``FS``)."""
    return {
        **s.protocol_fields,
        "access_protocol": s.access_protocol,
        "last_verified": s.last_verified,
        "path": s.path,
        "resource_uri": uri("space", s.uuid),
        "size": s.size,
        "staging_path": s.staging_path,
        "used": s.used,
        "uuid": s.uuid,
        "verified": s.verified,
    }


def location(loc: Location) -> dict[str, Any]:
    """A location; ``path`` is the full path, ``pipeline`` a list of URIs."""
    return {
        "description": loc.description,
        "enabled": loc.enabled,
        "path": loc.full_path,
        "pipeline": [uri("pipeline", p.uuid) for p in loc.pipelines],
        "purpose": loc.purpose,
        "quota": loc.quota,
        "relative_path": loc.relative_path,
        "resource_uri": uri("location", loc.uuid),
        "space": uri("space", loc.space.uuid),
        "used": loc.used,
        "uuid": loc.uuid,
    }


def package(p: Package) -> dict[str, Any]:
    """A package, as the real server shows it (no checksum: that is in the pointer file only). A package without
    an ``origin_pipeline`` (a SWORD deposit) cannot be serialized: tastypie's ``ApiFieldError``, a plain-text 400."""
    if p.origin_pipeline is None:
        model = f"<Package: {p.uuid}: {p.full_path}>"
        message = f"The model '{model}' has an empty attribute 'origin_pipeline' and doesn't allow a null value."
        raise HttpError(text(message, 400))
    return {
        "current_full_path": p.full_path,
        "current_location": uri("location", p.location.uuid),
        "current_path": p.current_path,
        "encrypted": p.encrypted,
        "misc_attributes": p.misc_attributes,
        "origin_pipeline": uri("pipeline", p.origin_pipeline.uuid),
        "package_type": p.package_type,
        "related_packages": [uri("file", u) for u in p.related_packages],
        "replicas": [uri("file", u) for u in p.replicas],
        "replicated_package": uri("file", p.replicated_package) if p.replicated_package else None,
        "resource_uri": uri("file", p.uuid),
        "size": p.size,
        "status": p.status,
        "stored_date": p.stored_date,
        "uuid": p.uuid,
    }


def async_task(t: AsyncTask, when: Any) -> dict[str, Any]:
    """An async task; ``when`` turns simulated seconds into datetimes."""
    out: dict[str, Any] = {
        "completed": t.completed,
        "completed_time": when(t.completed_at) if t.completed_at is not None else None,
        "created_time": when(t.created),
        "id": t.id,
        "resource_uri": uri("async", t.id),
        "updated_time": when(t.completed_at if t.completed_at is not None else t.created),
        "was_error": t.was_error,
    }
    if t.completed:
        out["error" if t.was_error else "result"] = t.error if t.was_error else t.result
    return out


def _f(name: str, filtering: int = 0, related: str | None = None, many: bool = False) -> Field:
    return Field(get=lambda obj: getattr(obj, name), filtering=filtering, related=related, many=many)


SCHEMA: Schema = {
    "pipeline": {
        "api_key": _f("api_key"),
        "api_username": _f("api_username"),
        "description": _f("description", ALL),
        "remote_name": _f("remote_name"),
        "resource_uri": _f("uuid"),
        "uuid": _f("uuid", ALL),
    },
    "space": {
        "access_protocol": _f("access_protocol", ALL),
        "last_verified": _f("last_verified"),
        "path": _f("path", ALL),
        "resource_uri": _f("uuid"),
        "size": _f("size", ALL),
        "staging_path": _f("staging_path", ALL),
        "used": _f("used", ALL),
        "uuid": _f("uuid", ALL),
        "verified": _f("verified", ALL),
    },
    "location": {
        "description": _f("description", ALL),
        "enabled": _f("enabled"),
        "path": Field(lambda o: o.full_path),
        "pipeline": _f("pipelines", ALL_WITH_RELATIONS, "pipeline", many=True),
        "purpose": _f("purpose", ALL),
        "quota": _f("quota", ALL),
        "relative_path": _f("relative_path", ALL),
        "resource_uri": _f("uuid"),
        "space": _f("space", ALL_WITH_RELATIONS, "space"),
        "used": _f("used", ALL),
        "uuid": _f("uuid", ALL),
    },
    "file": {
        "current_full_path": Field(lambda o: o.full_path),
        "current_location": _f("location", ALL_WITH_RELATIONS, "location"),
        "current_path": _f("current_path"),
        "misc_attributes": _f("misc_attributes"),
        "origin_location": _f("origin_location", related="location"),
        "origin_path": _f("origin_path"),
        "origin_pipeline": _f("origin_pipeline", related="pipeline"),
        "package_type": _f("package_type", ALL),
        "related_packages": _f("related_packages", ALL_WITH_RELATIONS, "file", many=True),
        "replicas": _f("replicas", many=True),
        "replicated_package": _f("replicated_package"),
        "resource_uri": _f("uuid"),
        "size": Field(lambda o: o.size),
        "status": _f("status", ALL),
        "stored_date": _f("stored_date", ALL),
        "uuid": Field(lambda o: o if isinstance(o, str) else o.uuid, ALL),
    },
    "async": {
        name: _f(attr)
        for name, attr in (
            ("completed", "completed"),
            ("completed_time", "completed_at"),
            ("created_time", "created"),
            ("id", "id"),
            ("resource_uri", "id"),
            ("updated_time", "created"),
            ("was_error", "was_error"),
        )
    },
}

# field -> (type, nullable, readonly, default, related resource, to_many)
_FIELD_TYPES: dict[str, dict[str, tuple[str, bool, bool, Any, str | None, bool]]] = {
    "pipeline": {
        "api_key": ("string", True, False, None, None, False),
        "api_username": ("string", True, False, None, None, False),
        "create_default_locations": ("boolean", False, False, "No default provided.", None, False),
        "description": ("string", True, False, None, None, False),
        "remote_name": ("string", True, False, None, None, False),
        "resource_uri": ("string", False, True, "No default provided.", None, False),
        "shared_path": ("string", False, False, "No default provided.", None, False),
        "uuid": ("string", False, False, "No default provided.", None, False),
    },
    "space": {
        "access_protocol": ("string", False, False, "No default provided.", None, False),
        "last_verified": ("datetime", True, False, None, None, False),
        "path": ("string", False, False, "", None, False),
        "resource_uri": ("string", False, True, "No default provided.", None, False),
        "size": ("integer", True, False, None, None, False),
        "staging_path": ("string", False, False, "", None, False),
        "used": ("integer", False, False, 0, None, False),
        "uuid": ("string", False, False, "No default provided.", None, False),
        "verified": ("boolean", False, False, False, None, False),
    },
    "location": {
        "description": ("string", True, True, None, None, False),
        "enabled": ("boolean", False, False, True, None, False),
        "path": ("string", False, True, "No default provided.", None, False),
        "pipeline": ("related", False, False, "No default provided.", "pipeline", True),
        "purpose": ("string", False, False, "No default provided.", None, False),
        "quota": ("integer", True, False, None, None, False),
        "relative_path": ("string", False, False, "", None, False),
        "resource_uri": ("string", False, True, "No default provided.", None, False),
        "space": ("related", False, False, "No default provided.", "space", False),
        "used": ("integer", False, False, 0, None, False),
        "uuid": ("string", False, False, "No default provided.", None, False),
    },
    "file": {
        "current_full_path": ("string", False, True, "No default provided.", None, False),
        "current_location": ("related", False, False, "No default provided.", "location", False),
        "current_path": ("string", False, False, "", None, False),
        "misc_attributes": ("string", True, False, {}, None, False),
        "origin_location": ("related", False, False, "No default provided.", "location", False),
        "origin_path": ("string", False, False, "No default provided.", None, False),
        "origin_pipeline": ("related", False, False, "No default provided.", "pipeline", False),
        "package_type": ("string", False, False, "No default provided.", None, False),
        "related_packages": ("related", True, False, "No default provided.", "file", True),
        "replicas": ("related", True, False, "No default provided.", "file", True),
        "replicated_package": ("related", True, False, "No default provided.", "file", False),
        "resource_uri": ("string", False, True, "No default provided.", None, False),
        "size": ("integer", False, False, 0, None, False),
        "status": ("string", False, False, "FAIL", None, False),
        "stored_date": ("datetime", True, False, None, None, False),
        "uuid": ("string", False, False, "No default provided.", None, False),
    },
    "async": {
        "completed": ("boolean", False, False, False, None, False),
        "completed_time": ("datetime", True, False, "No default provided.", None, False),
        "created_time": ("datetime", False, False, True, None, False),
        "id": ("integer", False, False, "", None, False),
        "resource_uri": ("string", False, True, "No default provided.", None, False),
        "updated_time": ("datetime", False, False, True, None, False),
        "was_error": ("boolean", False, False, False, None, False),
    },
}

_HELP = {
    "string": 'Unicode string data. Ex: "Hello World"',
    "integer": "Integer data. Ex: 2673",
    "boolean": "Boolean data. Ex: True",
    "datetime": 'A date & time as a string. Ex: "2010-11-10T03:07:43"',
}

METHODS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # (list, detail)
    "pipeline": (("get", "post"), ("get",)),
    "space": (("get", "post"), ("get",)),
    "location": (("get", "post"), ("get", "post")),
    "file": (("get", "post"), ("get", "put", "patch")),
    "async": (("get", "post", "put", "delete", "patch"), ("get",)),
}


def schema_document(resource: str) -> dict[str, Any]:
    """The ``<resource>/schema/`` document."""
    fields: dict[str, Any] = {}
    for name, (kind, nullable, readonly, default, related, many) in _FIELD_TYPES[resource].items():
        if kind == "related":
            help_text = (
                ("Many related resources. Can be either a list of URIs or list of individually nested resource data.")
                if many
                else ("A single related resource. Can be either a URI or set of nested resource data.")
            )
        else:
            help_text = _HELP[kind]
        entry: dict[str, Any] = {
            "blank": False,
            "default": default,
            "help_text": help_text,
            "nullable": nullable,
            "primary_key": False,
            "readonly": readonly,
            "type": kind,
            "unique": False,
            "verbose_name": name.replace("_", " "),
        }
        if related:
            entry["related_schema"] = f"{API}{related}/schema/"
            entry["related_type"] = "to_many" if many else "to_one"
        fields[name] = entry
    list_methods, detail_methods = METHODS[resource]
    out: dict[str, Any] = {
        "allowed_detail_http_methods": list(detail_methods),
        "allowed_list_http_methods": list(list_methods),
        "default_format": "application/json",
        "default_limit": 20,
        "fields": fields,
    }
    filtering = {name: f.filtering for name, f in SCHEMA[resource].items() if f.filtering}
    if resource == "file":
        filtering["path"] = ALL
    if filtering:
        out["filtering"] = dict(sorted(filtering.items()))
    return out
