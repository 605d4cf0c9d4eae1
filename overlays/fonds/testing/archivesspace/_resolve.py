"""``resolve[]`` on record endpoints: embed the records that named link properties point to."""

from __future__ import annotations

from typing import Any

from ._store import Store

Spec = dict[str, "Spec"]


def parse_spec(names: list[str]) -> Spec:
    """``["subjects", "linked_events::linked_records"]`` as a nested dict of property names."""
    spec: Spec = {}
    for name in names:
        node = spec
        for part in name.split("::"):
            node = node.setdefault(part, {})
    return spec


def resolve(store: Store, value: Any, names: list[str]) -> Any:
    """Add ``_resolved`` to every ``{"ref": uri}`` held by a property named in ``names``, at any depth.

    Example::

        resolve(store, record, ["subjects", "top_container"])
        record["subjects"][0]["_resolved"]["title"]
    """
    spec = parse_spec(names)
    if spec:
        _walk(store, value, spec)
    return value


def _walk(store: Store, value: Any, spec: Spec) -> None:
    if isinstance(value, list):
        for item in value:
            _walk(store, item, spec)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "_resolved":
                continue
            if key in spec:
                _link(store, item, spec[key])
            elif isinstance(item, (dict, list)):
                _walk(store, item, spec)


def _link(store: Store, value: Any, nested: Spec) -> None:
    if isinstance(value, list):
        for item in value:
            _link(store, item, nested)
    elif isinstance(value, dict) and isinstance(value.get("ref"), str):
        target = store.by_uri(value["ref"])
        if target is not None:
            if nested:
                _walk(store, target, nested)
            value["_resolved"] = target
