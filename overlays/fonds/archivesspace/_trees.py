"""Walking resource, digital object and classification trees through ``tree/root`` and ``tree/waypoint``."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from archivesspace_api.types import UNSET

from ..errors import ConfigurationError

TREE_KINDS = {
    "resources": "archival_objects",
    "digital_objects": "digital_object_components",
    "classifications": "classification_terms",
}
#: The records below a tree's root, and the field of theirs that links to the root.
NODE_KINDS = {
    "archival_objects": ("resources", "resource"),
    "digital_object_components": ("digital_objects", "digital_object"),
    "classification_terms": ("classifications", "classification"),
}
_ROOT_URI = re.compile(r"^/repositories/(\d+)/(resources|digital_objects|classifications)/(\d+)$")
_NODE_URI = re.compile(r"^/repositories/(\d+)/(archival_objects|digital_object_components|classification_terms)/(\d+)$")


@attrs.frozen
class TreeNode:
    """One node of a tree, as the waypoints give it. ``depth`` is 0 for the root, 1 for its children...

    ``entry`` holds the server's whole entry (``TreeRoot`` for the root, ``TreeWaypointEntry`` below it), with
    display fields such as ``level``, ``dates`` and ``containers``.

    Example::

        for node in aspace.walk_tree("/repositories/2/resources/1"):
            print("  " * node.depth, node.title, node.child_count)
    """

    uri: str
    title: str | None
    depth: int
    position: int
    child_count: int
    parent_uri: str | None
    entry: Any

    @property
    def id(self) -> int:
        """The node's record id (the last segment of its URI): ``aspace.archival_objects.get(repo_id=2,
        id=node.id)``."""
        return int(self.uri.rstrip("/").rsplit("/", 1)[-1])

    @property
    def record_type(self) -> str:
        """The collection of the node's record (``archival_objects``, ``resources``...): ``node.record_type ==
        "archival_objects"``."""
        return self.uri.rstrip("/").rsplit("/", 2)[-2]


def parse_root(uri: str) -> tuple[int, str, int]:
    """``(repo_id, kind, id)`` of a tree root URI (``/repositories/2/resources/1``) or of a node below one
    (``/repositories/2/archival_objects/7``); raises ``ConfigurationError`` for anything else.

    Example: ``parse_root("/repositories/2/resources/1") == (2, "resources", 1)``.
    """
    m = _ROOT_URI.match(uri.rstrip("/")) or _NODE_URI.match(uri.rstrip("/")) if isinstance(uri, str) else None
    if not m:
        raise ConfigurationError(
            "not the URI of a resource, digital object or classification, or of an archival object, digital object"
            f" component or classification term: {uri!r}"
        )
    return int(m.group(1)), m.group(2), int(m.group(3))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def walk(namespace: Any, repo_id: int, id: int, published_only: bool = False) -> Iterator[TreeNode]:
    """Every node, depth first, in tree order, fetching one waypoint (page of children) at a time."""
    root = namespace.get_tree_root(repo_id=repo_id, id=id, published_only=published_only)
    size = int(root.waypoint_size) or 1
    yield TreeNode(root.uri, _text(root.title), 0, 0, int(root.child_count), None, root)
    yield from _children(namespace, repo_id, id, published_only, size, None, int(root.child_count), 1)


def walk_subtree(client: Any, repo_id: int, kind: str, id: int, published_only: bool = False) -> Iterator[TreeNode]:
    """A node below a tree's root (an archival object...) and everything below it, depth first: the node comes
    first, at depth 0, with its ``tree/node`` answer as ``entry``."""
    record = getattr(client, kind).get(repo_id=repo_id, id=id)
    root_kind, link = NODE_KINDS[kind]
    root_ref = getattr(getattr(record, link, None), "ref", None)
    if not isinstance(root_ref, str):
        raise ConfigurationError(f"{record.uri} links to no {link}")
    root_repo, _, root_id = parse_root(root_ref)
    namespace = getattr(client, root_kind)
    node = namespace.get_tree_node(repo_id=root_repo, id=root_id, node_uri=record.uri, published_only=published_only)
    size = int(node.waypoint_size) or 1
    position = record.position if isinstance(record.position, int) else max(int(node.position or 1) - 1, 0)
    parent = getattr(getattr(record, "parent", None), "ref", None)
    count = int(node.child_count)
    yield TreeNode(node.uri, _text(node.title), 0, position, count, parent if isinstance(parent, str) else None, node)
    yield from _children(namespace, root_repo, root_id, published_only, size, node.uri, count, 1)


def _children(
    namespace: Any, repo_id: int, id: int, published_only: bool, size: int, parent: str | None, count: int, depth: int
) -> Iterator[TreeNode]:
    for offset in range(math.ceil(count / size)):
        entries = namespace.get_tree_waypoint(
            repo_id=repo_id,
            id=id,
            offset=offset,
            parent_node=parent if parent else UNSET,
            published_only=published_only,
        )
        for entry in entries:
            child_count = entry.child_count if isinstance(entry.child_count, int) else 0
            yield TreeNode(entry.uri, _text(entry.title), depth, int(entry.position), child_count, parent, entry)
            if child_count:
                yield from _children(namespace, repo_id, id, published_only, size, entry.uri, child_count, depth + 1)


def records(client: Any, nodes: Iterable[TreeNode], batch: int = 250) -> Iterator[Any]:
    """The full records of ``nodes`` (below the root), fetched by ``id_set`` in batches, in the nodes' order."""
    pending: list[TreeNode] = []
    for node in nodes:
        if node.depth == 0:
            continue
        pending.append(node)
        if len(pending) >= batch:
            yield from _fetch(client, pending)
            pending = []
    if pending:
        yield from _fetch(client, pending)


def _fetch(client: Any, nodes: list[TreeNode]) -> Iterator[Any]:
    by_kind: dict[tuple[int, str], list[int]] = defaultdict(list)
    for node in nodes:
        repo_id = int(node.uri.split("/")[2])
        by_kind[(repo_id, node.record_type)].append(node.id)
    fetched: dict[str, Any] = {}
    for (repo_id, kind), ids in by_kind.items():
        for record in getattr(client, kind).get_many(repo_id=repo_id, ids=ids):
            fetched[record.uri] = record
    for node in nodes:
        if node.uri in fetched:
            yield fetched[node.uri]
