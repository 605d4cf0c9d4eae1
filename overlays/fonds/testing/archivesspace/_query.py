"""The search languages: ``q`` (a small Lucene subset) and ``aq``/``filter`` (JSONModel advanced queries).

``q`` understands terms (``*`` and ``?`` wildcards), ``"quoted phrases"``, ``field:value``, ``AND``/``OR``/``NOT``,
``-term``, parentheses and ``*:*``; terms are AND-ed by default (the server's ``q.op``). Without a field a term
searches identifier, title and the full record text, and scores 3, 2 and 1 for a hit in each.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from typing import Any

from ._errors import ApiError
from ._solr import Doc, tokens

Matcher = Callable[[Doc], float]

# Advanced-search field names as the staff interface sends them, mapped to document fields.
FIELDS = {
    "keyword": None,
    "title": "title",
    "identifier": "identifier",
    "creators": "creators",
    "creators_text": "creators",
    "subjects": "subjects",
    "subjects_text": "subjects",
    "notes": "notes",
    "notes_published": "notes",
    "published": "publish",
    "title_ws": "title",
    "identifier_ws": "identifier",
    "fullrecord": "fullrecord",
    "agents_text": "agents",
    "type": "primary_type",
}
_DEFAULT_FIELDS = (("identifier", 3.0), ("title", 2.0), ("fullrecord", 1.0))
_TOKEN = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<phrase>"[^"]*")|(?P<word>[^\s()"]+))')


def field_name(name: str | None) -> str | None:
    """The document field an advanced-query ``field`` names (None: the default fields)."""
    if name is None:
        return None
    return FIELDS.get(name, name)


def values(doc: Doc, field: str) -> list[Any]:
    """The values of ``field`` in ``doc`` as a list (empty when absent)."""
    value = doc.get(field)
    if value is None or value == "" or value == []:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(doc: Doc, field: str) -> list[str]:
    return tokens(" ".join(str(v).lower() for v in values(doc, field)))


def _term_hit(term: str, doc: Doc, field: str) -> bool:
    words = _text(doc, field)
    if any(c in term for c in "*?"):
        pattern = term.lower()
        return any(fnmatch.fnmatchcase(w, pattern) for w in words) or (pattern == "*" and bool(words))
    wanted = tokens(term)
    if not wanted:
        return False
    if len(wanted) == 1:
        return wanted[0] in words
    return _phrase_hit(wanted, words)


def _phrase_hit(wanted: list[str], words: list[str]) -> bool:
    n = len(wanted)
    return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def _lex(text: str) -> list[tuple[str, str]]:
    found = []
    for m in _TOKEN.finditer(text):
        if m.group("open"):
            found.append(("(", "("))
        elif m.group("close"):
            found.append((")", ")"))
        elif m.group("phrase"):
            found.append(("phrase", m.group("phrase")[1:-1]))
        elif m.group("word"):
            found.append(("word", m.group("word")))
    return found


class _Parser:
    def __init__(self, items: list[tuple[str, str]], default_field: str | None) -> None:
        self.items = items
        self.pos = 0
        self.default_field = default_field

    def peek(self) -> tuple[str, str]:
        return self.items[self.pos] if self.pos < len(self.items) else ("end", "")

    def take(self) -> tuple[str, str]:
        item = self.peek()
        self.pos += 1
        return item

    def parse(self) -> Matcher:
        matcher = self.or_expr()
        self.pos = len(self.items)  # a stray ")": ignore the rest, as a lenient parser would
        return matcher

    def or_expr(self) -> Matcher:
        parts = [self.and_expr()]
        while self.peek() == ("word", "OR"):
            self.pos += 1
            parts.append(self.and_expr())
        if len(parts) == 1:
            return parts[0]
        return lambda doc: max(p(doc) for p in parts)

    def and_expr(self) -> Matcher:
        positive: list[Matcher] = []
        negative: list[Matcher] = []
        while self.peek()[0] not in ("end", ")") and self.peek() != ("word", "OR"):
            kind, text = self.peek()
            if (kind, text) == ("word", "AND"):
                self.pos += 1
            elif (kind, text) == ("word", "NOT"):
                self.pos += 1
                negative.append(self.atom())
            elif kind == "word" and text[0] in "-+" and len(text) > 1:
                self.items[self.pos] = ("word", text[1:])
                (negative if text[0] == "-" else positive).append(self.atom())
            else:
                positive.append(self.atom())

        def match(doc: Doc) -> float:
            if any(p(doc) for p in negative):
                return 0.0
            scores = [p(doc) for p in positive]
            if not all(scores):
                return 0.0
            return sum(scores) if scores else (1.0 if negative else 0.0)

        return match

    def group(self, field: str | None) -> Matcher:
        saved, self.default_field = self.default_field, field
        inner = self.or_expr()
        self.default_field = saved
        if self.peek()[0] == ")":
            self.pos += 1
        return inner

    def atom(self) -> Matcher:
        kind, text = self.take()
        if kind == "(":
            return self.group(self.default_field)
        if kind == "phrase":
            return self.leaf(self.default_field, text)
        if kind != "word":
            return lambda doc: 0.0
        if text in ("*:*", "*"):
            return lambda doc: 1.0
        field, sep, value = text.partition(":")
        if not sep or not field or field.startswith(("http", "/")):
            return self.leaf(self.default_field, text)
        mapped = field_name(field)
        if value == "" and self.peek()[0] == "phrase":
            return self.leaf(mapped, self.take()[1])
        if value == "" and self.peek()[0] == "(":
            self.pos += 1
            return self.group(mapped)
        return self.leaf(mapped, value)

    def leaf(self, field: str | None, value: str) -> Matcher:
        if field is None:

            def anywhere(doc: Doc) -> float:
                return sum(weight for name, weight in _DEFAULT_FIELDS if _term_hit(value, doc, name))

            return anywhere
        if value == "*":
            return lambda doc: 1.0 if values(doc, field) else 0.0
        return lambda doc: 1.0 if _term_hit(value, doc, field) else 0.0


def parse_q(text: str, default_field: str | None = None) -> Matcher:
    """A matcher for a ``q`` string: returns a score, 0 when the document does not match.

    Example::

        parse_q('title:papers AND NOT "hale family"')(doc)
    """
    return _Parser(_lex(text), default_field).parse()


# -- advanced queries ---------------------------------------------------------------------------------------------


def _bad(message: str) -> ApiError:
    return ApiError(400, {"error": {"aq": [message]}})


def _date_key(value: Any, precision: str) -> str:
    text = str(value or "")
    return text[: {"year": 4, "month": 7}.get(precision, 10)]


def _as_number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def advanced(query: Any, *, literal: bool = False) -> Callable[[Doc], bool]:
    """A predicate for a JSONModel ``advanced_query`` (``aq``; ``literal=True`` for ``filter``).

    Example::

        advanced({"jsonmodel_type": "advanced_query", "query": {"jsonmodel_type": "field_query",
                  "field": "title", "value": "papers"}})(doc)
    """
    if not isinstance(query, dict):
        raise _bad("Wanted type JSONModel(:advanced_query) but got something else")
    kind = query.get("jsonmodel_type")
    if kind == "advanced_query":
        if "query" not in query:
            raise _bad("query: Property is required but was missing")
        return advanced(query["query"], literal=literal)
    if kind == "boolean_query":
        op = str(query.get("op", "")).upper()
        subs = [advanced(q, literal=literal) for q in query.get("subqueries") or []]
        if op not in ("AND", "OR", "NOT") or not subs:
            raise _bad("boolean_query needs op AND|OR|NOT and at least one subquery")
        if op == "AND":
            return lambda doc: all(s(doc) for s in subs)
        if op == "OR":
            return lambda doc: any(s(doc) for s in subs)
        return lambda doc: subs[0](doc) and not any(s(doc) for s in subs[1:])
    if kind not in ("field_query", "date_field_query", "boolean_field_query", "range_query"):
        raise _bad(f"Unknown query type: {kind!r}")
    if not query.get("field"):
        raise _bad(f"{kind}: field: Property is required but was missing")
    field = field_name(str(query["field"]))
    negated = bool(query.get("negated"))
    test = _leaf(kind, query, field, literal)
    return (lambda doc: not test(doc)) if negated else test


def _leaf(kind: str, query: dict[str, Any], field: str | None, literal: bool) -> Callable[[Doc], bool]:
    comparator = query.get("comparator")
    if comparator == "empty":
        return lambda doc: field is not None and not values(doc, field)
    if kind == "field_query":
        value = str(query.get("value", ""))
        if (literal or query.get("literal")) and field is not None:
            wanted = value.lower()
            return lambda doc: any(str(v).lower() == wanted for v in values(doc, field))
        matcher = parse_q(value.replace(":", " "), field)
        return lambda doc: matcher(doc) > 0
    if field is None:
        raise _bad(f"{kind} needs a field")
    if kind == "boolean_field_query":
        wanted_bool = query.get("value", True)
        wanted_bool = wanted_bool if isinstance(wanted_bool, bool) else str(wanted_bool).lower() == "true"
        return lambda doc: any(
            (v if isinstance(v, bool) else str(v).lower() == "true") == wanted_bool for v in values(doc, field)
        )
    if kind == "range_query":
        low, high = query.get("from"), query.get("to")

        def within(value: Any) -> bool:
            number, lo, hi = _as_number(value), _as_number(low), _as_number(high)
            if number is not None and (low is None or lo is not None) and (high is None or hi is not None):
                return (lo is None or number >= lo) and (hi is None or number <= hi)
            text = str(value)
            return (low is None or text >= str(low)) and (high is None or text <= str(high))

        return lambda doc: any(within(v) for v in values(doc, field))
    precision = str(query.get("precision") or "day")
    target = _date_key(query.get("value"), precision)
    if comparator == "greater_than":
        return lambda doc: any(_date_key(v, precision) > target for v in values(doc, field))
    if comparator == "lesser_than":
        return lambda doc: any(_date_key(v, precision) < target for v in values(doc, field))
    return lambda doc: any(_date_key(v, precision) == target for v in values(doc, field))
