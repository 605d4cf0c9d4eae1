"""The records: seeded ones regenerated on demand, plus an overlay of what was created, changed or deleted."""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from . import _authorities, _generate
from ._complete import complete
from ._derive import READONLY, derive, strip_resolved
from ._kinds import KINDS, Kind, parse_uri
from ._tree_model import ParentKey, Tree, ref_id
from ._world import World, iso

Record = dict[str, Any]

GENERATORS: dict[str, Callable[[World, int], Record | None]] = {
    "accession": _generate.accession,
    "resource": _generate.resource,
    "archival_object": _generate.archival_object,
    "digital_object": _generate.digital_object,
    "digital_object_component": _generate.digital_object_component,
    **_authorities.GENERATORS,
}

TREE_NODES = {
    "archival_object": ("resource", "resource"),
    "digital_object_component": ("digital_object", "digital_object"),
}


class IdList(Sequence[int]):
    """The seeded ids (a ``range``) followed by created ids, without building a list of them all."""

    def __init__(self, seeded: range, created: list[int]) -> None:
        self._seeded = seeded
        self._created = created

    def __len__(self) -> int:
        return len(self._seeded) + len(self._created)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1:
                n = len(self._seeded)
                head = self._seeded[min(start, n) : min(stop, n)]
                tail = self._created[max(0, start - n) : max(0, stop - n)]
                return [*head, *tail]
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += len(self)
        n = len(self._seeded)
        return self._seeded[index] if index < n else self._created[index - n]

    def __iter__(self) -> Iterator[int]:
        return itertools.chain(self._seeded, self._created)


class Table:
    """The overlay of one record type."""

    def __init__(self, kind: Kind, seeded: range) -> None:
        self.kind = kind
        self.seeded = seeded
        self.stored: dict[int, Record] = {}
        self.deleted: set[int] = set()
        self.next_id = max(seeded.stop, 1) if seeded else (3 if kind.name == "repository" else 1)

    def exists(self, record_id: int) -> bool:
        """Whether the record exists in this table (ignoring its tree)."""
        return record_id not in self.deleted and (record_id in self.stored or record_id in self.seeded)


class Store:
    """Every record of the simulated server.

    Example::

        store = Store(World(seed=0, archival_objects=600), clock=time.time)
        store.get("archival_object", 5, repo_id=2)["position"]
    """

    def __init__(self, world: World, clock: Callable[[], float]) -> None:
        self.world = world
        self.clock = clock
        self.tables = {name: Table(kind, world.seeded(name)) for name, kind in KINDS.items()}
        self.trees: dict[str, Tree] = {}
        for node_kind, (root_kind, root_field) in TREE_NODES.items():
            layout = world.layout if node_kind == "archival_object" else None
            self.trees[node_kind] = Tree(
                node_kind, root_kind, root_field, self.tables[node_kind].stored, self.tables[node_kind].seeded, layout
            )
        self.next_term_id = 10_000  # seeded subjects' terms have ids below this
        self.tree_publish: dict[int, bool] = {}  # resource id -> publish state forced on its seeded records
        self.version = 0
        #: (sequence, epoch ms, uri, deleted?) of every write, oldest first: the update and delete feeds.
        self.changes: list[tuple[int, int, str, bool]] = []
        self._ids: dict[tuple[str, int | None], tuple[int, Sequence[int]]] = {}
        #: Bytes of serialised records kept to answer listings faster (0: none). Benchmarks set it so the server
        #: is not what they measure; any write empties it.
        self.json_cache_limit = 0
        self._json_cache: dict[tuple[str, int, int | None], bytes] = {}
        self._json_cache_bytes = 0
        self._json_cache_version = 0

    def record_json(self, kind: str, record_id: int, repo_id: int | None) -> bytes | None:
        """A record serialised as compact JSON (from the cache when it holds it), or None when it is gone."""
        if self._json_cache_version != self.version:
            self._json_cache.clear()
            self._json_cache_bytes, self._json_cache_version = 0, self.version
        key = (kind, record_id, repo_id)
        cached = self._json_cache.get(key)
        if cached is not None:
            return cached
        record = self.get(kind, record_id, repo_id)
        if record is None:
            return None
        data = json.dumps(record, separators=(",", ":")).encode()
        if self._json_cache_bytes + len(data) <= self.json_cache_limit:
            self._json_cache[key] = data
            self._json_cache_bytes += len(data)
        return data

    # -- reading ---------------------------------------------------------------------------------------------

    def raw(self, kind: str, record_id: int) -> Record | None:
        """The stored or seeded form of a record (a fresh copy), ignoring trees and repositories."""
        table = self.tables[kind]
        if record_id in table.deleted:
            return None
        stored = table.stored.get(record_id)
        if stored is not None:
            return copy.deepcopy(stored)
        if record_id in table.seeded:
            seeded = GENERATORS[kind](self.world, record_id)
            return None if seeded is None else complete(seeded, table.kind.model)
        return None

    def alive(self, kind: str, record_id: int) -> bool:
        """Whether a record exists: for tree nodes, also its ancestors and its root."""
        table = self.tables[kind]
        tree = self.trees.get(kind)
        if tree is None:
            return table.exists(record_id)
        if not table.deleted and not self.tables[tree.root_kind].deleted and record_id not in table.stored:
            return record_id in table.seeded  # nothing was deleted: every seeded node is in place
        current: int | None = record_id
        root: int | None = None
        for _ in range(10_000):
            if current is None:
                break
            if not table.exists(current):
                return False
            where = tree.location(current)
            if where is None:
                return False
            root, current = where
        return root is not None and self.tables[tree.root_kind].exists(root)

    def repo_of(self, record: Record) -> int | None:
        """The repository id of a record (None for global records)."""
        return ref_id(record.get("repository")) if isinstance(record.get("repository"), dict) else None

    def get(self, kind: str, record_id: int, repo_id: int | None = None) -> Record | None:
        """A record as ``GET`` answers it, or None when it does not exist (in that repository)."""
        if not self.alive(kind, record_id):
            return None
        record = self.raw(kind, record_id)
        if record is None:
            return None
        if KINDS[kind].repo_scoped and self.repo_of(record) != repo_id:
            return None
        if kind in self.trees:
            self._decorate_node(kind, record_id, record)
        return record

    def by_uri(self, uri: str) -> Record | None:
        """The record a URI names, or None."""
        parsed = parse_uri(uri)
        if parsed is None:
            return None
        kind, repo_id, record_id = parsed
        return self.get(kind.name, record_id, repo_id)

    def _brief(self, kind: str, node_id: int) -> tuple[str, bool]:
        """``(level, publish)`` of a tree node, cheaply for seeded ones."""
        stored = self.tables[kind].stored.get(node_id)
        if stored is not None:
            return str(stored.get("level") or ""), bool(stored.get("publish"))
        node = self.world.layout.node(node_id) if kind == "archival_object" else None
        if node is None:
            return "", True
        return node.level_name, self.tree_publish.get(node.resource_id, True)

    def _decorate_node(self, kind: str, record_id: int, record: Record) -> None:
        tree = self.trees[kind]
        where = tree.location(record_id)
        if where is None:  # pragma: no cover - alive() checked it
            return
        root_id, parent_id = where
        repo = record.get("repository", {}).get("ref", "")
        node_base, root_base = f"{repo}/{KINDS[kind].collection}", f"{repo}/{KINDS[tree.root_kind].collection}"
        record["position"] = tree.position(record_id)
        record[tree.root_field] = {"ref": f"{root_base}/{root_id}"}
        if parent_id is None:
            record.pop("parent", None)
        else:
            record["parent"] = {"ref": f"{node_base}/{parent_id}"}
        if record_id not in self.tables[kind].stored and kind == "archival_object":
            record["publish"] = self.tree_publish.get(root_id, record.get("publish", True))
        ancestors: list[Record] = []
        unpublished = False
        current = parent_id
        while current is not None:
            level, published = self._brief(kind, current)
            unpublished = unpublished or not published
            ancestors.append({"ref": f"{node_base}/{current}", "level": level})
            up = tree.location(current)
            current = up[1] if up else None
        ancestors.append({"ref": f"{root_base}/{root_id}", "level": "collection"})
        record["ancestors"] = ancestors
        record["has_unpublished_ancestor"] = unpublished

    def ids(self, kind: str, repo_id: int | None) -> Sequence[int]:
        """The ids of the live records of ``kind`` (in repository ``repo_id``), ascending."""
        key = (kind, repo_id)
        cached = self._ids.get(key)
        if cached is not None and cached[0] == self.version:
            return cached[1]
        table = self.tables[kind]
        scoped = KINDS[kind].repo_scoped
        seeded = table.seeded if (not scoped or repo_id == 2) else range(0)
        created = sorted(
            i
            for i, record in table.stored.items()
            if i not in table.seeded and (not scoped or self.repo_of(record) == repo_id)
        )
        tree = self.trees.get(kind)
        damaged = bool(table.deleted) or (tree is not None and bool(self.tables[tree.root_kind].deleted))
        ids: Sequence[int]
        if damaged:
            ids = [i for i in itertools.chain(seeded, created) if self.alive(kind, i)]
        else:
            ids = IdList(seeded, created)
        self._ids[key] = (self.version, ids)
        return ids

    # -- writing ---------------------------------------------------------------------------------------------

    def _stamp(self, record: Record, user: str, created: tuple[str, str] | None) -> None:
        now = iso(self.clock())
        record["created_by"], record["create_time"] = created or (user, now)
        record["last_modified_by"], record["system_mtime"], record["user_mtime"] = user, now, now

    def _log(self, uri: str, deleted: bool = False) -> None:
        self.changes.append((len(self.changes) + 1, int(self.clock() * 1000), uri, deleted))

    def _clean(self, kind: Kind, body: Record, record_id: int, repo_id: int | None) -> Record:
        record = {k: v for k, v in strip_resolved(body).items() if k not in READONLY}
        record["jsonmodel_type"] = kind.name
        record["uri"] = kind.uri(record_id, repo_id)
        if kind.repo_scoped:
            record["repository"] = {"ref": f"/repositories/{repo_id}"}
        return record

    def _server_links(self, kind_name: str, record: Record, user: str) -> None:
        """The records the server makes alongside: a repository's agent, a subject's new terms."""
        if kind_name == "repository" and not record.get("agent_representation"):
            name = {
                "jsonmodel_type": "name_corporate_entity",
                "primary_name": str(record.get("name") or record.get("repo_code")),
                "authorized": True,
                "is_display_name": True,
                "source": "local",
            }
            agent = self.create("agent_corporate_entity", {"names": [name]}, None, user)
            record["agent_representation"] = {"ref": agent["uri"]}
        if kind_name == "subject":
            for term in record.get("terms") or []:
                if isinstance(term, dict) and not term.get("uri"):
                    self.next_term_id += 1
                    term["uri"] = f"/terms/{self.next_term_id}"

    def create(self, kind_name: str, body: Record, repo_id: int | None, user: str) -> Record:
        """Save a new record; returns it as stored (with ``uri``, ``lock_version`` 0 and audit fields)."""
        kind = KINDS[kind_name]
        table = self.tables[kind_name]
        record_id = table.next_id
        table.next_id += 1
        record = self._clean(kind, body, record_id, repo_id)
        position = record.pop("position", None)
        record["lock_version"] = 0
        if kind.publishable:
            record.setdefault("publish", False)
        if kind.suppressible:
            record["suppressed"] = False
        self._stamp(record, user, None)
        derive(kind_name, record)
        self._server_links(kind_name, record, user)
        complete(record, kind.model, stamp=True)
        table.stored[record_id] = record
        tree = self.trees.get(kind_name)
        if tree is not None:
            where = tree.location(record_id)
            if where is not None:
                tree.insert(where, record_id, position if isinstance(position, int) else None)
        self.version += 1
        self._log(record["uri"])
        return record

    def update(self, kind_name: str, record_id: int, body: Record, repo_id: int | None, user: str) -> Record:
        """Replace a record with ``body`` (its ``lock_version`` already checked); returns the stored record."""
        kind = KINDS[kind_name]
        current = self.get(kind_name, record_id, repo_id)
        if current is None:  # pragma: no cover - the handler checked
            raise KeyError(record_id)
        tree = self.trees.get(kind_name)
        old_where = tree.location(record_id) if tree is not None else None
        record = self._clean(kind, body, record_id, repo_id)
        position = record.pop("position", None)
        record["lock_version"] = int(current["lock_version"]) + 1
        for kept in ("suppressed", "linked_events"):
            if kept in current:
                record[kept] = current[kept]
        self._stamp(record, user, (current["created_by"], current["create_time"]))
        derive(kind_name, record)
        self._server_links(kind_name, record, user)
        complete(record, kind.model, stamp=True)
        self.tables[kind_name].stored[record_id] = record
        if tree is not None and old_where is not None:
            new_where = tree.location(record_id)
            if new_where is not None and (
                new_where != old_where or (isinstance(position, int) and position != current.get("position"))
            ):
                tree.remove(old_where, record_id)
                tree.insert(new_where, record_id, position if isinstance(position, int) else None)
        self.version += 1
        self._log(record["uri"])
        return record

    def touch(self, kind_name: str, record_id: int, repo_id: int | None, user: str, **changes: Any) -> Record:
        """Change fields of a record in place (publish, suppress), bumping its ``lock_version``."""
        current = self.get(kind_name, record_id, repo_id)
        if current is None:  # pragma: no cover - the handler checked
            raise KeyError(record_id)
        for computed in ("position", "ancestors", "has_unpublished_ancestor"):
            current.pop(computed, None)
        current.update(changes)
        current["lock_version"] = int(current["lock_version"]) + 1
        self._stamp(current, user, (current["created_by"], current["create_time"]))
        self.tables[kind_name].stored[record_id] = current
        self.version += 1
        self._log(current["uri"])
        return current

    def publish_tree(self, resource_id: int, publish: bool, repo_id: int | None, user: str) -> None:
        """Publish (or unpublish) every archival object of a resource, as ``.../resources/{id}/publish`` does."""
        self.tree_publish[resource_id] = publish
        for node_id, record in list(self.tables["archival_object"].stored.items()):
            if ref_id(record.get("resource")) == resource_id and bool(record.get("publish")) != publish:
                self.touch("archival_object", node_id, repo_id, user, publish=publish)
        self.version += 1

    def delete(self, kind_name: str, record_id: int) -> None:
        """Delete a record (and, for tree nodes and roots, everything under it)."""
        table = self.tables[kind_name]
        tree = self.trees.get(kind_name)
        where = tree.location(record_id) if tree is not None else None
        if tree is not None and where is not None:
            tree.remove(where, record_id)
        uri = (self.get(kind_name, record_id, None) or {}).get("uri") if not table.kind.repo_scoped else None
        stored = table.stored.pop(record_id, None)
        table.deleted.add(record_id)
        self.version += 1
        if uri is None:
            repo = self.repo_of(stored) if stored else 2
            uri = table.kind.uri(record_id, repo if table.kind.repo_scoped else None)
        self._log(uri, deleted=True)

    def location(self, kind_name: str, record_id: int) -> ParentKey | None:
        """``(root id, parent id)`` of a tree node."""
        return self.trees[kind_name].location(record_id)
