"""Tree operations beyond the large-tree reads: ordered records, top containers, moving and adding children."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .._core import Response
from ._call import Call
from ._errors import ApiError, not_found
from ._kinds import KINDS, parse_uri
from ._resolve import resolve
from ._validate import validate

Handler = Callable[..., Response]
Record = dict[str, Any]


def _resource(call: Call, repo: int, record_id: int) -> Record:
    record = call.store.get("resource", record_id, repo)
    if record is None:
        raise not_found("Resource")
    return record


def _walk(call: Call, repo: int, root_id: int, parent_id: int | None, depth: int) -> Iterator[tuple[Record, int]]:
    tree = call.store.trees["archival_object"]
    for child in tree.children(root_id, parent_id):
        record = call.store.get("archival_object", child, repo)
        if record is None:
            continue
        yield record, depth
        yield from _walk(call, repo, root_id, child, depth + 1)


def ordered_records(call: Call, repo_id: str, id: str) -> Response:
    """``GET .../resources/{id}/ordered_records``: the resource, then its archival objects in tree order
    (unpublished and suppressed records, and everything below them, left out)."""
    repo, record_id = call.repo_id(repo_id), call.record_id(id)
    call.permit("view_repository")
    resource = _resource(call, repo, record_id)
    uris: list[Record] = [
        {"ref": resource["uri"], "display_string": resource.get("title"), "depth": 0, "level": resource.get("level")}
    ]
    hidden: set[str] = set()
    for record, depth in _walk(call, repo, record_id, None, 1):
        parent = (record.get("parent") or {}).get("ref")
        if parent in hidden or not record.get("publish") or record.get("suppressed"):
            hidden.add(record["uri"])
            continue
        entry = {"ref": record["uri"], "display_string": record.get("display_string"), "depth": depth}
        uris.append({**entry, "level": record.get("level")})
    return Response.json({"jsonmodel_type": "resource_ordered_records", "uris": uris})


def _container_refs(records: Iterator[Record]) -> list[Record]:
    seen: dict[str, None] = {}
    for record in records:
        for instance in record.get("instances") or []:
            sub = instance.get("sub_container") if isinstance(instance, dict) else None
            ref = (sub.get("top_container") or {}).get("ref") if isinstance(sub, dict) else None
            if isinstance(ref, str):
                seen[ref] = None
    return [{"ref": ref} for ref in seen]


def top_containers(kind_name: str) -> Handler:
    """``GET .../resources/{id}/top_containers`` (across the tree) and ``.../accessions/{id}/top_containers``."""

    def handler(call: Call, repo_id: str, id: str) -> Response:
        repo, record_id = call.repo_id(repo_id), call.record_id(id)
        names = call.params.array("resolve")
        call.permit("view_repository")
        record = call.store.get(kind_name, record_id, repo)
        if record is None:
            raise not_found(KINDS[kind_name].model)
        records = iter([record])
        if kind_name == "resource":
            records = iter([record, *(r for r, _ in _walk(call, repo, record_id, None, 1))])
        return Response.json(resolve(call.store, _container_refs(records), names))

    return handler


def _updated(record: Record) -> Response:
    return Response.json(
        {
            "status": "Updated",
            "id": int(str(record["uri"]).rsplit("/", 1)[1]),
            "lock_version": record["lock_version"],
            "stale": True,
            "uri": record["uri"],
            "warnings": [],
        }
    )


def set_parent(call: Call, repo_id: str, id: str) -> Response:
    """``POST .../archival_objects/{id}/parent?parent=N&position=M``: move within the tree (no ``parent``: to
    the top level of its resource)."""
    repo, record_id = call.repo_id(repo_id), call.record_id(id)
    parent = call.params.integer("parent")
    position = call.params.integer("position")
    call.permit("update_resource_record")
    record = call.store.get("archival_object", record_id, repo)
    if record is None:
        raise not_found("ArchivalObject")
    body = {k: v for k, v in record.items() if k not in ("position", "ancestors", "has_unpublished_ancestor")}
    if parent is None:
        body.pop("parent", None)
    else:
        found = call.store.get("archival_object", parent, repo)
        if found is None or found.get("resource") != record.get("resource") or parent == record_id:
            raise ApiError(400, {"error": {"parent": ["The parent must be an archival object of the same resource"]}})
        body["parent"] = {"ref": found["uri"]}
    if position is not None:
        body["position"] = position
    return _updated(call.store.update("archival_object", record_id, body, repo, call.username))


def previous(call: Call, repo_id: str, id: str) -> Response:
    """``GET .../archival_objects/{id}/previous``: the record before this one in tree order (404 for the first)."""
    repo, record_id = call.repo_id(repo_id), call.record_id(id)
    call.permit("view_repository")
    record = call.store.get("archival_object", record_id, repo)
    if record is None:
        raise not_found("ArchivalObject")
    root = int(str(record["resource"]["ref"]).rsplit("/", 1)[1])
    before: Record | None = None
    for current, _ in _walk(call, repo, root, None, 1):
        if current["uri"] == record["uri"]:
            break
        before = current
    if before is None:
        raise ApiError(404, {"error": "No previous node"})
    return Response.json(before)


def add_children(parent_kind: str) -> Handler:
    """``POST .../resources/{id}/children`` (and archival objects'): create the ``children`` in order after the
    existing ones, linked to the record posted to."""

    def handler(call: Call, repo_id: str, id: str) -> Response:
        body = call.body()
        repo, record_id = call.repo_id(repo_id), call.record_id(id)
        call.permit("update_resource_record")
        target = call.store.get(parent_kind, record_id, repo)
        if target is None:
            raise not_found(KINDS[parent_kind].model)
        children = body.get("children") if isinstance(body, dict) else None
        if not isinstance(children, list):
            raise ApiError(400, {"error": {"children": ["Property is required but was missing"]}})
        resource = target["uri"] if parent_kind == "resource" else target["resource"]["ref"]
        kind = KINDS["archival_object"]
        records = []
        for child in children:
            linked = {**(child if isinstance(child, dict) else {}), "resource": {"ref": resource}}
            if parent_kind == "archival_object":
                linked["parent"] = {"ref": target["uri"]}
            records.append(validate(kind, linked))
        for linked in records:
            call.store.create("archival_object", linked, repo, call.username)
        return _updated(call.store.get(parent_kind, record_id, repo) or target)

    return handler


def batch_delete(call: Call) -> Response:
    """``POST /batch_delete?record_uris[]=...``: delete each record; a failure is a 403 listing the failures."""
    uris = call.params.array("record_uris", required=True)
    call.permit(None)
    results, failures = [], []
    for uri in uris:
        parsed = parse_uri(uri)
        kind = parsed[0] if parsed else None
        if parsed is None or kind is None or call.store.by_uri(uri) is None:
            failures.append({"uri": uri, "response": {"error": "Record not found"}})
            continue
        if call.user is None or not call.user.can(kind.delete_permission):
            failures.append({"uri": uri, "response": {"error": "Access denied"}})
            continue
        call.store.delete(kind.name, parsed[2])
        results.append({"status": "Deleted", "id": parsed[2], "uri": uri})
    if failures:
        raise ApiError(403, {"error": {"failures": failures}})
    return Response.json({"status": "OK", "results": results})
