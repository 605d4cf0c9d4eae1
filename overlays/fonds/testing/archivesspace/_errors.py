"""The error answers of ArchivesSpace, raised as exceptions by handlers and turned into responses once."""

from __future__ import annotations

import json
from typing import Any

from .._core import Response


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


def ruby_inspect(value: Any) -> str:
    """``value`` as Ruby's ``inspect`` prints it (``{"a"=>1, "b"=>nil}``): how the server shows a record.

    Example::

        ruby_inspect({"title": "x", "publish": None})  # '{"title"=>"x", "publish"=>nil}'
    """
    if isinstance(value, dict):
        return "{" + ", ".join(f"{ruby_inspect(str(k))}=>{ruby_inspect(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(ruby_inspect(v) for v in value) + "]"
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("#{", "\\#{")
    return repr(value)


def invalid_record(errors: dict[str, list[str]], record: Any, jsonmodel_type: str) -> ApiError:
    """400 for a record that fails validation, with the server's ``warning`` and ``invalid_object``."""
    shown = f"#<JSONModel(:{jsonmodel_type}) {ruby_inspect(record)}>"
    return ApiError(400, {"error": errors, "warning": {}, "invalid_object": shown})


def db_error(detail: str) -> ApiError:
    """400 for what the database refuses (a link to a record that does not exist): ``error.db_error``."""
    return ApiError(400, {"error": {"db_error": [f"Database integrity constraint conflict: {detail}"]}})


def not_simulated(operation: str) -> ApiError:
    """501 for an operation of the API the simulator does not answer (never an HTML page).

    Example::

        raise not_simulated("export_resource_marc21")
    """
    return ApiError(501, {"error": f"not simulated: {operation}", "operation": operation})


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
    """What the backend answers for a path (or a method on a path) no endpoint handles: a JSON 404."""
    return Response.json({"error": "Sinatra::NotFound"}, status=404)
