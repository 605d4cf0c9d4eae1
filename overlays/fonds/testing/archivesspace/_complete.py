"""What the real server always sends: empty lists, default flags and nested defaults, taken from the spec.

The bundled OpenAPI document marks, on each record schema, the properties the server sends in every answer
(``x-fonds-always-sent``). For each one the server's value when a client left it out follows from the schema: an
empty list for an array, the schema's ``default``, ``0`` for ``lock_version``, the enclosing record's audit fields
for a subrecord's, the ``const`` for ``jsonmodel_type``; a note's ``persistent_id`` and a file version's
``identifier`` are minted. Whatever the store computes itself (``position``, ``display_string``...) is left to it.
"""

from __future__ import annotations

import copy
import functools
import hashlib
from typing import Any

from .._strict import _document

Record = dict[str, Any]
AUDIT = ("created_by", "last_modified_by", "create_time", "system_mtime", "user_mtime")
_MISSING = object()


class Shape:
    """The always-sent properties of one schema (with their fill rule) and the schemas of its nested records."""

    __slots__ = ("audit", "children", "constant", "minted", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.constant: list[tuple[str, Any]] = []  # (key, value): value copied when the key is missing
        self.audit = False  # subrecord audit fields (and lock_version 0) come from the enclosing record
        self.minted: list[str] = []  # persistent_id, identifier
        self.children: dict[str, Shape | dict[str, Shape]] = {}  # one shape, or shapes by jsonmodel_type


def _schemas() -> dict[str, Any]:
    return dict(_document("archivesspace_api")["components"]["schemas"])


def _target(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


@functools.cache
def shapes() -> dict[str, Shape]:
    """Every schema's :class:`Shape`, by schema name (``ArchivalObject``), built once from the bundled spec."""
    schemas = _schemas()
    built = {name: Shape(name) for name in schemas}
    for name, schema in schemas.items():
        shape = built[name]
        props: dict[str, Any] = schema.get("properties") or {}
        for key in schema.get("x-fonds-always-sent") or []:
            prop = props.get(key) or {}
            if key in AUDIT:
                shape.audit = True
            elif key == "jsonmodel_type" and "const" in prop:
                shape.constant.append((key, prop["const"]))
            elif key == "lock_version":
                shape.constant.append((key, 0))
            elif "default" in prop:
                shape.constant.append((key, prop["default"]))
            elif prop.get("type") == "array":
                shape.constant.append((key, []))
            elif key in ("persistent_id", "identifier"):
                shape.minted.append(key)
        for key, prop in props.items():
            child = _child(schemas, built, prop.get("items") if prop.get("type") == "array" else prop)
            if child is not None:
                shape.children[key] = child
    _prune(built)
    return built


def _prune(built: dict[str, Shape]) -> None:
    """Drop the children with nothing to fill below them, so walking a record visits only what can change."""
    useful = {name for name, shape in built.items() if shape.constant or shape.audit or shape.minted}
    grew = True
    while grew:
        grew = False
        for name, shape in built.items():
            if name not in useful and any(_names(child) & useful for child in shape.children.values()):
                useful.add(name)
                grew = True
    for shape in built.values():
        shape.children = {key: child for key, child in shape.children.items() if _names(child) & useful}


def _names(child: Shape | dict[str, Shape]) -> set[str]:
    return {child.name} if isinstance(child, Shape) else {shape.name for shape in child.values()}


def _child(schemas: dict[str, Any], built: dict[str, Shape], node: Any) -> Shape | dict[str, Shape] | None:
    name = _target(node)
    if name is not None:
        node = schemas.get(name) or {}
        if node.get("x-fonds-always-sent") or node.get("properties"):
            return built[name]
    branches = (node.get("oneOf") or node.get("anyOf")) if isinstance(node, dict) else None
    if not branches:
        return None
    by_type: dict[str, Shape] = {}
    for branch in branches:
        target = _target(branch)
        if target is None:
            continue
        const = ((schemas.get(target) or {}).get("properties") or {}).get("jsonmodel_type", {}).get("const")
        if isinstance(const, str):
            by_type[const] = built[target]
    return by_type or None


def _mint(seed: str, key: str) -> str:
    digest = hashlib.blake2b(f"{seed}#{key}".encode(), digest_size=16).hexdigest()
    return digest if key == "persistent_id" else str(int(digest[:7], 16))


def complete(record: Record, schema: str, *, stamp: bool = False) -> Record:
    """Fill in place what the server always sends in a ``schema`` record (``ArchivalObject``); returns it.

    ``stamp`` (on a write) gives every subrecord the record's audit fields and ``lock_version`` 0, as the server
    does when it saves subrecords afresh; otherwise only missing ones are filled.

    Example::

        complete({"jsonmodel_type": "archival_object", "uri": "/repositories/2/archival_objects/9"}, "ArchivalObject")
    """
    audit = {key: record[key] for key in AUDIT if key in record}
    _fill(record, shapes()[schema], audit, str(record.get("uri", "")), stamp, top=True)
    return record


def _fill(record: Record, shape: Shape, audit: Record, seed: str, stamp: bool, top: bool = False) -> None:
    for key, value in shape.constant:
        if key not in record:
            record[key] = copy.copy(value) if isinstance(value, list | dict) else value
    if shape.audit and not top:
        if stamp:
            record.update(audit)
            record["lock_version"] = 0
        else:
            for key, value in audit.items():
                record.setdefault(key, value)
    for key in shape.minted:
        if not record.get(key):
            record[key] = _mint(seed, key)
    for key, child in shape.children.items():
        value = record.get(key, _MISSING)
        if value is _MISSING or key == "_resolved":
            continue
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    _fill_one(item, child, audit, f"{seed}/{key}/{index}", stamp)
        elif isinstance(value, dict):
            _fill_one(value, child, audit, f"{seed}/{key}", stamp)


def _fill_one(item: Record, child: Shape | dict[str, Shape], audit: Record, seed: str, stamp: bool) -> None:
    if isinstance(child, Shape):
        _fill(item, child, audit, seed, stamp)
        return
    shape = child.get(str(item.get("jsonmodel_type")))
    if shape is not None:
        _fill(item, shape, audit, seed, stamp)


def always_sent(schema: str) -> list[str]:
    """The properties the spec says the server sends in every ``schema`` record.

    Example::

        "accession_links" in always_sent("ArchivalObject")  # True
    """
    return list(_schemas()[schema].get("x-fonds-always-sent") or [])
