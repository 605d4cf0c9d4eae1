"""What django-tastypie 0.14 does on the wire: JSON encoding, error answers, paging and filtering."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import urlencode

import attrs

from .._core import Request, Response

HTML = "text/html; charset=utf-8"
DEFAULT_LIMIT, MAX_LIMIT = 20, 1000
NOT_FILTERABLE, ALL, ALL_WITH_RELATIONS = 0, 1, 2
QUERY_TERMS = frozenset(
    (
        "exact",
        "iexact",
        "contains",
        "icontains",
        "in",
        "gt",
        "gte",
        "lt",
        "lte",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "range",
        "isnull",
        "regex",
        "iregex",
        "year",
        "month",
        "day",
        "week_day",
    )
)


class HttpError(Exception):
    """Raised by a handler to answer ``response`` at once (tastypie's ``ImmediateHttpResponse``)."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value)
    raise TypeError(f"not JSON serialisable: {value!r}")


def format_datetime(value: datetime) -> str:
    """Tastypie's ISO-8601 form, naive, to the second."""
    return value.replace(tzinfo=None, microsecond=0).isoformat()


def dumps(data: Any) -> bytes:
    """Tastypie's serializer: sorted keys, non-ASCII kept as UTF-8."""
    return json.dumps(data, default=_default, sort_keys=True, ensure_ascii=False).encode()


def respond(data: Any, status: int = 200, headers: Sequence[tuple[str, str]] = ()) -> Response:
    """A tastypie JSON answer."""
    return Response(status, dumps(data), (("content-type", "application/json"), *headers))


def plain(data: Any, status: int = 200, content_type: str = "application/json") -> Response:
    """A custom view's JSON answer (``json.dumps`` with default separators, unsorted)."""
    return Response(status, json.dumps(data, default=_default).encode(), (("content-type", content_type),))


def text(message: str, status: int) -> Response:
    """A plain-text message served as ``text/html``, as the Storage Service's custom views do."""
    return Response(status, message.encode(), (("content-type", HTML),))


def sanitize(message: str) -> str:
    """Tastypie's ``sanitize``: HTML-escaped, quotes kept."""
    return escape(message, quote=False)


def bad_request(message: str) -> HttpError:
    """A tastypie 400 ``{"error": ...}``."""
    return HttpError(respond({"error": sanitize(message)}, 400))


def not_found() -> Response:
    """A tastypie detail 404: empty body."""
    return Response(404, b"", (("content-type", HTML),))


def method_not_allowed(allowed: Sequence[str]) -> Response:
    """A tastypie 405: the allowed methods as body and ``Allow`` header."""
    allows = ",".join(m.upper() for m in allowed)
    return Response(405, allows.encode(), (("content-type", HTML), ("allow", allows)))


def unauthorized() -> Response:
    """The 401 of ``BasicAuthentication`` (first of the ``MultiAuthentication``): empty body."""
    return Response(401, b"", (("content-type", HTML), ("www-authenticate", 'Basic Realm="django-tastypie"')))


def deserialize(request: Request) -> Any:
    """The body of a tastypie POST/PUT/PATCH: JSON when the content type says so or says nothing (gunicorn's
    default); anything else is 415."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip() or "application/json"
    if content_type != "application/json":
        raise HttpError(
            respond(
                {
                    "error_message": f"The format indicated '{content_type}' had no available deserialization "
                    "method. Please check your ``formats`` and ``content_types`` on your Serializer."
                },
                415,
            )
        )
    if not request.body:
        return {}
    try:
        return json.loads(request.body.decode("utf-8"))
    except ValueError as err:
        raise bad_request("Request is not valid JSON.") from err


# -- paging -------------------------------------------------------------------------------------------------


def query_dict(request: Request) -> dict[str, list[str]]:
    """The query as a Django ``QueryDict``: keys in first-seen order, each with all its values."""
    out: dict[str, list[str]] = {}
    for key, value in request.query:
        out.setdefault(key, []).append(value)
    return out


def _limit_offset(params: dict[str, list[str]]) -> tuple[int, int]:
    raw_limit = params.get("limit", [str(DEFAULT_LIMIT)])[-1]
    try:
        limit = int(raw_limit)
    except ValueError:
        raise bad_request(f"Invalid limit '{raw_limit}' provided. Please provide a positive integer.") from None
    if limit < 0:
        raise bad_request(f"Invalid limit '{raw_limit}' provided. Please provide a positive integer >= 0.")
    if limit == 0 or limit > MAX_LIMIT:
        limit = MAX_LIMIT
    raw_offset = params.get("offset", ["0"])[-1]
    try:
        offset = int(raw_offset)
    except ValueError:
        raise bad_request(f"Invalid offset '{raw_offset}' provided. Please provide an integer.") from None
    if offset < 0:
        raise bad_request(f"Invalid offset '{raw_offset}' provided. Please provide a positive integer >= 0.")
    return limit, offset


def _page_uri(resource_uri: str, params: dict[str, list[str]], limit: int, offset: int) -> str:
    rest = [(key, value) for key, values in params.items() if key not in ("limit", "offset") for value in values]
    return f"{resource_uri}?{urlencode([*rest, ('limit', str(limit)), ('offset', str(offset))])}"


def paginate(request: Request, objects: Sequence[Any], resource_uri: str) -> tuple[dict[str, Any], Sequence[Any]]:
    """Tastypie's paginator: the ``meta`` envelope and the page of ``objects``."""
    params = query_dict(request)
    limit, offset = _limit_offset(params)
    count = len(objects)
    meta = {
        "limit": limit,
        "next": _page_uri(resource_uri, params, limit, offset + limit) if offset + limit < count else None,
        "offset": offset,
        "previous": _page_uri(resource_uri, params, limit, offset - limit) if offset - limit >= 0 else None,
        "total_count": count,
    }
    return meta, objects[offset : offset + limit]


# -- filtering ----------------------------------------------------------------------------------------------


@attrs.frozen
class Field:
    """A resource field as filtering sees it: how to read it, how it may be filtered, what it points to."""

    get: Callable[[Any], Any]
    filtering: int = NOT_FILTERABLE
    related: str | None = None
    many: bool = False


Schema = dict[str, dict[str, Field]]


def _python_value(value: str) -> Any:
    if value in ("true", "True"):
        return True
    if value in ("false", "False"):
        return False
    if value in ("nil", "none", "None"):
        return None
    return value


def _coerce(wanted: Any, actual: Any) -> Any:
    if isinstance(wanted, str) and isinstance(actual, bool):
        return wanted.lower() in ("1", "true")
    if isinstance(wanted, str) and isinstance(actual, int):
        try:
            return int(wanted)
        except ValueError:
            return wanted
    if isinstance(actual, datetime) and isinstance(wanted, str):
        return wanted.replace(" ", "T")
    return wanted


def _compare(actual: Any, term: str, wanted: Any) -> bool:
    if isinstance(actual, datetime):
        actual = format_datetime(actual)
    if term == "isnull":
        return (actual is None) == bool(wanted if not isinstance(wanted, str) else wanted.lower() in ("1", "true"))
    if term in ("in", "range"):
        values = [_coerce(v, actual) for v in wanted]
        if term == "range":
            return len(values) == 2 and actual is not None and values[0] <= actual <= values[1]
        return actual in values
    wanted = _coerce(wanted, actual)
    if term == "exact":
        return bool(actual == wanted)
    if actual is None:
        return False
    a, w = str(actual), str(wanted)
    checks: dict[str, Callable[[], bool]] = {
        "iexact": lambda: a.lower() == w.lower(),
        "contains": lambda: w in a,
        "icontains": lambda: w.lower() in a.lower(),
        "startswith": lambda: a.startswith(w),
        "istartswith": lambda: a.lower().startswith(w.lower()),
        "endswith": lambda: a.endswith(w),
        "iendswith": lambda: a.lower().endswith(w.lower()),
        "regex": lambda: re.search(w, a) is not None,
        "iregex": lambda: re.search(w, a, re.IGNORECASE) is not None,
        "gt": lambda: actual > wanted,
        "gte": lambda: actual >= wanted,
        "lt": lambda: actual < wanted,
        "lte": lambda: actual <= wanted,
    }
    check = checks.get(term)
    return bool(check()) if check else False


def _resolve(schema: Schema, resource: str, bits: list[str], term: str) -> list[Field]:
    """Tastypie's ``check_filtering``: the chain of fields ``bits`` walks, or a 400."""
    fields = schema[resource]
    name, rest = bits[0], bits[1:]
    field = fields.get(name)
    if field is None or field.filtering == NOT_FILTERABLE:
        raise bad_request(f"The '{name}' field does not allow filtering.")
    if not rest:
        return [field]
    if field.related is None:
        raise bad_request(f"The '{name}' field does not support relations.")
    if field.filtering != ALL_WITH_RELATIONS:
        raise bad_request(f"Lookups are not allowed more than one level deep on the '{name}' field.")
    if rest[0] not in schema[field.related]:
        raise bad_request(f"The '{rest[0]}' field does not allow filtering.")
    return [field, *_resolve(schema, field.related, rest, term)]


def _values(chain: list[Field], obj: Any) -> list[Any]:
    current = [obj]
    for field in chain:
        nxt: list[Any] = []
        for item in current:
            try:
                value = field.get(item)
            except AttributeError:  # a relation stored as a bare UUID has no other fields: it matches nothing
                continue
            nxt.extend(value if field.many else [value])
        current = nxt
    return current


def apply_filters(request: Request, schema: Schema, resource: str, objects: list[Any]) -> list[Any]:
    """Tastypie's ``build_filters`` + ``apply_filters``: unknown parameters are ignored, known fields that may not
    be filtered are a 400, relations are followed where the resource allows it."""
    params = query_dict(request)
    if "order_by" in params:
        name = params["order_by"][-1].lstrip("-").split("__")[0]
        if name not in schema[resource]:
            raise bad_request(f"No matching '{name}' field for ordering on.")
        raise bad_request(f"The '{name}' field does not allow ordering.")
    for key, values in params.items():
        bits = key.split("__")
        if bits[0] not in schema[resource]:
            continue
        term = bits.pop() if len(bits) > 1 and bits[-1] in QUERY_TERMS else "exact"
        chain = _resolve(schema, resource, bits, term)
        raw = values[-1]
        wanted: Any = [part for v in values for part in v.split(",")] if term in ("in", "range") else raw
        if term not in ("in", "range"):
            wanted = _python_value(raw)
        if chain[-1].related is not None:  # a relation compared as a whole: by UUID or resource URI
            chain = [*chain, Field(get=_identity_of)]
            wanted = [_uuid_of(v) for v in wanted] if isinstance(wanted, list) else _uuid_of(wanted)
        objects = [obj for obj in objects if any(_compare(v, term, wanted) for v in _values(chain, obj))]
    return objects


def _identity_of(obj: Any) -> Any:
    return getattr(obj, "uuid", obj)


def _uuid_of(value: Any) -> Any:
    return value.rstrip("/").rsplit("/", 1)[-1] if isinstance(value, str) else value
