"""The large-tree endpoints: ``tree/root``, ``tree/waypoint``, ``tree/node`` and ``tree/node_from_root``.

Children come in waypoints of 200: a node with ``child_count`` children has ``ceil(child_count / 200)`` waypoints,
waypoint ``offset`` holds children ``offset*200 .. offset*200+199`` and gives each its ``position``
``offset*200 + idx``. Root and node answers carry the first waypoint in ``precomputed_waypoints``. Two quirks of
the server's ``LargeTree`` are kept: ``tree/node`` answers a 1-based ``position`` (the count of earlier siblings
plus one), and ``node_from_root`` computes each step's ``offset`` as ``(position + 1) // 200``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from .._core import Response
from ._call import Call
from ._errors import ApiError, not_found
from ._kinds import KINDS, parse_uri
from ._tree_model import Tree

Handler = Callable[..., Response]
Record = dict[str, Any]

WAYPOINT_SIZE = 200
_TAG = re.compile(r"<[^>]+>")


def _parsed(title: Any) -> str:
    return _TAG.sub("", str(title or ""))


def _visible(record: Record | None, published_only: bool) -> bool:
    if record is None:
        return False
    return not published_only or (bool(record.get("publish")) and not record.get("suppressed"))


class _View:
    """One tree read by one request (``published_only`` applies to every count)."""

    def __init__(self, call: Call, tree: Tree, root_id: int, repo: int, published_only: bool) -> None:
        self.store = call.store
        self.tree = tree
        self.root_id = root_id
        self.repo = repo
        self.published_only = published_only
        self._containers: dict[str, Record] = {}  # top containers, read once per request

    def children(self, parent_id: int | None) -> Sequence[int]:
        ids = self.tree.children(self.root_id, parent_id)
        if not self.published_only:
            return ids
        return [i for i in ids if _visible(self.store.get(self.tree.node_kind, i, self.repo), True)]

    def counts(self, child_count: int) -> Record:
        return {
            "child_count": child_count,
            "waypoints": math.ceil(child_count / WAYPOINT_SIZE),
            "waypoint_size": WAYPOINT_SIZE,
        }

    def container(self, uri: str) -> Record:
        found = self._containers.get(uri)
        if found is None:
            found = self._containers[uri] = self.store.by_uri(uri) or {}
        return found

    def waypoint(self, parent_id: int | None, offset: int) -> list[Record]:
        chosen = self.children(parent_id)[offset * WAYPOINT_SIZE : (offset + 1) * WAYPOINT_SIZE]
        entries = []
        for idx, child in enumerate(chosen):
            record = self.store.get(self.tree.node_kind, child, self.repo)
            if record is None:  # pragma: no cover - children lists hold live nodes
                continue
            title = record.get("title") or record.get("label") or record.get("display_string")
            entry = {
                **self.counts(len(self.children(child))),
                "title": title,
                "parsed_title": _parsed(title),
                "uri": record["uri"],
                "position": offset * WAYPOINT_SIZE + idx,
                "parent_id": parent_id,
                "jsonmodel_type": self.tree.node_kind,
                "identifier": record.get("component_id") or None,
                **_display(record, self.container),
            }
            entries.append(entry)
        return entries

    def precomputed(self, key: str, parent_id: int | None, child_count: int) -> Record:
        return {key: {"0": self.waypoint(parent_id, 0)}} if child_count > 0 else {}


def _display(record: Record, container_of: Callable[[str], Record]) -> Record:
    """The decorator fields a waypoint entry carries: level, dates, containers, digital instance flag."""
    shown: Record = {
        "suppressed": int(bool(record.get("suppressed"))),  # the server sends the database's 0 or 1
        "slugged_url": "",
        "has_digital_instance": any(
            isinstance(i, dict) and i.get("instance_type") == "digital_object" for i in record.get("instances") or []
        ),
    }
    if record.get("level"):
        shown["level"] = record.get("other_level") or record["level"]
    dates = [
        {
            k: v
            for k, v in (
                ("type", d.get("date_type")),
                ("label", d.get("label")),
                ("expression", d.get("expression")),
                ("begin", d.get("begin")),
                ("end", d.get("end")),
            )
            if v
        }
        for d in record.get("dates") or []
        if isinstance(d, dict)
    ]
    if dates:
        shown["dates"] = dates
    containers = []
    for instance in record.get("instances") or []:
        sub = instance.get("sub_container") if isinstance(instance, dict) else None
        if not isinstance(sub, dict):
            continue
        top = container_of(str(sub.get("top_container", {}).get("ref", "")))
        container = {
            "instance_type": instance.get("instance_type"),
            "top_container_type": top.get("type"),
            "top_container_indicator": top.get("indicator"),
            "top_container_barcode": top.get("barcode"),
            "type_2": sub.get("type_2"),
            "indicator_2": sub.get("indicator_2"),
            "type_3": sub.get("type_3"),
            "indicator_3": sub.get("indicator_3"),
        }
        containers.append({k: v for k, v in container.items() if v})
    if containers:
        shown["containers"] = containers
    return shown


def _open(call: Call, root_kind: str, id: str, repo_id: str) -> _View:
    repo = call.repo_id(repo_id)
    root_id = call.record_id(id)
    published_only = bool(call.params.boolean("published_only", default=False))
    return _View(call, _tree_for(call, root_kind), root_id, repo, published_only)


def _tree_for(call: Call, root_kind: str) -> Tree:
    return next(t for t in call.store.trees.values() if t.root_kind == root_kind)


def _root_record(call: Call, view: _View, root_kind: str) -> Record:
    record = call.store.get(root_kind, view.root_id, view.repo)
    if record is None:
        raise not_found(KINDS[root_kind].model)
    return record


def _node_id(call: Call, view: _View, uri: str) -> int:
    parsed = parse_uri(uri)
    kind = KINDS[view.tree.node_kind]
    if parsed is None or parsed[0] is not kind or parsed[1] != view.repo:
        raise not_found(kind.model)
    where = call.store.location(kind.name, parsed[2]) if call.store.alive(kind.name, parsed[2]) else None
    if where is None or where[0] != view.root_id:
        raise not_found(kind.model)
    return parsed[2]


def root(root_kind: str) -> Handler:
    """``GET .../{id}/tree/root``."""

    def handler(call: Call, id: str, repo_id: str) -> Response:
        view = _open(call, root_kind, id, repo_id)
        call.permit("view_repository")
        record = _root_record(call, view, root_kind)
        child_count = len(view.children(None))
        title = record.get("title")
        answer: Record = {
            **view.counts(child_count),
            "title": title,
            "uri": record["uri"],
            "jsonmodel_type": root_kind,
            "parsed_title": _parsed(title),
            "suppressed": int(bool(record.get("suppressed"))),
            "slugged_url": "",
            "has_digital_instance": False,
        }
        if root_kind == "resource":
            answer["level"] = record.get("other_level") or record.get("level")
            answer["identifier"] = "-".join(str(record[f"id_{i}"]) for i in range(4) if record.get(f"id_{i}"))
        else:
            answer["digital_object_type"] = record.get("digital_object_type")
            answer["file_uri_summary"] = ", ".join(
                str(f.get("file_uri")) for f in record.get("file_versions") or [] if isinstance(f, dict)
            )
        answer["precomputed_waypoints"] = view.precomputed("", None, child_count)
        return Response.json(answer)

    return handler


def waypoint(root_kind: str) -> Handler:
    """``GET .../{id}/tree/waypoint?offset=N[&parent_node=URI]``."""

    def handler(call: Call, id: str, repo_id: str) -> Response:
        view = _open(call, root_kind, id, repo_id)
        offset = call.params.integer("offset", required=True)
        parent_node = call.params.string("parent_node")
        call.permit("view_repository")
        _root_record(call, view, root_kind)
        parent_id: int | None = None
        if parent_node:
            parsed = parse_uri(parent_node)
            if parsed is None or parsed[0].name != view.tree.node_kind:
                return Response.json([])
            parent_id = parsed[2]
        return Response.json(view.waypoint(parent_id, offset or 0) if (offset or 0) >= 0 else [])

    return handler


def node(root_kind: str) -> Handler:
    """``GET .../{id}/tree/node?node_uri=URI``."""

    def handler(call: Call, id: str, repo_id: str) -> Response:
        view = _open(call, root_kind, id, repo_id)
        node_uri = call.params.string("node_uri", required=True) or ""
        call.permit("view_repository")
        _root_record(call, view, root_kind)
        node_id = _node_id(call, view, node_uri)
        record = call.store.get(view.tree.node_kind, node_id, view.repo) or {}
        where = call.store.location(view.tree.node_kind, node_id)
        siblings = view.children(where[1] if where else None)
        position = siblings.index(node_id) + 1 if node_id in siblings else 1
        child_count = len(view.children(node_id))
        answer: Record = {  # unlike waypoint entries: no parsed_title, slugged_url or suppressed
            **view.counts(child_count),
            "title": record.get("display_string"),
            "uri": record.get("uri"),
            "position": position,
            "jsonmodel_type": view.tree.node_kind,
            "identifier": record.get("component_id") or None,
            "has_digital_instance": _display(record, view.container)["has_digital_instance"],
        }
        answer["precomputed_waypoints"] = view.precomputed(node_uri, node_id, child_count)
        return Response.json(answer)

    return handler


def node_from_root(root_kind: str) -> Handler:
    """``GET .../{id}/tree/node_from_root?node_ids[]=N``: the waypoint path from the root to each node."""

    def handler(call: Call, id: str, repo_id: str) -> Response:
        view = _open(call, root_kind, id, repo_id)
        node_ids = call.params.integers("node_ids", required=True)
        call.permit("view_repository")
        root_record = _root_record(call, view, root_kind)
        node_kind = view.tree.node_kind
        result: dict[str, list[Record]] = {}
        for node_id in node_ids:
            _node_id(call, view, KINDS[node_kind].uri(node_id, view.repo))
            path: list[Record] = []
            current: int = node_id
            while True:
                where = call.store.location(node_kind, current)
                if where is None:  # pragma: no cover - checked above
                    raise ApiError(404, {"error": f"{KINDS[node_kind].model} not found"})
                siblings = view.children(where[1])
                offset = (list(siblings).index(current) + 1) // WAYPOINT_SIZE if current in siblings else 0
                step = {"root_record_uri": root_record["uri"], "offset": offset}
                if where[1] is None:
                    title = root_record.get("title")
                    path.append(
                        {
                            "node": None,
                            **step,
                            "jsonmodel_type": root_kind,
                            "title": title,
                            "parsed_title": _parsed(title),
                        }
                    )
                    break
                parent = call.store.get(node_kind, where[1], view.repo) or {}
                title = parent.get("display_string")
                path.append(
                    {
                        "node": parent.get("uri"),
                        **step,
                        "jsonmodel_type": node_kind,
                        "title": title,
                        "parsed_title": _parsed(title),
                    }
                )
                current = where[1]
            result[str(node_id)] = list(reversed(path))
        return Response.json(result)

    return handler
