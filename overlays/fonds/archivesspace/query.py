"""A typed builder for ArchivesSpace advanced queries: the JSON text of the ``aq`` and ``filter`` parameters.

Combine clauses with ``&``, ``|`` and ``~`` (or :func:`all_of`, :func:`any_of`); :func:`to_aq` gives the text to
send. Every clause carries its ``jsonmodel_type``, which the server dispatches on.

Example::

    from fonds.archivesspace import query as Q

    q = Q.field("title", "papers") & Q.field("primary_type", "resource", literal=True) & ~Q.boolean("suppressed")
    aspace.search(aq=q)                       # every route that takes aq/filter takes the object:
    aspace.search.all(page=1, aq=q)           # the raw route encodes it
    str(q) == Q.to_aq(q)                      # a query's text is its JSON, wherever it is sent
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any, Literal

import attrs

from ..errors import ConfigurationError, InvalidArgument

_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", re.ASCII)


def _found(value: Any) -> str:
    return f"str {value!r}" if isinstance(value, str) and len(value) <= 40 else type(value).__name__


def _check(wanted: str, test: Callable[[Any], bool]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator refusing, with ``InvalidArgument``, a value ``test`` does not accept."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not test(value):
            raise InvalidArgument(type(instance).__name__, attribute.name, wanted, _found(value))

    return validate


def _one_of(*options: Any) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    return _check(
        "one of " + ", ".join(repr(o) for o in options), lambda v: isinstance(v, (str, type(None))) and v in options
    )


_NAME = _check("a field name (non-empty text)", lambda v: isinstance(v, str) and bool(v.strip()))
_TEXT_OR_NONE = _check("text or None", lambda v: v is None or isinstance(v, str))
_FLAG = _check("True or False", lambda v: isinstance(v, bool))


def _date_text(value: Any) -> Any:
    """A ``datetime.date`` (or ``datetime``) as the ``YYYY-MM-DD`` the server compares; text as it is."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _bound_text(value: Any) -> Any:
    """A range bound given as a whole number (``between("year", 1900)``) as its text; anything else as it is."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class Query:
    """Base of the clauses; ``a & b``, ``a | b`` and ``~a`` build boolean queries. ``str(query)`` is the JSON text
    of the advanced query (as :func:`to_aq` gives it), so a query object put in any request is sent as the server
    wants it, never as its repr.

    Example: ``aspace.top_containers.search(repo_id=2, aq=str(Q.field("indicator", "1")))``.
    """

    def __str__(self) -> str:
        return to_aq(self)

    def to_dict(self) -> dict[str, Any]:
        """The clause as the server's JSON object: ``field("title", "x").to_dict()["jsonmodel_type"] ==
        "field_query"``."""
        raise NotImplementedError

    def __and__(self, other: Query) -> BooleanQuery:
        return all_of(self, other)

    def __or__(self, other: Query) -> BooleanQuery:
        return any_of(self, other)

    def __rand__(self, other: Any) -> BooleanQuery:
        return all_of(other, self)

    def __ror__(self, other: Any) -> BooleanQuery:
        return any_of(other, self)

    def __invert__(self) -> Query:
        return self.negate()

    def negate(self) -> Query:
        """The clause that matches what this one does not: ``boolean("publish").negate()`` (or
        ``~boolean("publish")``)."""
        raise NotImplementedError


@attrs.frozen
class FieldQuery(Query):
    """``field`` contains ``value`` (``literal``: the exact phrase); ``comparator="empty"``: the field is empty."""

    field: str = attrs.field(validator=_NAME)
    value: str | None = attrs.field(default=None, validator=_TEXT_OR_NONE)
    literal: bool = attrs.field(default=False, validator=_FLAG)
    negated: bool = attrs.field(default=False, validator=_FLAG)
    comparator: Literal["contains", "empty"] | None = attrs.field(
        default=None, validator=_one_of("contains", "empty", None)
    )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "jsonmodel_type": "field_query",
            "field": self.field,
            "literal": self.literal,
            "negated": self.negated,
        }
        if self.value is not None:
            out["value"] = self.value
        if self.comparator:
            out["comparator"] = self.comparator
        return out

    def negate(self) -> Query:
        return attrs.evolve(self, negated=not self.negated)


@attrs.frozen
class DateFieldQuery(Query):
    """A date field compared with ``value`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) at a ``precision``.

    Example: ``date("create_time", "2024-01", "greater_than", "month")``; a ``datetime.date`` is its
    ``YYYY-MM-DD``.
    """

    field: str = attrs.field(validator=_NAME)
    value: str = attrs.field(
        converter=_date_text,
        validator=_check(
            "a date as YYYY, YYYY-MM or YYYY-MM-DD (or a datetime.date)",
            lambda v: isinstance(v, str) and bool(_DATE.fullmatch(v)),
        ),
    )
    comparator: Literal["greater_than", "lesser_than", "equal", "empty"] = attrs.field(
        default="equal", validator=_one_of("greater_than", "lesser_than", "equal", "empty")
    )
    precision: Literal["day", "month", "year"] = attrs.field(default="day", validator=_one_of("day", "month", "year"))
    negated: bool = attrs.field(default=False, validator=_FLAG)

    def to_dict(self) -> dict[str, Any]:
        return {
            "jsonmodel_type": "date_field_query",
            "field": self.field,
            "value": self.value,
            "comparator": self.comparator,
            "precision": self.precision,
            "negated": self.negated,
        }

    def negate(self) -> Query:
        return attrs.evolve(self, negated=not self.negated)


@attrs.frozen
class BooleanFieldQuery(Query):
    """A true/false field (``publish``, ``suppressed``) equal to ``value``. Example: ``boolean("publish", False)``."""

    field: str = attrs.field(validator=_NAME)
    value: bool = attrs.field(default=True, validator=_FLAG)
    negated: bool = attrs.field(default=False, validator=_FLAG)

    def to_dict(self) -> dict[str, Any]:
        return {
            "jsonmodel_type": "boolean_field_query",
            "field": self.field,
            "value": self.value,
            "negated": self.negated,
        }

    def negate(self) -> Query:
        return attrs.evolve(self, negated=not self.negated)


@attrs.frozen
class RangeQuery(Query):
    """``field`` between ``start`` and ``end`` (an open end when None; a whole number is its text). Example:
    ``between("year", "1900")``."""

    field: str = attrs.field(validator=_NAME)
    start: str | None = attrs.field(default=None, converter=_bound_text, validator=_TEXT_OR_NONE)
    end: str | None = attrs.field(default=None, converter=_bound_text, validator=_TEXT_OR_NONE)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"jsonmodel_type": "range_query", "field": self.field}
        if self.start is not None:
            out["from"] = self.start
        if self.end is not None:
            out["to"] = self.end
        return out

    def negate(self) -> Query:
        return BooleanQuery("NOT", (FieldQuery("keyword", "*"), self))


@attrs.frozen
class BooleanQuery(Query):
    """``op`` over ``subqueries``. The server writes NOT as an infix operator, so its first clause is kept.

    Example: ``field("title", "a") | field("title", "b")`` is ``BooleanQuery("OR", (...))``.
    """

    op: Literal["AND", "OR", "NOT"] = attrs.field(validator=_one_of("AND", "OR", "NOT"))
    subqueries: tuple[Query, ...]

    def __attrs_post_init__(self) -> None:
        if not self.subqueries:
            raise ConfigurationError("a boolean query needs at least one clause")
        clauses: tuple[object, ...] = tuple(self.subqueries)
        for index, clause in enumerate(clauses):
            if not isinstance(clause, Query):
                wanted = "query clauses (Q.field(...), Q.boolean(...)...)"
                raise InvalidArgument("BooleanQuery", f"subqueries[{index}]", wanted, _found(clause))

    def to_dict(self) -> dict[str, Any]:
        return {"jsonmodel_type": "boolean_query", "op": self.op, "subqueries": [q.to_dict() for q in self.subqueries]}

    def negate(self) -> Query:
        return BooleanQuery("NOT", (FieldQuery("keyword", "*"), self))


def field(
    name: str,
    value: str | None = None,
    *,
    literal: bool = False,
    comparator: Literal["contains", "empty"] | None = None,
) -> FieldQuery:
    """A field clause: ``field("title", "papers")``; ``field("notes", comparator="empty")``."""
    return FieldQuery(name, value, literal, False, comparator)


def date(
    name: str,
    value: str,
    comparator: Literal["greater_than", "lesser_than", "equal", "empty"] = "equal",
    precision: Literal["day", "month", "year"] = "day",
) -> DateFieldQuery:
    """A date clause: ``date("create_time", "2024-01-01", "greater_than")``."""
    return DateFieldQuery(name, value, comparator, precision)


def boolean(name: str, value: bool = True) -> BooleanFieldQuery:
    """A true/false clause: ``boolean("publish")``."""
    return BooleanFieldQuery(name, value)


def between(name: str, start: str | None = None, end: str | None = None) -> RangeQuery:
    """A range clause: ``between("year", "1900", "1950")``."""
    if start is None and end is None:
        raise ConfigurationError("a range needs a start, an end or both")
    return RangeQuery(name, start, end)


def all_of(*clauses: Query) -> BooleanQuery:
    """Every clause (AND); nested ANDs are flattened. Example: ``all_of(field("title", "x"), boolean("publish"))``."""
    flat: list[Query] = []
    for clause in clauses:
        flat += clause.subqueries if isinstance(clause, BooleanQuery) and clause.op == "AND" else (clause,)
    return BooleanQuery("AND", tuple(flat))


def any_of(*clauses: Query) -> BooleanQuery:
    """Any clause (OR); nested ORs are flattened. Example: ``any_of(field("title", "x"), field("title", "y"))``."""
    flat: list[Query] = []
    for clause in clauses:
        flat += clause.subqueries if isinstance(clause, BooleanQuery) and clause.op == "OR" else (clause,)
    return BooleanQuery("OR", tuple(flat))


def to_aq(query: Query) -> str:
    """The JSON text of ``{"jsonmodel_type": "advanced_query", "query": ...}`` for ``aq`` or ``filter``.

    Example: ``aspace.search.all(page=1, aq=to_aq(field("title", "papers")))`` (or pass the query itself).
    """
    if not isinstance(query, Query):
        raise InvalidArgument("to_aq", "query", "a query object (Q.field(...)...)", _found(query))
    document = {"jsonmodel_type": "advanced_query", "query": query.to_dict()}
    return json.dumps(document, separators=(",", ":"), allow_nan=False)
