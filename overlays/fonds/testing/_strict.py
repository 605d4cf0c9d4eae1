"""Strict mode: every request a simulator receives is checked against the bundled OpenAPI document of its API
with an independent validator (openapi-core), so a wrong request shape fails loudly in tests.

openapi-core walks the whole document on each validation, which for ArchivesSpace's 300 operations costs a
third of a second; so each path is validated against a document pruned to that path and the components it
reaches (built once per path).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from ._core import Request, Response

Validator = Callable[[Request], "Response | None"]


class _OpenAPIRequest:
    """A simulator :class:`Request` as openapi-core's request protocol."""

    def __init__(self, request: Request, host_url: str) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.path = request.path
        self.method = request.method.lower()
        self.content_type = request.headers.get("content-type", "")
        raw = request.body or None
        # openapi-core hands bodies of other media types to the schema as they are; a `type: string` schema
        # (CSV, raw uploads) wants text, not bytes.
        textual = ("json", "x-www-form-urlencoded", "multipart/")
        if raw is not None and not any(kind in self.content_type for kind in textual):
            self.body: bytes | str | None = raw.decode("utf-8", "replace")
        else:
            self.body = raw
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.query)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


@functools.cache
def _document(package: str) -> dict[str, Any]:
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@functools.cache
def _templates(package: str) -> list[tuple[re.Pattern[str], str]]:
    """Path templates, most literal first, as regular expressions."""
    paths = list(_document(package)["paths"])
    paths.sort(key=lambda p: (p.count("{"), -len(p)))
    return [(re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(p)) + "$"), p) for p in paths]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _pruned(doc: dict[str, Any], template: str) -> dict[str, Any]:
    """``doc`` with one path and only the components that path reaches."""
    keep: dict[str, set[str]] = {}
    pending = list(_refs(doc["paths"][template]))
    while pending:
        ref = pending.pop()
        _, _, section, name = ref.split("/", 3)
        if name in keep.setdefault(section, set()):
            continue
        keep[section].add(name)
        pending += list(_refs(doc["components"][section][name]))
    components = {s: {n: doc["components"][s][n] for n in sorted(names)} for s, names in keep.items()}
    components["securitySchemes"] = doc["components"].get("securitySchemes", {})
    return {**doc, "paths": {template: doc["paths"][template]}, "components": components}


@functools.cache
def _openapi(package: str, template: str) -> Any:
    from openapi_core import OpenAPI

    return OpenAPI.from_dict(_pruned(_document(package), template))


def openapi_validator(package: str) -> Validator:
    """A validator for the API compiled into ``package`` (``"archivesspace_api"``...): None for a request the
    spec allows, else a 400 JSON answer ``{"error": "strict mode: ...", "strict": true}`` naming what is wrong.

    Needs openapi-core (``pip install 'fonds[strict]'``).

    Example::

        validate = openapi_validator("storage_service_api")
        assert validate(Request("GET", "/api/v2/pipeline")) is not None     # no trailing slash: not in the spec
    """
    host = str(_document(package)["servers"][0]["url"]).rstrip("/")

    def validate(request: Request) -> Response | None:
        from openapi_core.exceptions import OpenAPIError

        template = next((t for regex, t in _templates(package) if regex.match(request.path)), None)
        if template is None:
            message = f"strict mode: {request.method} {request.path}: no such path in the spec"
            return Response.json({"error": message, "details": [], "strict": True}, status=400)
        try:
            _openapi(package, template).validate_request(_OpenAPIRequest(request, host))
        except OpenAPIError as exc:
            details = [str(e) for e in getattr(exc.__cause__, "schema_errors", None) or []]
            message = f"strict mode: {request.method} {request.path}: {exc}"
            return Response.json({"error": message, "details": details, "strict": True}, status=400)
        return None

    return validate
