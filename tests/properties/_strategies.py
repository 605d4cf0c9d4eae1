"""Hypothesis strategies for values a schema allows: JSON data for bodies and models, Python values for the
generated functions' arguments. Kept small (required properties, a few optional primitives, short lists) so
hundreds of operations run in seconds."""

from __future__ import annotations

import base64
import datetime as dt
import string
from typing import Any

from fonds.archivesspace import query as Q
from hypothesis import strategies as st

from generator.lint import deref

TEXT = st.text(alphabet=string.ascii_letters + string.digits + " -_.:/'é", min_size=0, max_size=12)
PATH_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " ?%#&é@", min_size=1, max_size=10)
UUIDS = st.uuids().map(str)
DATETIMES = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1), timezones=st.just(dt.timezone.utc)
)
LOCATION_PATHS = st.builds(
    lambda u, p: base64.b64encode(f"{u}:{p}".encode()).decode(),
    UUIDS,
    st.text(alphabet=string.ascii_letters + "/_ -", min_size=1, max_size=12),
)


def _leaf_queries() -> st.SearchStrategy[Q.Query]:
    return st.one_of(
        st.builds(Q.field, st.sampled_from(["title", "keyword", "identifier"]), TEXT, literal=st.booleans()),
        st.builds(Q.boolean, st.sampled_from(["publish", "suppressed"]), st.booleans()),
        st.builds(
            Q.date,
            st.just("create_time"),
            st.sampled_from(["2024", "2024-03", "2024-03-05"]),
            st.sampled_from(["greater_than", "lesser_than", "equal"]),
            st.sampled_from(["day", "year"]),
        ),
        st.builds(Q.between, st.just("year"), st.just("1900"), st.just("1950")),
    )


ADVANCED_QUERIES = st.recursive(
    _leaf_queries(),
    lambda inner: st.builds(
        lambda qs, op: Q.all_of(*qs) if op else Q.any_of(*qs), st.lists(inner, min_size=2, max_size=3), st.booleans()
    ),
    max_leaves=4,
).map(Q.to_aq)


def json_data(doc: dict[str, Any], schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON data valid for ``schema`` (refs into ``doc`` followed)."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict):
        return st.just("x")
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from([v for v in schema["enum"] if v is not None] or [None])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = schema[key]
            if depth > 5:  # deep in a recursive structure: only branches that need no further nesting
                branches = [b for b in branches if not _nests(doc, b)] or branches[:1]
            return st.one_of([json_data(doc, b, depth + 1) for b in branches])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([json_data(doc, {**schema, "type": k}, depth) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        low = schema.get("minimum", schema.get("minimum", -1000))
        return st.integers(min_value=max(low, -(10**6)), max_value=schema.get("maximum", 10**6))
    if kind == "number":
        return st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
    if kind == "array":
        items = json_data(doc, schema.get("items", {}), depth + 1)
        low = schema.get("minItems", 0)
        return st.lists(items, min_size=low, max_size=max(low, min(schema.get("maxItems", 2), 2) if depth < 3 else 0))
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = [name for name in schema.get("required") or [] if name in props]
        optional = {
            name: json_data(doc, s, depth + 1)
            for name, s in props.items()
            if name not in required and depth < 2 and _simple(doc, s)
        }
        return st.fixed_dictionaries(
            {name: json_data(doc, props[name], depth + 1) for name in required}, optional=optional
        )
    if kind == "string" or "format" in schema:
        fmt = schema.get("format")
        if fmt == "uuid":
            return UUIDS
        if fmt == "date-time":
            return DATETIMES.map(lambda d: d.isoformat())
        if fmt == "binary":
            return st.binary(min_size=1, max_size=20)
        if fmt == "email":
            return st.emails().filter(lambda s: len(s) < 60)
        if fmt == "uri":
            return st.sampled_from(["https://example.org/a", "http://localhost/x?y=1"])
        if fmt == "date":
            return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)).map(str)
        if schema.get("contentEncoding") == "base64":
            return LOCATION_PATHS
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True, alphabet=string.printable).filter(
                lambda s: len(s) < 40
            )
        return TEXT.filter(lambda s: len(s) >= schema.get("minLength", 0))
    return st.just("x")


def _nests(doc: dict[str, Any], schema: Any) -> bool:
    """Whether ``schema`` requires an array or object property (so drawing it recurses)."""
    schema = deref(doc, schema)
    props = schema.get("properties") or {}
    return any(
        deref(doc, props[name]).get("type") in ("array", "object")
        for name in schema.get("required") or []
        if name in props
    )


def _simple(doc: dict[str, Any], schema: Any) -> bool:
    schema = deref(doc, schema)
    return (
        isinstance(schema, dict)
        and schema.get("type") in ("string", "integer", "boolean")
        and "format" not in schema
        and not schema.get("readOnly")
    )


def python_value(doc: dict[str, Any], name: str, schema: dict[str, Any], location: str) -> st.SearchStrategy[Any]:
    """A value for the generated function's argument of parameter ``name``."""
    schema = deref(doc, schema)
    if name in ("aq", "filter"):
        return ADVANCED_QUERIES
    if schema.get("type") == "array":
        item = deref(doc, schema.get("items") or {})
        return st.lists(python_value(doc, "", item, location), min_size=1, max_size=3)
    if schema.get("format") == "uuid":
        return st.uuids()
    if schema.get("format") == "date-time":
        return DATETIMES
    if location == "header" and schema.get("type") == "string" and "enum" not in schema:
        # HTTP cannot carry a space at either end of a header value: fonds refuses one (see the invalid draws).
        text = st.text(alphabet=string.ascii_letters + string.digits + " ;=-_.", min_size=1, max_size=20)
        return text.filter(lambda v: v == v.strip())
    if location == "path" and schema.get("type") == "string" and "enum" not in schema and "pattern" not in schema:
        return PATH_TEXT
    if location == "path":
        # "." and ".." cannot be sent as path segments: URLs resolve them away (/users/./login is /users/login).
        return json_data(doc, schema).filter(lambda v: not (isinstance(v, str) and v.strip(".") == ""))
    if schema.get("type") == "string" and "enum" not in schema and "pattern" not in schema:
        return json_data(doc, {**schema, "minLength": max(1, schema.get("minLength", 0))})
    return json_data(doc, schema)
