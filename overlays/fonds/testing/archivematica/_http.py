"""The dashboard's answers: ``json_response``, ``_error_response``, the 403 of the API decorator, the 405."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .._core import Request, Response
from ..storage_service._django import HTML

VERSION = "1.17.0"


class HttpError(Exception):
    """Raised by a view to answer ``response`` at once."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def json_response(data: Any, status: int = 200) -> Response:
    """``helpers.json_response``: ``json.dumps`` with its default separators."""
    return Response(status, json.dumps(data).encode(), (("content-type", "application/json"),))


def error(message: str, status: int = 400) -> Response:
    """``_error_response``: ``{"error": true, "message": ...}``."""
    return json_response({"error": True, "message": message}, status)


def forbidden(message: str = "API key not valid.") -> Response:
    """What the ``_api_endpoint`` decorator answers when authentication fails."""
    return json_response({"message": message, "error": True}, 403)


def not_allowed(methods: Sequence[str]) -> Response:
    """Django's ``HttpResponseNotAllowed``: empty body, ``Allow``."""
    return Response(405, b"", (("content-type", HTML), ("allow", ", ".join(methods))))


def empty(status: int) -> Response:
    """A bare Django ``HttpResponse(status=...)``."""
    return Response(status, b"", (("content-type", HTML),))


def form_value(request: Request, name: str) -> str | None:
    """``request.POST.get(name)``: the last value of a form field (a JSON body has none)."""
    return next((v for k, v in reversed(request.form()) if k == name), None)


def form_list(request: Request, name: str) -> list[str]:
    """``request.POST.getlist(name)``."""
    return [v for k, v in request.form() if k == name]
