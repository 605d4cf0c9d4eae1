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
_ROOT_URI = re.compile(r"^/repositories/(\d+)/(resources|digital_objects|classifications)/(\d+)$")


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
    """``(repo_id, kind, id)`` of a tree root URI; raises ``ConfigurationError`` for anything else."""
    m = _ROOT_URI.match(uri.rstrip("/"))
    if not m:
        raise ConfigurationError(f"not the URI of a resource, digital object or classification: {uri!r}")
    return int(m.group(1)), m.group(2), int(m.group(3))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def walk(namespace: Any, repo_id: int, id: int, published_only: bool = False) -> Iterator[TreeNode]:
    """Every node, depth first, in tree order, fetching one waypoint (page of children) at a time."""
    root = namespace.get_tree_root(repo_id=repo_id, id=id, published_only=published_only)
    size = int(root.waypoint_size) or 1
    yield TreeNode(root.uri, _text(root.title), 0, 0, int(root.child_count), None, root)

    def children(parent: str | None, count: int, depth: int) -> Iterator[TreeNode]:
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
                    yield from children(entry.uri, child_count, depth + 1)

    yield from children(None, int(root.child_count), 1)


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
