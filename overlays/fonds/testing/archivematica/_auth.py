"""The dashboard API's authentication: tastypie's ``ApiKeyAuthentication`` (no HTTP Basic here)."""

from __future__ import annotations

from collections.abc import Mapping

from .._core import Request
from ..storage_service._auth import api_key_credentials


def authenticated(request: Request, api_keys: Mapping[str, str]) -> bool:
    """``Authorization: ApiKey user:key``, else ``username``/``api_key`` from the query, else from a form body."""
    credentials = api_key_credentials(request)
    return credentials is not None and api_keys.get(credentials[0]) == credentials[1]
