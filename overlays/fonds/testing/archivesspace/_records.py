"""Record endpoints: get, create, update, delete, publish and suppress, with the server's answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._core import Response
from ._call import Call
from ._errors import ApiError, db_error, invalid_record, not_found, stale_record
from ._kinds import KINDS, Kind
from ._resolve import resolve
from ._tree_model import ref_id
from ._validate import validate

Handler = Callable[..., Response]


def _scope(call: Call, kind: Kind, repo_id: str | None) -> int | None:
    return call.repo_id(repo_id) if kind.repo_scoped and repo_id is not None else None


def _existing(call: Call, kind: Kind, record_id: int, repo: int | None) -> dict[str, Any]:
    record = call.store.get(kind.name, record_id, repo)
    if record is None:
        raise not_found(kind.model)
    return record


def _check_tree_links(call: Call, kind: Kind, body: dict[str, Any], repo: int | None) -> None:
    """An archival object's ``resource`` and ``parent`` (a component's ``digital_object``) must exist."""
    tree = call.store.trees.get(kind.name)
    if tree is None:
        return
    root_id = ref_id(body.get(tree.root_field))
    errors: dict[str, list[str]] = {}
    if root_id is None or call.store.get(tree.root_kind, root_id, repo) is None:
        errors[tree.root_field] = [f"The {KINDS[tree.root_kind].model} must exist in this repository"]
    parent_id = ref_id(body.get("parent")) if body.get("parent") else None
    if parent_id is not None and not errors:
        where = call.store.location(kind.name, parent_id) if call.store.alive(kind.name, parent_id) else None
        if where is None or where[0] != root_id:
            errors["parent"] = [f"The parent must be a {kind.name} of the same {tree.root_kind}"]
    if errors:
        raise invalid_record(errors, body, kind.name)


_LINK_LISTS = ("subjects", "linked_agents", "related_accessions", "related_resources", "classifications")


def _links(body: dict[str, Any]) -> list[str]:
    """The URIs a record links to that must name existing records (else the database refuses the save)."""
    found: list[str] = []
    for field in _LINK_LISTS:
        for link in body.get(field) or []:
            if isinstance(link, dict) and isinstance(link.get("ref"), str):
                found.append(link["ref"])
    for instance in body.get("instances") or []:
        if not isinstance(instance, dict):
            continue
        sub = instance.get("sub_container")
        for link in (sub.get("top_container") if isinstance(sub, dict) else None, instance.get("digital_object")):
            if isinstance(link, dict) and isinstance(link.get("ref"), str):
                found.append(link["ref"])
    return found


def _check_links(call: Call, kind: Kind, body: dict[str, Any], repo: int | None, record_id: int | None) -> None:
    """Links to missing records (``error.db_error``) and a repeated identifier (``That ID is already in use``)."""
    for uri in _links(body):
        if call.store.by_uri(uri) is None:
            raise db_error(f"the record {uri} linked from this {kind.name} does not exist")
    if kind.name not in ("accession", "resource"):
        return
    identifier = tuple(body.get(f"id_{i}") or None for i in range(4))
    for other in call.store.ids(kind.name, repo):
        if other == record_id:
            continue
        record = call.store.raw(kind.name, other) or {}
        if tuple(record.get(f"id_{i}") or None for i in range(4)) == identifier:
            raise ApiError(400, {"error": {"id_0": ["That ID is already in use"]}})


def get_one(kind: Kind) -> Handler:
    """``GET .../{id}``: the record, with ``resolve[]``; 404 JSON when missing."""

    def handler(call: Call, id: str, repo_id: str | None = None) -> Response:
        repo = _scope(call, kind, repo_id)
        record_id = call.record_id(id)
        names = call.params.array("resolve")
        call.permit(kind.view_permission)
        return Response.json(resolve(call.store, _existing(call, kind, record_id, repo), names))

    return handler


def create(kind: Kind) -> Handler:
    """``POST /collection``: validate, save, answer ``{status: "Created", id, lock_version, stale, uri, warnings}``."""

    def handler(call: Call, repo_id: str | None = None) -> Response:
        body = validate(kind, call.body())
        repo = _scope(call, kind, repo_id)
        call.permit(kind.update_permission)
        _check_tree_links(call, kind, body, repo)
        _check_links(call, kind, body, repo, None)
        record = call.store.create(kind.name, body, repo, call.username)
        record_id = int(record["uri"].rsplit("/", 1)[1])
        return Response.json(
            {
                "status": "Created",
                "id": record_id,
                "lock_version": 0,
                "stale": True,
                "uri": record["uri"],
                "warnings": [],
            }
        )

    return handler


def update(kind: Kind) -> Handler:
    """``POST .../{id}``: the full record with its current ``lock_version``, else 409."""

    def handler(call: Call, id: str, repo_id: str | None = None) -> Response:
        body = validate(kind, call.body())
        repo = _scope(call, kind, repo_id)
        record_id = call.record_id(id)
        call.permit(kind.update_permission)
        current = _existing(call, kind, record_id, repo)
        raw = body.get("lock_version")
        try:
            sent = int(raw) if raw is not None else None
        except (TypeError, ValueError):
            sent = None
        if sent != current["lock_version"]:
            raise stale_record()
        _check_tree_links(call, kind, body, repo)
        _check_links(call, kind, body, repo, record_id)
        record = call.store.update(kind.name, record_id, body, repo, call.username)
        return Response.json(
            {
                "status": "Updated",
                "id": record_id,
                "lock_version": record["lock_version"],
                "stale": True,
                "uri": record["uri"],
                "warnings": [],
            }
        )

    return handler


def delete(kind: Kind) -> Handler:
    """``DELETE .../{id}``: ``{"status": "Deleted", "id": N}`` (a tree node takes its descendants with it)."""

    def handler(call: Call, id: str | None = None, repo_id: str | None = None) -> Response:
        if kind.name == "repository":  # DELETE /repositories/{repo_id}
            record_id, repo = call.repo_id(repo_id or ""), None
        else:
            repo = _scope(call, kind, repo_id)
            record_id = call.record_id(id or "")
        call.permit(kind.delete_permission)
        _existing(call, kind, record_id, repo)
        call.store.delete(kind.name, record_id)
        return Response.json({"status": "Deleted", "id": record_id})

    return handler


def publish(kind: Kind, value: bool) -> Handler:
    """``POST .../{id}/publish`` (and ``unpublish``): a resource's whole tree follows it."""

    def handler(call: Call, id: str, repo_id: str | None = None) -> Response:
        repo = _scope(call, kind, repo_id)
        record_id = call.record_id(id)
        call.permit(kind.update_permission)
        _existing(call, kind, record_id, repo)
        record = call.store.touch(kind.name, record_id, repo, call.username, publish=value)
        if kind.name == "resource":
            call.store.publish_tree(record_id, value, repo, call.username)
        return Response.json(
            {"status": "Updated", "id": record_id, "lock_version": record["lock_version"], "stale": None}
        )

    return handler


def suppress(kind: Kind) -> Handler:
    """``POST .../{id}/suppressed?suppressed=true|false``: ``{status: "Suppressed", id, suppressed_state}``."""

    def handler(call: Call, id: str, repo_id: str | None = None) -> Response:
        record_id = call.record_id(id)
        state = call.params.boolean("suppressed", required=True)
        repo = _scope(call, kind, repo_id)
        call.permit("suppress_archival_record")
        _existing(call, kind, record_id, repo)
        call.store.touch(kind.name, record_id, repo, call.username, suppressed=bool(state))
        return Response.json({"status": "Suppressed", "id": record_id, "suppressed_state": bool(state)})

    return handler


def children(kind: Kind) -> Handler:
    """``GET .../archival_objects/{id}/children``: the direct children, as full records."""

    def handler(call: Call, id: str, repo_id: str | None = None) -> Response:
        repo = _scope(call, kind, repo_id)
        record_id = call.record_id(id)
        call.permit("view_repository")
        _existing(call, kind, record_id, repo)
        store = call.store
        where = store.location(kind.name, record_id)
        if where is None:  # pragma: no cover - an existing node has a place
            raise ApiError(500, {"error": "tree node without a place"})
        found = [store.get(kind.name, child, repo) for child in store.trees[kind.name].children(where[0], record_id)]
        return Response.json([record for record in found if record is not None])

    return handler


def repositories(call: Call) -> Response:
    """``GET /repositories``: every repository, as a bare list (this route is not paginated)."""
    names = call.params.array("resolve")
    call.permit(None)
    found = [call.store.get("repository", i) for i in call.store.ids("repository", None)]
    return Response.json([resolve(call.store, r, names) for r in found if r is not None])
