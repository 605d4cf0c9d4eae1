"""Where every seeded archival object sits, by arithmetic alone (no per-record memory).

The seeded archival objects (ids 1..N in repository 2) are cut into consecutive blocks, one per resource. Each
resource's block follows a shape taken in turn from :data:`SHAPES`: the fan-out of each level, filled breadth
first. So a record's resource, parent, position and depth, and a node's children, are all O(1) to compute:

- ``(3, 6, 8)``: 3 series, 6 files each, 8 items each (165 records, 3 levels);
- ``(220,)``: 220 files directly under the resource (the root has more than one waypoint of children);
- ``(1, 240)``: one series holding up to 240 files (a node with more than 200 children);
- ``(5, 20, 10, 5)``: a deep tree of 6,105 records (4 levels).

With the default 600 records, resource 1 gets 165, resource 2 the 220 and resource 3 the other 215.
"""

from __future__ import annotations

import itertools

import attrs

SHAPES: tuple[tuple[int, ...], ...] = ((3, 6, 8), (220,), (1, 240), (5, 20, 10, 5))

LEVEL_NAMES: dict[int, tuple[str, ...]] = {
    1: ("file",),
    2: ("series", "file"),
    3: ("series", "file", "item"),
    4: ("series", "subseries", "file", "item"),
}

MIN_RESOURCES = 3
NODE_CACHE = 8192


def _capacity(fanouts: tuple[int, ...]) -> int:
    total, width = 0, 1
    for fanout in fanouts:
        width *= fanout
        total += width
    return total


_CAPACITIES = tuple(_capacity(shape) for shape in SHAPES)
_OFFSETS = tuple(itertools.accumulate((0, *_CAPACITIES)))  # block start within a cycle
_CYCLE = _OFFSETS[-1]


@attrs.frozen
class Block:
    """One resource's share of the seeded archival objects and the shape of its tree."""

    resource_id: int
    first_id: int
    size: int
    fanouts: tuple[int, ...]
    counts: tuple[int, ...]
    starts: tuple[int, ...]

    def level_of(self, index: int) -> int:
        """The 0-based level of the record at ``index`` in this block."""
        for level in range(len(self.counts) - 1, -1, -1):
            if index >= self.starts[level]:
                return level
        return 0  # pragma: no cover

    def children(self, level: int | None, index_in_level: int = 0) -> range:
        """Ids of the children of the root (``level=None``) or of the node ``index_in_level`` of ``level``."""
        child_level = 0 if level is None else level + 1
        if child_level >= len(self.counts):
            return range(0)
        fanout = self.fanouts[child_level]
        offset = 0 if level is None else index_in_level * fanout
        count = max(0, min(fanout, self.counts[child_level] - offset))
        first = self.first_id + self.starts[child_level] + offset
        return range(first, first + count)


@attrs.frozen
class Node:
    """Where one seeded archival object sits."""

    resource_id: int
    level: int  # 0 = directly under the resource
    parent_id: int | None
    position: int
    children: range
    level_name: str
    depth_of_tree: int


class Layout:
    """The arithmetic placement of ``total`` seeded archival objects over resources.

    Example::

        layout = Layout(600)
        layout.node(1).resource_id      # 1
        len(layout.children(2, None))   # 220: resource 2's records all sit directly under it
    """

    def __init__(self, total: int) -> None:
        self.total = max(0, total)
        cycles, rest = divmod(self.total, _CYCLE)
        blocks = cycles * len(SHAPES) + sum(1 for offset in _OFFSETS[:-1] if offset < rest)
        self.blocks = blocks
        self.resources = max(MIN_RESOURCES, blocks)
        self._blocks: dict[int, Block] = {}
        self._nodes: dict[int, Node] = {}  # a bounded cache: pages and trees read neighbours together

    def block(self, resource_id: int) -> Block:
        """The block of ``resource_id`` (empty for resources past the seeded records)."""
        found = self._blocks.get(resource_id)
        if found is None:
            found = self._blocks[resource_id] = self._make_block(resource_id)
        return found

    def _make_block(self, resource_id: int) -> Block:
        cycle, k = divmod(resource_id - 1, len(SHAPES))
        start = cycle * _CYCLE + _OFFSETS[k]
        size = max(0, min(_CAPACITIES[k], self.total - start))
        fanouts = SHAPES[k]
        counts: list[int] = []
        starts: list[int] = []
        remaining, previous, position = size, 1, 0
        for fanout in fanouts:
            count = min(remaining, previous * fanout)
            starts.append(position)
            counts.append(count)
            position += count
            remaining -= count
            previous = count
        return Block(resource_id, start + 1, size, fanouts, tuple(counts), tuple(starts))

    def resource_of(self, ao_id: int) -> tuple[Block, int] | None:
        """The block holding seeded archival object ``ao_id`` and its index in the block, or None."""
        if not 1 <= ao_id <= self.total:
            return None
        cycle, rest = divmod(ao_id - 1, _CYCLE)
        k = next(i for i in range(len(SHAPES)) if rest < _OFFSETS[i + 1])
        return self.block(cycle * len(SHAPES) + k + 1), rest - _OFFSETS[k]

    def node(self, ao_id: int) -> Node | None:
        """Where seeded archival object ``ao_id`` sits, or None when it is not a seeded id."""
        cached = self._nodes.get(ao_id)
        if cached is not None:
            return cached
        made = self._make_node(ao_id)
        if made is not None:
            if len(self._nodes) >= NODE_CACHE:
                self._nodes.clear()
            self._nodes[ao_id] = made
        return made

    def _make_node(self, ao_id: int) -> Node | None:
        found = self.resource_of(ao_id)
        if found is None:
            return None
        block, index = found
        level = block.level_of(index)
        j = index - block.starts[level]
        if level == 0:
            parent, position = None, j
        else:
            fanout = block.fanouts[level]
            parent, position = block.first_id + block.starts[level - 1] + j // fanout, j % fanout
        depth = len(block.fanouts)
        return Node(
            block.resource_id, level, parent, position, block.children(level, j), LEVEL_NAMES[depth][level], depth
        )

    def children(self, resource_id: int, parent_id: int | None) -> range:
        """The seeded children of a resource's root (``parent_id=None``) or of a seeded archival object."""
        if not 1 <= resource_id <= self.blocks:
            return range(0)
        if parent_id is None:
            return self.block(resource_id).children(None)
        node = self.node(parent_id)
        if node is None or node.resource_id != resource_id:
            return range(0)
        return node.children
