"""The error answers of ArchivesSpace, raised as exceptions by handlers and turned into responses once."""

from __future__ import annotations

from typing import Any

from .._core import Response

NOT_FOUND_PAGE = (
    "<!DOCTYPE html>\n<html>\n<head><title>Not Found</title></head>\n<body>\n<h1>Not Found</h1>\n</body>\n</html>\n"
)


class ApiError(Exception):
    """An error answer: ``status`` and the JSON ``body`` the real server sends for it.

    Example::

        raise ApiError(403, {"error": "Access denied"})
    """

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body

    def response(self) -> Response:
        """The answer for this error."""
        return Response.json(self.body, status=self.status)


def bad_params(errors: dict[str, list[str]]) -> ApiError:
    """400 for invalid parameters: ``{"error": {param: [messages]}}``."""
    return ApiError(400, {"error": errors})


def missing(*names: str) -> ApiError:
    """400 for required parameters that were not sent."""
    return bad_params({name: ["Parameter required but no value provided"] for name in names})


def invalid_record(errors: dict[str, list[str]], record: Any, jsonmodel_type: str) -> ApiError:
    """400 for a record that fails validation, with the server's ``warning`` and ``invalid_object``."""
    return ApiError(
        400, {"error": errors, "warning": {}, "invalid_object": f"#<JSONModel(:{jsonmodel_type}) {record!r}>"}
    )


def not_found(model: str) -> ApiError:
    """404 for a record that does not exist (``{"error": "Accession not found"}``)."""
    return ApiError(404, {"error": f"{model} not found"})


def access_denied() -> ApiError:
    """403 for a session (or no session) without the permission the endpoint needs."""
    return ApiError(403, {"error": "Access denied"})


def stale_record() -> ApiError:
    """409 for an update whose ``lock_version`` is not the record's current one."""
    return ApiError(409, {"error": "The record you tried to update has been modified since you fetched it."})


def route_not_found() -> Response:
    """What Sinatra answers for a path (or a method on a path) no endpoint handles: an HTML 404 page."""
    return Response.text(NOT_FOUND_PAGE, status=404, content_type="text/html;charset=utf-8")
