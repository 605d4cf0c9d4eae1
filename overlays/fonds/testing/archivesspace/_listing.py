"""Paginated listings (``GET /repositories/2/accessions?page=1`` and the 22 others), as ``handle_listing`` does.

Exactly one mode is used, tried in the server's order: ``page`` (a page envelope), then ``id_set`` (a bare list
of records), then ``all_ids`` (a bare list of ids; any value, even ``false``, turns it on, as on the server).
None of them is a 400 listing all three.
"""

from __future__ import annotations

import calendar
import json
import math
import time
from collections.abc import Sequence
from typing import Any

from .._core import Response
from ._call import Call
from ._kinds import Kind
from ._resolve import resolve
from ._store import Store

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 250


def _epoch(stamp: Any) -> int:
    try:
        return calendar.timegm(time.strptime(str(stamp), "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return 0


def mtime(store: Store, kind: str, record_id: int) -> int:
    """A record's ``system_mtime`` in epoch seconds (without building a seeded record)."""
    stored = store.tables[kind].stored.get(record_id)
    if stored is not None:
        return _epoch(stored.get("system_mtime"))
    return store.world.mtime(kind, record_id)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, "")
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value).lower())


def _ordered(
    store: Store, kind: Kind, repo_id: int | None, ids: Sequence[int], field: str, descending: bool
) -> Sequence[int]:
    if field == "id":
        return list(reversed(ids)) if descending else ids
    keyed = []
    for record_id in ids:
        record = store.get(kind.name, record_id, repo_id) or {}
        keyed.append((_sort_key(record.get(field)), record_id))
    keyed.sort(reverse=descending)
    return [record_id for _, record_id in keyed]


def _id_set(call: Call) -> list[int]:
    params = call.params
    raw = params.arrays.get("id_set")
    if raw is None:
        raw = [part for part in (params.scalars.get("id_set") or "").split(",") if part != ""]
    try:
        ids = list(dict.fromkeys(int(v.strip(), 10) for v in raw))
    except ValueError:
        params.bad_type("id_set", "RESTHelpers::IdSet", ",".join(raw))
        return []
    if len(ids) > MAX_PAGE_SIZE:
        params.errors["id_set"] = [f"ID set cannot contain more than {MAX_PAGE_SIZE} IDs"]
    return ids


def listing(call: Call, kind: Kind, repo_id: int | None, permission: str | None) -> Response:
    """Answer a paginated listing of ``kind`` (in repository ``repo_id``).

    Example::

        listing(call, KINDS["accession"], 2, "view_repository")
    """
    params = call.params
    resolve_names = params.array("resolve")
    modified_since = params.integer("modified_since", non_negative=True) or 0
    sort_field = params.string("sort_field") or "id"
    descending = (params.string("sort_direction") or "asc").lower() == "desc"
    page = page_size = None
    id_set: list[int] = []
    mode = (
        "page"
        if params.has("page")
        else "id_set"
        if params.has("id_set")
        else "all_ids"
        if params.has("all_ids")
        else None
    )
    if mode == "page":
        page = params.integer("page", non_negative=True)
        page_size = params.integer("page_size", non_negative=True)
        page_size = DEFAULT_PAGE_SIZE if page_size is None else min(page_size, MAX_PAGE_SIZE)
        if page == 0 or page_size == 0:
            params.errors["page" if page == 0 else "page_size"] = ["must be 1 or more"]
    elif mode == "id_set":
        id_set = _id_set(call)
    elif mode is None:
        for name in ("page", "id_set", "all_ids"):
            params.missing(name)
    call.permit(permission)

    store = call.store
    fetched: dict[int, dict[str, Any]] = {}
    ids: Sequence[int]
    if mode == "id_set":
        for i in sorted(set(id_set)):
            record = store.get(kind.name, i, repo_id)
            if record is not None:
                fetched[i] = record
        ids = list(fetched)
    else:
        ids = store.ids(kind.name, repo_id)
    if modified_since > 0:
        ids = [i for i in ids if mtime(store, kind.name, i) >= modified_since]
    ids = _ordered(store, kind, repo_id, ids, sort_field, descending)

    if mode == "all_ids":
        return Response.json(list(ids))
    if mode == "id_set":
        if not resolve_names:
            parts = [store.record_json(kind.name, i, repo_id) for i in ids]
            body = b"[" + b",".join(p for p in parts if p is not None) + b"]"
            return Response(200, body, (("content-type", "application/json"),))
        return Response.json([resolve(store, fetched[i], resolve_names) for i in ids])
    assert page is not None
    assert page_size is not None
    total = len(ids)
    chosen = ids[(page - 1) * page_size : page * page_size]
    if not resolve_names:  # the common harvest: splice serialised records (cached when the store caches them)
        parts = [store.record_json(kind.name, i, repo_id) for i in chosen]
        head = json.dumps(
            {"first_page": 1, "last_page": max(1, math.ceil(total / page_size)), "this_page": page, "total": total},
            separators=(",", ":"),
        )[:-1].encode()
        body = head + b',"results":[' + b",".join(p for p in parts if p is not None) + b"]}"
        return Response(200, body, (("content-type", "application/json"),))
    results = [resolve(store, store.get(kind.name, i, repo_id), resolve_names) for i in chosen]
    return Response.json(
        {
            "first_page": 1,
            "last_page": max(1, math.ceil(total / page_size)),
            "this_page": page,
            "total": total,
            "results": [r for r in results if r is not None],
        }
    )
