"""Walking resource, digital object and classification trees through ``tree/root`` and ``tree/waypoint``."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from archivesspace_api.types import UNSET

from ..errors import InvalidArgument

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
# ASCII digits only (``\d`` would take other scripts' digits); the ids are then checked by the tree operations.
_ROOT_URI = re.compile(r"/repositories/([0-9]+)/(resources|digital_objects|classifications)/([0-9]+)")
_NODE_URI = re.compile(
    r"/repositories/([0-9]+)/(archival_objects|digital_object_components|classification_terms)/([0-9]+)"
)


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
    (``/repositories/2/archival_objects/7``); raises ``InvalidArgument`` (a ``ConfigurationError``) for anything
    else.

    Example: ``parse_root("/repositories/2/resources/1") == (2, "resources", 1)``.
    """
    path = uri.rstrip("/") if isinstance(uri, str) else None
    m = (_ROOT_URI.fullmatch(path) or _NODE_URI.fullmatch(path)) if path is not None else None
    if not m:
        found = f"str {uri!r}" if isinstance(uri, str) else type(uri).__name__
        wanted = (
            "the URI of a resource, digital object or classification (/repositories/2/resources/1), or of an"
            " archival object, digital object component or classification term"
        )
        raise InvalidArgument("walk_tree", "uri", wanted, found)
    return int(m.group(1)), m.group(2), int(m.group(3))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def walk(
    namespace: Any, repo_id: int, id: int, published_only: bool = False, node_uri: str | None = None
) -> Iterator[TreeNode]:
    """Every node, depth first, in tree order, fetching one waypoint (page of children) at a time.

    With ``node_uri`` (a component of the tree) the walk starts at that node (``tree/node``), at depth 0.
    """
    if node_uri is None:
        root = namespace.get_tree_root(repo_id=repo_id, id=id, published_only=published_only)
        start = None
    else:
        root = namespace.get_tree_node(repo_id=repo_id, id=id, node_uri=node_uri, published_only=published_only)
        start = root.uri
    size = int(root.waypoint_size) or 1
    position = root.position if isinstance(getattr(root, "position", None), int) else 0
    yield TreeNode(root.uri, _text(root.title), 0, position, int(root.child_count), None, root)

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

    yield from children(start, int(root.child_count), 1)


def walk_subtree(client: Any, repo_id: int, kind: str, id: int, published_only: bool = False) -> Iterator[TreeNode]:
    """A node below a tree's root (an archival object...) and everything below it, depth first: the node comes
    first, at depth 0, with its ``tree/node`` answer as ``entry``."""
    record = getattr(client, kind).get(repo_id=repo_id, id=id)
    root_kind, link = NODE_KINDS[kind]
    root_ref = getattr(getattr(record, link, None), "ref", None)
    if not isinstance(root_ref, str):
        raise InvalidArgument("walk_tree", "uri", f"a record that links to its {link}", "a record without one")
    root_repo, _, root_id = parse_root(root_ref)
    nodes = walk(getattr(client, root_kind), root_repo, root_id, published_only, node_uri=record.uri)
    first = next(nodes)
    # The record's own parent and 0-based position among its siblings (tree/node answers count differently).
    parent = getattr(getattr(record, "parent", None), "ref", None)
    position = record.position if isinstance(record.position, int) else first.position
    yield attrs.evolve(first, position=position, parent_uri=parent if isinstance(parent, str) else None)
    yield from nodes


def records(client: Any, nodes: Iterable[TreeNode], batch: int = 250, include_root: bool = False) -> Iterator[Any]:
    """The full records of ``nodes`` (below the root unless ``include_root``), fetched by ``id_set`` in batches, in
    the nodes' order."""
    pending: list[TreeNode] = []
    for node in nodes:
        if node.depth == 0 and not include_root:
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
