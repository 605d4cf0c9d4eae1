"""``find_by_id``: records looked up by their identifiers (``ref_id``, the four-part identifier, barcode...)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .._core import Response
from ._call import Call
from ._kinds import KINDS
from ._resolve import resolve
from ._store import Store

Handler = Callable[..., Response]

#: collection -> (record kind, {parameter: how to read the value from a record})
LOOKUPS: dict[str, tuple[str, dict[str, Callable[[dict[str, Any]], Any]]]] = {
    "archival_objects": (
        "archival_object",
        {"ref_id": lambda r: r.get("ref_id"), "component_id": lambda r: r.get("component_id")},
    ),
    "resources": ("resource", {"identifier": lambda r: tuple(r.get(f"id_{i}") or None for i in range(4))}),
    "digital_objects": ("digital_object", {"digital_object_id": lambda r: r.get("digital_object_id")}),
    "digital_object_components": ("digital_object_component", {"component_id": lambda r: r.get("component_id")}),
    "top_containers": (
        "top_container",
        {"indicator": lambda r: r.get("indicator"), "barcode": lambda r: r.get("barcode")},
    ),
}


class _Index:
    """Values of one lookup field -> record ids, rebuilt when the store changes (built on first use)."""

    def __init__(self) -> None:
        self.version = -1
        self.by_field: dict[tuple[str, str], dict[Any, list[int]]] = {}

    def ids(
        self, store: Store, kind: str, repo: int, field: str, read: Callable[[dict[str, Any]], Any]
    ) -> dict[Any, list[int]]:
        if self.version != store.version:
            self.by_field.clear()
            self.version = store.version
        key = (kind, field)
        found = self.by_field.get(key)
        if found is None:
            found = {}
            for record_id in store.ids(kind, repo):
                record = store.get(kind, record_id, repo)
                if record is not None:
                    found.setdefault(read(record), []).append(record_id)
            self.by_field[key] = found
        return found


def _value(field: str, raw: str) -> Any:
    if field != "identifier":
        return raw
    try:
        parts = json.loads(raw)
    except ValueError:
        parts = [raw]
    parts = [str(p) if p not in (None, "") else None for p in (parts if isinstance(parts, list) else [parts])]
    return tuple((parts + [None] * 4)[:4])


def find_by_id(collection: str) -> Handler:
    """``GET /repositories/{repo_id}/find_by_id/{collection}``: ``{collection: [{"ref": uri}...]}``.

    Values of one parameter are OR-ed, parameters AND-ed; none at all finds nothing. ``resolve[]={collection}``
    embeds the records.
    """
    kind_name, fields = LOOKUPS[collection]
    index = _Index()

    def handler(call: Call, repo_id: str) -> Response:
        repo = call.repo_id(repo_id)
        wanted = {field: call.params.array(field) for field in fields}
        names = call.params.array("resolve")
        call.permit("view_repository")
        matches: set[int] | None = None
        for field, values in wanted.items():
            if not values:
                continue
            table = index.ids(call.store, kind_name, repo, field, fields[field])
            hits = {i for v in values for i in table.get(_value(field, v), [])}
            matches = hits if matches is None else matches & hits
        kind = KINDS[kind_name]
        refs = [{"ref": kind.uri(i, repo)} for i in sorted(matches or ())]
        return Response.json(resolve(call.store, {collection: refs}, names))

    return handler


def by_external_id(call: Call) -> Response:
    """``GET /by-external-id?eid=...``: 303 to the one record carrying it, 300 listing several, 404 ``[]``.

    Seeded records carry no external ids; records created or updated with ``external_ids`` are found.
    """
    eid = call.params.string("eid", required=True)
    types = set(call.params.array("type"))
    call.permit("view_all_records")
    uris = [
        str(record["uri"])
        for name, table in call.store.tables.items()
        if not types or name in types
        for record in table.stored.values()
        if any(isinstance(e, dict) and e.get("external_id") == eid for e in record.get("external_ids") or [])
    ]
    if not uris:
        return Response.json([], status=404)
    if len(uris) == 1:
        return Response.empty(303, (("location", uris[0]),))
    return Response.json(uris, status=300)
