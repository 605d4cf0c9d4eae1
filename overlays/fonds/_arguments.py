"""Every argument of every operation checked against the spec before the request is built.

Each generated operation module carries a ``_CHECKS`` table, written by the generator from the spec: for each
parameter (by its Python name) where it goes (path, query, header), whether it is required, the schema keywords
that bound it (type, format, enum, minimum/maximum, pattern, maxLength, items...), whether it is a secret, and for
a path parameter the literal segments of other operations a value must not equal; and what the body must be (an
instance of the operation's model, or a list of them). :func:`check_arguments` reads the table; the invoker calls
it for every request, and the overlay's hand-built URLs go through :func:`url_for`, so nothing leaves unchecked.

A refusal is :class:`fonds.errors.InvalidArgument` naming the operation, the parameter and what it wanted. It
describes what it found by its type (and, for a value that is not a secret, a short excerpt); a password, token or
key is never quoted.

Example::

    from archivesspace_api.api.accessions import delete_accession
    from fonds._arguments import check_arguments

    check_arguments(delete_accession, {"repo_id": 2, "id": ".."})
    # InvalidArgument: delete_accession: id wants an integer from 1 to 2147483647, got str '..'
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import importlib
import math
import re
import sys
import uuid
from collections.abc import Callable, Mapping
from functools import cache
from types import ModuleType
from typing import Any

from ._bodies import check_payload
from .errors import InvalidArgument

INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
DEFAULT_INT_FORMAT = "int64"  # an integer the spec does not bound further still fits a 64-bit column
UUID_TEXT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
DOT_SEGMENTS = ("", ".", "..")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0, DEL and C1: no path segment or credential has one
_HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*", re.ASCII)
_EXCERPT = 40


class _Refused(Exception):
    def __init__(self, expected: str, found: str | None = None) -> None:
        self.expected = expected
        self.found = found


def _module_of(operation: ModuleType | Callable[..., Any]) -> ModuleType:
    if isinstance(operation, ModuleType):
        return operation
    return sys.modules[operation.__module__]


@cache
def _unset_type(package: str) -> tuple[type, Any]:
    types = importlib.import_module(f"{package}.types")
    return types.Unset, types.UNSET


def check_arguments(operation: ModuleType | Callable[..., Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """``kwargs`` checked against the spec of ``operation`` (a generated module or one of its functions), ready
    for its ``_get_kwargs``; raises :class:`~fonds.errors.InvalidArgument` for the first argument refused.

    ``None`` for an optional parameter or body means "not sent" (``UNSET``: the server's own default applies).

    Example: ``check_arguments(get_accession, {"repo_id": 2, "id": 5})`` returns the same arguments.
    """
    module = _module_of(operation)
    table: Mapping[str, Any] = module._CHECKS
    unset_type, unset = _unset_type(module.__name__.split(".", 1)[0])
    name = table["operation"]
    parameters: Mapping[str, Any] = table["parameters"]
    body = table["body"]
    for key in kwargs:
        if key not in parameters and not (key == "body" and body is not None):
            known = ", ".join([*parameters, *(["body"] if body is not None else [])]) or "none"
            raise InvalidArgument(name, key, f"one of the operation's parameters ({known})", "an unknown argument")
    out = dict(kwargs)
    for python, entry in parameters.items():
        value = kwargs.get(python, unset)
        if value is None or isinstance(value, unset_type):
            if entry["required"]:
                raise InvalidArgument(name, python, _describe(entry["schema"], entry), _found(value, entry))
            if python in out:
                out[python] = unset
            continue
        try:
            _check_parameter(entry, value)
        except _Refused as exc:
            found = exc.found if exc.found is not None else _found(value, entry)
            raise InvalidArgument(name, python, exc.expected, found) from None
    if body is not None:
        value = kwargs.get("body", unset)
        if value is None or isinstance(value, unset_type):
            if body["required"]:
                raise InvalidArgument(name, "body", _body_wanted(body), _found(value, {}))
            if "body" in out:
                out["body"] = unset
        else:
            _check_body(name, body, value)
    return out


def check_parameter(operation: ModuleType | Callable[..., Any], name: str, value: Any) -> None:
    """Check one argument of ``operation`` alone (a user name taken when a client is made, long before its login).

    Example: ``check_parameter(login_user, "username", "..")`` raises ``InvalidArgument``.
    """
    module = _module_of(operation)
    entry = module._CHECKS["parameters"][name]
    try:
        _check_parameter(entry, value)
    except _Refused as exc:
        found = exc.found if exc.found is not None else _found(value, entry)
        raise InvalidArgument(module._CHECKS["operation"], name, exc.expected, found) from None


def url_for(operation: ModuleType | Callable[..., Any], /, **kwargs: Any) -> str:
    """The path of ``operation`` with these arguments, checked and percent-encoded as every request's is: for the
    overlay's own requests (a streamed download) built outside the invoker.

    Example: ``url_for(download_package, uuid=aip_uuid) == f"/api/v2/file/{aip_uuid}/download/"``.
    """
    module = _module_of(operation)
    built: dict[str, Any] = module._get_kwargs(**check_arguments(module, kwargs))
    return str(built["url"])


def _check_parameter(entry: Mapping[str, Any], value: Any) -> None:
    schema: Mapping[str, Any] = entry["schema"]
    _check_value(schema, value, entry)
    location = entry["in"]
    if location == "path":
        _check_path_segment(entry, value)
    elif location == "header" and isinstance(value, str):
        if not _HEADER_TEXT.fullmatch(value):
            raise _Refused("printable ASCII text (it travels in an HTTP header)")
        if value != value.strip(" \t"):
            raise _Refused("text without a space or tab at either end (HTTP cannot carry them in a header)")
    if entry.get("comma_joined") and isinstance(value, list):
        for item in value:
            if "," in str(item):
                raise _Refused("items without a comma (the list is sent comma-joined)")


def _check_path_segment(entry: Mapping[str, Any], value: Any) -> None:
    text = str(value)
    if text in DOT_SEGMENTS:
        # URLs resolve "." and ".." away (/repositories/2/accessions/.. is /repositories/2) and an empty segment
        # addresses the collection: either would reach a different route.
        found = "str (a secret: not shown)" if entry.get("secret") else f"str {text!r}"
        raise _Refused("a non-empty path segment other than '.' and '..'", found)
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise _Refused("a path segment without control characters")
    reserved = entry.get("reserved") or ()
    if text in reserved:
        others = ", ".join(repr(r) for r in reserved)
        found = "a value that addresses another operation" if entry.get("secret") else f"str {text!r}"
        raise _Refused(f"a value other than {others} (the paths of other operations)", found)


def _check_value(schema: Mapping[str, Any], value: Any, entry: Mapping[str, Any]) -> None:
    """Raise :class:`_Refused` unless ``value`` (a Python argument) is one the schema allows."""
    if "const" in schema and not _same(value, schema["const"]):
        raise _Refused(_describe(schema, entry))
    if "enum" in schema:
        if not any(_same(value, option) for option in schema["enum"]):
            raise _Refused(_describe(schema, entry))
        return
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Refused(_describe(schema, entry))
        _check_bounds(schema, value, entry)
    elif kind == "number":
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not numeric or not math.isfinite(value):
            raise _Refused(_describe(schema, entry))
        _check_bounds(schema, value, entry)
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise _Refused(_describe(schema, entry))
    elif kind == "array":
        if not isinstance(value, list):
            raise _Refused(_describe(schema, entry))
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            raise _Refused(_describe(schema, entry), f"a list of {len(value)}")
        items = schema.get("items") or {}
        if items.get("type") == "integer" and value and all(type(item) is int for item in value):
            # A list of ids (id_set, 250 a request): the bounds of its extremes are the bounds of all.
            low, high = _bounds(items)
            plain = set(items) <= {"type", "format", "minimum", "maximum"}
            if plain and (low is None or min(value) >= low) and (high is None or max(value) <= high):
                return
        for index, item in enumerate(value):
            try:
                _check_value(items, item, entry)
            except _Refused:
                raise _Refused(_describe(schema, entry), f"item {index}: {_found(item, entry)}") from None
    elif fmt == "uuid":
        if not (isinstance(value, uuid.UUID) or (isinstance(value, str) and UUID_TEXT.fullmatch(value))):
            raise _Refused(_describe(schema, entry))
    elif fmt == "date-time":
        if not isinstance(value, dt.datetime) or value.utcoffset() is None:
            raise _Refused(_describe(schema, entry))
    elif kind == "string":
        if not isinstance(value, str):
            raise _Refused(_describe(schema, entry))
        _check_text(schema, value, entry)


def _check_bounds(schema: Mapping[str, Any], value: float, entry: Mapping[str, Any]) -> None:
    low, high = _bounds(schema)
    if (low is not None and value < low) or (high is not None and value > high):
        raise _Refused(_describe(schema, entry))
    if ("exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]) or (
        "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]
    ):
        raise _Refused(_describe(schema, entry))


def _bounds(schema: Mapping[str, Any]) -> tuple[float | None, float | None]:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if schema.get("type") == "integer":
        floor, ceiling = INT_RANGES.get(schema.get("format") or DEFAULT_INT_FORMAT, INT_RANGES[DEFAULT_INT_FORMAT])
        low = floor if low is None else max(low, floor)
        high = ceiling if high is None else min(high, ceiling)
    return low, high


def _check_text(schema: Mapping[str, Any], value: str, entry: Mapping[str, Any]) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Refused("text that can be encoded as UTF-8 (no lone surrogates)") from None
    if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", len(value)):
        raise _Refused(_describe(schema, entry))
    if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
        raise _Refused(_describe(schema, entry))
    if schema.get("contentEncoding") == "base64":
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise _Refused(_describe(schema, entry)) from None


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262: "$" is the end of the text, where Python's "$" also matches before a
    # final newline.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _same(value: Any, option: Any) -> bool:
    """Equal and of the same JSON type (``True`` is not ``1``, ``"1"`` is not ``1``)."""
    if isinstance(option, bool) or isinstance(value, bool):
        return value is option
    if isinstance(option, str):
        return isinstance(value, str) and value == option
    if isinstance(option, (int, float)):
        return isinstance(value, (int, float)) and value == option
    return bool(value == option)


def _describe(schema: Mapping[str, Any], entry: Mapping[str, Any]) -> str:
    """What ``schema`` wants, in words: ``an integer from 1 to 250``, ``one of 'asc', 'desc'``."""
    if "enum" in schema:
        return "one of " + ", ".join(repr(option) for option in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind in ("integer", "number"):
        low, high = _bounds(schema)
        noun = "an integer" if kind == "integer" else "a number"
        floor, ceiling = INT_RANGES[DEFAULT_INT_FORMAT]
        low = None if low == floor else low
        high = None if high == ceiling else high
        if low is not None and high is not None:
            noun += f" from {low} to {high}"
        elif low is not None:
            noun += f" >= {low}"
        elif high is not None:
            noun += f" <= {high}"
        if "exclusiveMinimum" in schema:
            noun += f" > {schema['exclusiveMinimum']}"
        if "exclusiveMaximum" in schema:
            noun += f" < {schema['exclusiveMaximum']}"
        if kind == "integer" and schema.get("format") is None:
            noun += " (64-bit)" if low is None and high is None else ""
        return noun
    if kind == "boolean":
        return "True or False (a bool)"
    if kind == "array":
        items = _describe(schema.get("items") or {}, entry)
        for one, many in (("an integer", "integers"), ("a number", "numbers"), ("a UUID", "UUIDs")):
            if items.startswith(one):
                items = many + items[len(one) :]
        if items.startswith("one of "):
            items = "values, each " + items
        limit = f" (at most {schema['maxItems']})" if "maxItems" in schema else ""
        return f"a list{limit} of {items}"
    if fmt == "uuid":
        return "a UUID (uuid.UUID or its 36-character text)"
    if fmt == "date-time":
        return "a timezone-aware datetime.datetime"
    if kind == "string":
        parts = ["text"]
        if schema.get("contentEncoding") == "base64":
            parts = ["base64 text"]
        if "minLength" in schema or "maxLength" in schema:
            parts.append(f"of {schema.get('minLength', 0)} to {schema.get('maxLength', 'any number of')} characters")
        if "pattern" in schema:
            parts.append(f"matching {schema['pattern']}")
        return " ".join(parts)
    return "a value the spec allows"


def _found(value: Any, entry: Mapping[str, Any]) -> str:
    """What was given, safe to show: its type, and a short excerpt unless the parameter is a secret."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"bool {value}"
    if isinstance(value, int):
        text = str(value) if abs(value) < 10**20 else f"of {len(str(abs(value)))} digits"
        return f"int {text}"
    if isinstance(value, float):
        return f"float {value!r}"
    kind = type(value).__name__
    if isinstance(value, str):
        if entry.get("secret"):
            return "str (a secret: not shown)"
        if len(value) > _EXCERPT:
            return f"str of {len(value)} characters"
        return f"str {value!r}"
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return f"{kind} of {len(value)}"
    return kind


def _body_wanted(body: Mapping[str, Any]) -> str:
    name = body["type"].__name__
    if body["kind"] == "list":
        return f"a list of {name}"
    return f"an {name}" if name[:1] in "AEIOU" else f"a {name}"


def _check_body(operation: str, body: Mapping[str, Any], value: Any) -> None:
    model = body["type"]
    if body["kind"] == "file":
        # The three generated packages each define the same File; any of them will do.
        if not (isinstance(value, model) or (type(value).__name__ == "File" and hasattr(value, "payload"))):
            raise InvalidArgument(operation, "body", "a File (File(payload=open(path, 'rb')))", _found(value, {}))
        check_payload(operation, value.payload)
        return
    if body["kind"] == "list":
        if isinstance(value, list) and all(isinstance(item, model) for item in value):
            for index, item in enumerate(value):
                _check_fields(operation, item, f"body[{index}]")
            return
        bad = next((item for item in value if not isinstance(item, model)), None) if isinstance(value, list) else None
        found = _found(value, {}) if bad is None else f"a list holding a {type(bad).__name__}"
        raise InvalidArgument(operation, "body", _body_wanted(body) + _hint(model, bad), found)
    if not isinstance(value, model):
        raise InvalidArgument(operation, "body", _body_wanted(body) + _hint(model, value), _found(value, {}))
    _check_fields(operation, value, "body")


def _check_fields(operation: str, record: Any, where: str) -> None:
    """Refuse a body record a field of which holds a value of another type (``body.dates[0].begin`` holding an
    integer), through the record runtime of its package (``body_problem``: only what the record holds is checked,
    never the JSON it came with)."""
    for klass in type(record).__mro__:
        if klass.__name__ == "Record" and klass.__module__.endswith("._records"):
            problem = sys.modules[klass.__module__].body_problem(record, where)
            if problem is not None:
                raise InvalidArgument(operation, *problem)
            return


def _hint(model: type, value: Any) -> str:
    if isinstance(value, dict) and hasattr(model, "from_dict"):
        return f" (make one from a dict with {model.__name__}.from_dict(data))"
    return ""
