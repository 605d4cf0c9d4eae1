"""The live shape of the record trees (resources of archival objects, digital objects of components).

Seeded children come from the layout arithmetic. When a tree changes (a node created, moved or deleted), only the
child lists of the parents involved are copied out and edited: memory follows the changes, not the tree size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._layout import Layout

ParentKey = tuple[int, int | None]


def ref_id(link: Any) -> int | None:
    """The trailing id of a ``{"ref": uri}`` link (or of a bare URI), or None."""
    uri = link.get("ref") if isinstance(link, dict) else link
    if not isinstance(uri, str):
        return None
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else None


class Tree:
    """One family of trees: ``node_kind`` records under ``root_kind`` records.

    ``stored`` and ``exists_node``/``exists_root`` come from the store; ``layout`` gives the seeded shape (only for
    archival objects).

    Example::

        tree.children(3, None)   # ids directly under resource 3
        tree.position(390)       # 0-based position among its siblings
    """

    def __init__(
        self,
        node_kind: str,
        root_kind: str,
        root_field: str,
        stored: dict[int, dict[str, Any]],
        seeded: range,
        layout: Layout | None,
    ) -> None:
        self.node_kind = node_kind
        self.root_kind = root_kind
        self.root_field = root_field
        self._stored = stored
        self._seeded = seeded
        self._layout = layout
        self.overrides: dict[ParentKey, list[int]] = {}

    def location(self, node_id: int) -> ParentKey | None:
        """``(root id, parent id or None)`` of a node, or None when it has none."""
        record = self._stored.get(node_id)
        if record is not None:
            root = ref_id(record.get(self.root_field))
            return None if root is None else (root, ref_id(record.get("parent")))
        if self._layout is not None and node_id in self._seeded:
            node = self._layout.node(node_id)
            if node is not None:
                return node.resource_id, node.parent_id
        return None

    def children(self, root_id: int, parent_id: int | None) -> Sequence[int]:
        """The ids directly under ``parent_id`` (or under the root itself), in order."""
        found = self.overrides.get((root_id, parent_id))
        if found is not None:
            return found
        if self._layout is None or (parent_id is not None and parent_id not in self._seeded):
            return ()
        return self._layout.children(root_id, parent_id)

    def position(self, node_id: int) -> int:
        """The 0-based position of a node among its siblings."""
        where = self.location(node_id)
        if where is None:
            return 0
        found = self.overrides.get(where)
        if found is not None:
            return found.index(node_id) if node_id in found else 0
        node = self._layout.node(node_id) if self._layout is not None else None
        return node.position if node is not None else 0

    def _materialize(self, key: ParentKey) -> list[int]:
        found = self.overrides.get(key)
        if found is None:
            found = self.overrides[key] = list(self.children(*key))
        return found

    def insert(self, key: ParentKey, node_id: int, position: int | None) -> None:
        """Put ``node_id`` under ``key`` at ``position`` (the end when None or past the end)."""
        siblings = self._materialize(key)
        if node_id in siblings:
            siblings.remove(node_id)
        if position is None or position >= len(siblings) or position < 0:
            siblings.append(node_id)
        else:
            siblings.insert(position, node_id)

    def remove(self, key: ParentKey, node_id: int) -> None:
        """Take ``node_id`` out of the child list of ``key``."""
        siblings = self._materialize(key)
        if node_id in siblings:
            siblings.remove(node_id)
