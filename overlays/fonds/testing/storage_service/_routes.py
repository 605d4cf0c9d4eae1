"""The URL table of ``/api/v2/``, in the order Django tries it: each resource's custom URLs before its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from .._core import Response
from . import _resources as res
from . import _views_browse as browse
from . import _views_package as pkg
from . import _views_resources as views

PREFIX = "/api/v2/"
ALL_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
U = r"(?P<uuid>\w[\w-]*)"


@attrs.frozen
class Route:
    """A URL pattern (relative to ``/api/v2/``), the methods its view's ``method_check`` allows, the view, and
    whether the view authenticates."""

    regex: re.Pattern[str]
    methods: tuple[str, ...]
    view: Callable[..., Response]
    auth: bool = True


def _r(pattern: str, methods: tuple[str, ...], view: Callable[..., Response], auth: bool = True) -> Route:
    return Route(re.compile(f"^{pattern}$"), methods, view, auth)


def _table() -> list[Route]:
    routes = [_r("", ALL_METHODS, views.top_level, auth=False)]
    custom: dict[str, list[Route]] = {
        "location": [
            _r("location/default/(?P<purpose>[A-Z]{2})/", ("get", "post"), browse.default_location),
            _r(f"location/{U}/browse/", ("get",), browse.location_browse),
            _r(f"location/{U}/async/", ("post",), browse.move_into_location_async),
            _r(f"location/{U}/sword/collection/", ("get", "post"), pkg.sword_collection),
        ],
        "space": [_r(f"space/{U}/browse/", ("get",), browse.space_browse)],
        "file": [
            _r("file/async/", ("post",), pkg.create_async),
            _r("file/metadata/", ("get", "post"), pkg.metadata),
            _r(f"file/{U}/delete_aip/", ("post",), pkg.delete_aip),
            _r(f"file/{U}/recover_aip/", ("post",), pkg.recover_aip),
            _r(f"file/{U}/extract_file/", ("get", "head"), pkg.extract_file),
            _r(f"file/{U}/download/(?P<chunk>\\d+)/", ("get", "head"), pkg.download),
            _r(f"file/{U}/download/", ("get", "head"), pkg.download),
            _r(f"file/{U}/pointer_file/", ("get",), pkg.pointer_file),
            _r(f"file/{U}/check_fixity/", ("get",), pkg.check_fixity),
            _r(f"file/{U}/compress/", ("put",), pkg.compress),
            _r(f"file/{U}/send_callback/post_store/", ("get",), pkg.post_store_callback),
            _r(f"file/{U}/contents/", ("get", "put", "delete"), pkg.contents),
            _r(f"file/{U}/reindex/", ("post",), pkg.reindex),
            _r(f"file/{U}/reingest/", ("post",), pkg.reingest),
            _r(f"file/{U}/move/", ("post",), pkg.move),
            _r(f"file/{U}/sword/", ("get", "post", "put", "delete"), pkg.sword),
            _r(f"file/{U}/sword/media/", ("get", "post", "put", "delete"), pkg.sword),
            _r(f"file/{U}/sword/state/", ("get", "post", "put", "delete"), pkg.sword),
        ],
    }
    for name in ("pipeline", "space", "location", "file", "async"):
        list_methods, detail_methods = res.METHODS[name]
        routes += custom.get(name, [])
        routes += [
            _r(f"(?P<resource>{name})/", list_methods, views.list_view),
            _r(f"(?P<resource>{name})/schema/", ("get",), views.schema),
            _r(f"(?P<resource>{name})/set/(?P<keys>.*?)/", ("get",), views.multiple),
            _r(f"(?P<resource>{name})/(?P<key>.*?)/", detail_methods, views.detail_view),
        ]
    routes.append(_r("sword/", ("get",), pkg.sword_service_document))
    return routes


ROUTES = _table()


def resolve(path: str) -> tuple[Route, dict[str, Any]] | None:
    """The route for ``path`` and its captured values, or None."""
    if not path.startswith(PREFIX):
        return None
    rest = path[len(PREFIX) :]
    for route in ROUTES:
        m = route.regex.match(rest)
        if m:
            return route, {k: v for k, v in m.groupdict().items() if v is not None}
    return None
