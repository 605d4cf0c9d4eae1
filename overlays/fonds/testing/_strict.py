"""Strict mode: every request a simulator receives is checked against the bundled OpenAPI document of its API
with an independent validator (openapi-core), so a wrong request shape fails loudly in tests."""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Callable
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
        self.body: bytes | None = request.body or None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.query)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


@functools.cache
def _openapi(package: str) -> Any:
    from openapi_core import OpenAPI

    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec = json.loads(text)
    host = str(spec["servers"][0]["url"]).rstrip("/")
    return OpenAPI.from_dict(spec), host


def openapi_validator(package: str) -> Validator:
    """A validator for the API compiled into ``package`` (``"archivesspace_api"``...): None for a request the
    spec allows, else a 400 JSON answer ``{"error": "strict mode: ...", "strict": true}`` naming what is wrong.

    Needs openapi-core (``pip install 'fonds[strict]'``).

    Example::

        validate = openapi_validator("storage_service_api")
        assert validate(Request("GET", "/api/v2/pipeline")) is not None     # no trailing slash: not in the spec
    """

    def validate(request: Request) -> Response | None:
        from openapi_core.exceptions import OpenAPIError

        openapi, host = _openapi(package)
        try:
            openapi.validate_request(_OpenAPIRequest(request, host))
        except OpenAPIError as exc:
            details = [str(e) for e in getattr(exc.__cause__, "schema_errors", None) or []]
            message = f"strict mode: {request.method} {request.path}: {exc}"
            return Response.json({"error": message, "details": details, "strict": True}, status=400)
        return None

    return validate
