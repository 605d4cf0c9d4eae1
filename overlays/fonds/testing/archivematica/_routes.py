"""The URL table of ``/api/``, in Django's order: most patterns unanchored (``re.search``), a few exact."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from .._core import Response
from . import _views_admin as admin
from . import _views_ingest as ingest
from . import _views_transfer as transfer
from . import _views_v2beta as v2beta

PREFIX = "/api/"
UUID = r"[\w]{8}(?:-[\w]{4}){3}-[\w]{12}"


@attrs.frozen
class Route:
    """A pattern matched against the path after ``/api/``; ``exact`` for Django ``path()`` entries; the methods
    the view's ``_api_endpoint`` decorator expects; fixed keyword arguments for the view."""

    regex: re.Pattern[str]
    methods: tuple[str, ...]
    view: Callable[..., Response]
    exact: bool = False
    extra: tuple[tuple[str, str], ...] = ()


def _r(
    pattern: str, methods: tuple[str, ...], view: Callable[..., Response], *, exact: bool = False, **extra: str
) -> Route:
    return Route(
        re.compile(f"^{re.escape(pattern)}$" if exact else pattern), methods, view, exact, tuple(extra.items())
    )


ROUTES = (
    _r(r"transfer/approve", ("POST",), transfer.approve),
    _r(r"transfer/unapproved", ("GET",), transfer.unapproved),
    _r(r"transfer/completed", ("GET",), transfer.completed_transfers),
    _r(rf"transfer/status/(?P<unit_uuid>{UUID})", ("GET",), transfer.status, unit_type="unitTransfer"),
    _r(r"transfer/start_transfer/", ("POST",), transfer.start_transfer),
    _r(r"transfer/reingest", ("POST",), transfer.reingest, target="transfer"),
    _r(rf"ingest/status/(?P<unit_uuid>{UUID})", ("GET",), transfer.status, unit_type="unitSIP"),
    _r(r"ingest/waiting", ("GET",), ingest.waiting),
    _r(rf"^(?P<unit_type>transfer|ingest)/(?P<unit_uuid>{UUID})/delete/", ("DELETE",), transfer.mark_hidden),
    _r(r"^(?P<unit_type>transfer|ingest)/delete/", ("DELETE",), transfer.mark_completed_hidden),
    _r(r"^ingest/reingest/approve", ("POST",), ingest.reingest_approve),
    _r(r"^ingest/reingest", ("POST",), transfer.reingest, target="ingest"),
    _r(r"^ingest/completed", ("GET",), ingest.completed_ingests),
    _r("ingest/copy_metadata_files/", ("POST",), ingest.copy_metadata_files, exact=True),
    _r("filesystem/administration/dips/atom/levels/", ("GET",), admin.levels, exact=True),
    _r("administration/dips/atom/fetch_levels/", ("GET",), admin.fetch_levels, exact=True),
    _r("filesystem/metadata/", ("GET", "POST"), admin.path_metadata, exact=True),
    _r(r"processing-configuration/(?P<name>\w{1,16})", ("GET", "DELETE"), admin.processing_configuration),
    _r(r"processing-configuration", ("GET",), admin.processing_configurations),
    _r(r"v2beta/package", ("GET", "POST"), v2beta.package),
    _r(r"v2beta/validate/(?P<validator>[-\w]+)", ("POST",), v2beta.validate),
    _r(rf"v2beta/jobs/(?P<unit_uuid>{UUID})", ("GET",), v2beta.jobs),
    _r(rf"v2beta/task/(?P<task_uuid>{UUID})", ("GET",), v2beta.task),
)


def resolve(path: str) -> tuple[Route, dict[str, Any]] | None:
    """The first route whose pattern is found in ``path`` (a full path starting ``/api/``), with the view's
    keyword arguments."""
    if not path.startswith(PREFIX):
        return None
    rest = path[len(PREFIX) :]
    for route in ROUTES:
        m = route.regex.search(rest)
        if m:
            return route, {**m.groupdict(), **dict(route.extra)}
    return None
