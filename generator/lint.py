"""Lints a bundled spec for the constructs openapi-python-client silently mishandles.

Each rule answers a row of ``shared/reference/generator.md``: a ``content:`` parameter is dropped from the
signature; a top-level ``security`` is ignored; ``discriminator`` is ignored, so union branches need a ``const``;
inline error schemas become one class per operation; an external ``$ref`` loses the response. The rest keep the
spec readable and the client's names predictable: an ``operationId``, a summary and one tag on every operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Every ``(method, path, operation, path item)`` of a bundled document, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method], item


def deref(doc: dict[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``\\ s followed (``#/components/...``)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and seen < 20:
        target: Any = doc
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def _external_refs(node: Any, where: str) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            yield f"{where}: external $ref {ref!r} left after bundling"
        for key, value in node.items():
            yield from _external_refs(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _external_refs(value, f"{where}/{i}")


def _const_of(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    props = deref(doc, schema).get("properties") or {}
    return {
        name: deref(doc, p)["const"] for name, p in props.items() if isinstance(p, dict) and "const" in deref(doc, p)
    }


def _unions(node: Any, where: str) -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                yield f"{where}/{key}", node[key]
        for key, value in node.items():
            yield from _unions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _unions(value, f"{where}/{i}")


def _check_union(doc: dict[str, Any], where: str, branches: list[Any]) -> Iterator[str]:
    objects = [b for b in branches if isinstance(deref(doc, b), dict) and deref(doc, b).get("properties")]
    if len(objects) < 2:
        return
    consts = [_const_of(doc, b) for b in objects]
    shared = set.intersection(*(set(c) for c in consts))
    if not any(len({c[name] for c in consts}) == len(consts) for name in shared):
        names = [b.get("$ref", "inline").rsplit("/", 1)[-1] for b in objects]
        yield f"{where}: the object branches {names} share no property with a distinct const on each"


def lint(doc: dict[str, Any]) -> list[str]:
    """The problems of a bundled spec, one line each (empty when it is clean)."""
    problems: list[str] = list(_external_refs(doc, "#"))
    seen_ids: dict[str, str] = {}
    for method, path, op, item in operations(doc):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(f"{where}: no operationId")
        elif op_id in seen_ids:
            problems.append(f"{where}: operationId {op_id!r} also names {seen_ids[op_id]}")
        else:
            seen_ids[op_id] = where
        if not op.get("summary"):
            problems.append(f"{where}: no summary")
        if len(op.get("tags") or []) != 1:
            problems.append(f"{where}: needs exactly one tag (the client's namespace)")
        if "security" in doc and "security" not in op:
            problems.append(f"{where}: no `security` of its own (the generator ignores the top-level one)")
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = deref(doc, raw)
            if "content" in param:
                problems.append(f"{where}: parameter {param.get('name')!r} uses `content:` (dropped by the generator)")
            if param.get("explode") is False and param.get("in") != "query":
                problems.append(f"{where}: `explode: false` on a non-query parameter {param.get('name')!r}")
        for status, response in (op.get("responses") or {}).items():
            for ctype, media in (response.get("content") or {}).items() if str(status)[0] == "2" else ():
                schema = (media or {}).get("schema") or {}
                if ctype.endswith("json") and schema.get("type") == "object" and "$ref" not in schema:
                    problems.append(f"{where}: {status} answer is an inline object; name it in components/schemas")
            if str(status)[0] in "45" and "$ref" not in response:
                for ctype, media in (response.get("content") or {}).items():
                    schema = media.get("schema") or {}
                    if "$ref" not in schema and ctype.endswith("json"):
                        problems.append(f"{where}: {status} answer has an inline schema; $ref a shared error schema")
    for where, props in _find_key(doc, "properties", "#"):
        for name, schema in props.items():
            if schema is None:
                problems.append(f"{where}/{name}: no schema (an unquoted comma in a one-line description?)")
    for where, branches in _unions(doc, "#"):
        problems.extend(_check_union(doc, where, branches))
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        problems.extend(_check_always_sent(name, schema))
    problems.extend(_check_links(doc))
    for where, _ in _find_key(doc, "discriminator", "#"):
        problems.append(f"{where}: `discriminator` is ignored by the generator; use a `const` on each branch")
    return problems


def _check_always_sent(name: str, schema: Any) -> Iterator[str]:
    """``x-fonds-always-sent`` (what the server sends in every answer) lists declared properties, once each."""
    listed = schema.get("x-fonds-always-sent") if isinstance(schema, dict) else None
    if listed is None:
        return
    where = f"#/components/schemas/{name}/x-fonds-always-sent"
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        yield f"{where}: must be a list of property names"
        return
    declared = schema.get("properties") or {}
    for prop in listed:
        if prop not in declared:
            yield f"{where}: {prop!r} is not a property of {name}"
    if len(set(listed)) != len(listed):
        yield f"{where}: names a property twice"


def _check_links(doc: dict[str, Any]) -> Iterator[str]:
    """Every property holding a generic link (a schema whose ``_resolved`` names no target, as ``Ref``) says where
    it points with ``x-fonds-links-to``, and every ``x-fonds-links-to`` names schemas (or ``Record``, any record)
    on a property that holds a link or on a ``_resolved``."""
    schemas = (doc.get("components") or {}).get("schemas") or {}
    generic = {
        f"#/components/schemas/{name}"
        for name, schema in schemas.items()
        if isinstance(schema, dict)
        and isinstance((schema.get("properties") or {}).get("_resolved"), dict)
        and "x-fonds-links-to" not in schema["properties"]["_resolved"]
    }
    for name, schema in schemas.items():
        for prop, sub in ((schema.get("properties") or {}) if isinstance(schema, dict) else {}).items():
            if not isinstance(sub, dict):
                continue
            where = f"#/components/schemas/{name}/properties/{prop}"
            items = sub["items"] if isinstance(sub.get("items"), dict) else {}
            holds = sub.get("$ref") in generic or items.get("$ref") in generic
            listed = sub.get("x-fonds-links-to")
            if listed is None:
                if holds:
                    yield f"{where}: holds links; say what they point to with `x-fonds-links-to`"
                continue
            names = [listed] if isinstance(listed, str) else listed
            if not holds and prop != "_resolved":
                yield f"{where}: `x-fonds-links-to` on a property that holds no link"
            if not isinstance(names, list) or not names:
                yield f"{where}: `x-fonds-links-to` must be a schema name or a list of them"
                continue
            for target in names:
                if target != "Record" and target not in schemas:
                    yield f"{where}: `x-fonds-links-to` names {target!r}, which is not a schema"


def _find_key(node: Any, key: str, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if key in node and isinstance(node[key], dict):
            yield f"{where}/{key}", node[key]
        for k, value in node.items():
            if k != "example" and k != "examples":
                yield from _find_key(value, key, f"{where}/{k}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _find_key(value, key, f"{where}/{i}")
