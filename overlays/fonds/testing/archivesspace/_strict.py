"""The hook of strict mode: every request checked against the ArchivesSpace OpenAPI document first.

A validator is any callable taking the :class:`~fonds.testing.Request` and answering None (the request is
valid) or the :class:`~fonds.testing.Response` to send instead (typically a 400 naming what is wrong).

The spec describes the one way fonds logs in: a form body. The backend (Sinatra) merges the query string, a form
body and a multipart body into one set of parameters, so it also takes ``curl -F password=...`` and
``?password=...``; strict mode checks such a login as the form body the backend reads, rather than refusing a
request the real server answers.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import attrs

from .. import _strict
from .._core import Request, Response
from .._strict import Validator
from ._params import multipart_fields

__all__ = ["Validator", "openapi_validator"]

_LOGIN = re.compile(r"^/users/[^/]+/login$")


def openapi_validator() -> Validator:
    """The validator ``strict=True`` uses: requests checked with openapi-core against the bundled spec.

    Example::

        ArchivesSpaceSimulator(strict=True)
    """
    validate = _strict.openapi_validator("archivesspace_api")

    def check(request: Request) -> Response | None:
        return validate(_as_form_login(request) if request.method == "POST" and _LOGIN.match(request.path) else request)

    return check


def _as_form_login(request: Request) -> Request:
    """A login as the backend reads it: its query, form and multipart fields in one form body (as given when the
    request already is a plain form login)."""
    multipart = multipart_fields(request)
    if not request.query and not multipart:
        return request
    body = urlencode([*request.params(), *multipart]).encode()
    headers = {k: v for k, v in request.headers.items() if k != "content-length"}
    headers["content-type"] = "application/x-www-form-urlencoded"
    return attrs.evolve(request, query=(), headers=headers, body=body)
