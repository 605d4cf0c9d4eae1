"""``/search`` and ``/repositories/{repo_id}/search`` (GET, or POST with a form body), with the real envelope.

Every search scans the documents of the requested types, so it costs time in proportion to the records it may
match (about a second per 50,000 archival objects); narrow it with ``type[]`` on large simulated servers.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from .._core import Response
from ._call import Call
from ._kinds import KINDS
from ._query import advanced, parse_q, values
from ._solr import Doc, Indexer, public

Handler = Callable[..., Response]

FACET_LIMIT = 100
_KIND_ORDER = (
    "repository",
    "resource",
    "archival_object",
    "accession",
    "digital_object",
    "digital_object_component",
    "agent_person",
    "agent_corporate_entity",
    "agent_family",
    "agent_software",
    "subject",
    "top_container",
    "location",
    "event",
)
_GROUPS = {"agent": ("agent_person", "agent_corporate_entity", "agent_family", "agent_software")}


def _kinds(types: list[str]) -> list[str]:
    if not types:
        return list(_KIND_ORDER)
    wanted = {kind for t in types for kind in _GROUPS.get(t, (t,))}
    return [kind for kind in _KIND_ORDER if kind in wanted]


def _json_param(call: Call, name: str) -> Any:
    raw = call.params.string(name)
    if raw is None or raw == "":
        return None
    try:
        return json.loads(raw)
    except ValueError:
        call.params.bad_type(name, "JSONModel(:advanced_query)", raw)
        return None


def _documents(call: Call, indexer: Indexer, kinds: list[str], repo_id: int | None) -> Iterator[Doc]:
    store = call.store
    repos = [repo_id] if repo_id is not None else list(store.ids("repository", None))
    for kind in kinds:
        scopes: list[int | None] = list(repos) if KINDS[kind].repo_scoped else [None]
        for scope in scopes:
            for record_id in store.ids(kind, scope):
                doc = indexer.document(kind, record_id, scope)
                if doc is not None:
                    yield doc


def _sort_key(doc: Doc, field: str) -> tuple[int, Any]:
    found = values(doc, field)
    if not found:
        return (0, "")
    value = found[0]
    return (1, value) if isinstance(value, bool | int | float) else (2, str(value).lower())


def _ordered(hits: list[tuple[float, int, Doc]], sort: str | None) -> list[Doc]:
    if not sort:
        return [doc for _, _, doc in sorted(hits, key=lambda h: (-h[0], h[1]))]
    ordered = sorted(hits, key=lambda h: h[1])
    for clause in reversed([c.strip() for c in sort.split(",") if c.strip()]):
        field, _, direction = clause.partition(" ")
        descending = direction.strip().lower() == "desc"
        if field == "score":
            ordered.sort(key=lambda h: h[0], reverse=descending)
        else:
            ordered.sort(key=lambda h, f=field: _sort_key(h[2], f), reverse=descending)  # type: ignore[misc]
    return [doc for _, _, doc in ordered]


def _facets(fields: list[str], matched: list[Doc], universe: Counter[tuple[str, str]], mincount: int) -> Any:
    facet_fields: dict[str, list[Any]] = {}
    for field in fields:
        counts: Counter[str] = Counter()
        for doc in matched:
            for value in values(doc, field):
                counts[str(value).lower() if isinstance(value, bool) else str(value)] += 1
        if mincount <= 0:
            for (name, value), _ in universe.items():
                if name == field and value not in counts:
                    counts[value] = 0
        ranked = sorted(
            (item for item in counts.items() if item[1] >= max(mincount, 0)), key=lambda item: (-item[1], item[0])
        )[:FACET_LIMIT]
        facet_fields[field] = [part for value, count in ranked for part in (value, count)]
    return {
        "facet_queries": {},
        "facet_fields": facet_fields,
        "facet_ranges": {},
        "facet_intervals": {},
        "facet_heatmaps": {},
    }


def _highlight(doc: Doc, terms: list[str]) -> dict[str, list[str]]:
    title = str(doc.get("title") or "")
    marked = title
    for term in terms:
        for word in set(title.split()):
            if word.strip(".,;:").lower() == term.lower():
                marked = marked.replace(word, f'<span class="searchterm">{word}</span>')
    return {"title": [marked]} if marked != title else {}


def search(indexer: Indexer, *, scoped: bool, permission: str | None, types: list[str] | None = None) -> Handler:
    """The search handler for one repository (``scoped``) or all of them; ``types`` forces ``type[]``.

    Example::

        router.add("GET", "/search", search(indexer, scoped=False, permission="view_all_records"))
    """

    def handler(call: Call, repo_id: str | None = None) -> Response:
        params = call.params
        repo = call.repo_id(repo_id) if scoped and repo_id is not None else None
        q = params.string("q")
        aq = _json_param(call, "aq")
        filter_query = _json_param(call, "filter")
        wanted_types = params.array("type") if types is None else types
        facet_fields = params.array("facet")
        facet_mincount = params.integer("facet_mincount") or 0
        exclude = set(params.array("exclude"))
        fields = params.array("fields")
        params.array("filter_query")
        params.array("resolve")
        hl = params.boolean("hl", default=False)
        root_record = params.string("root_record")
        sort = params.string("sort")
        page = params.integer("page", required=True, non_negative=True)
        page_size = params.integer("page_size", non_negative=True)
        page_size = 10 if page_size is None else min(page_size, 250)
        if page == 0 or page_size == 0:
            params.errors["page" if page == 0 else "page_size"] = ["must be 1 or more"]
        call.permit(permission)

        if q:
            score = parse_q(q)
        elif aq is not None:
            test = advanced(aq)
            score = lambda doc: 1.0 if test(doc) else 0.0  # noqa: E731
        else:
            score = lambda doc: 1.0  # noqa: E731
        keep = advanced(filter_query, literal=True) if filter_query is not None else None

        hits: list[tuple[float, int, Doc]] = []
        universe: Counter[tuple[str, str]] = Counter()
        for index, doc in enumerate(_documents(call, indexer, _kinds(wanted_types), repo)):
            if facet_fields and facet_mincount <= 0:
                for field in facet_fields:
                    for value in values(doc, field):
                        universe[(field, str(value).lower() if isinstance(value, bool) else str(value))] += 1
            if doc["id"] in exclude or (keep is not None and not keep(doc)):
                continue
            if root_record and root_record not in (doc.get("resource"), doc.get("digital_object"), doc["id"]):
                continue
            found = score(doc)
            if found > 0:
                hits.append((found, index, doc))
        ordered = _ordered(hits, sort)
        assert page is not None
        total = len(ordered)
        chosen = ordered[(page - 1) * page_size : page * page_size]
        answer: dict[str, Any] = {
            "page_size": page_size,
            "first_page": 1,
            "last_page": math.ceil(total / page_size),
            "this_page": page,
            "offset_first": (page - 1) * page_size + 1,
            "offset_last": min(page * page_size, total),
            "total_hits": total,
            "results": [public(doc, fields) for doc in chosen],
            "facets": _facets(facet_fields, [doc for _, _, doc in hits], universe, facet_mincount),
        }
        if hl:
            terms = [t for t in (q or "").replace('"', " ").split() if t not in ("AND", "OR", "NOT")]
            answer["highlighting"] = {doc["id"]: _highlight(doc, terms) for doc in chosen}
        return Response.json(answer)

    return handler


MAX_TOP_CONTAINER_RESULTS = 10_000  # AppConfig[:max_top_container_results]


def top_container_search(indexer: Indexer) -> Handler:
    """``GET /repositories/{repo_id}/top_containers/search``: Solr's own answer for the top containers that match
    ``q`` (and ``filter``), unpaged, with ``facet_counts`` for ``facet[]``.

    Example::

        router.add("GET", "/repositories/{repo_id}/top_containers/search", top_container_search(indexer))
    """

    def handler(call: Call, repo_id: str) -> Response:
        repo = call.repo_id(repo_id)
        q = call.params.string("q")
        filter_query = _json_param(call, "filter")
        facet_fields = call.params.array("facet")
        call.permit("view_repository")
        score = parse_q(q) if q else (lambda doc: 1.0)
        keep = advanced(filter_query, literal=True) if filter_query is not None else None
        matched = [
            doc
            for doc in _documents(call, indexer, ["top_container"], repo)
            if score(doc) > 0 and (keep is None or keep(doc))
        ][:MAX_TOP_CONTAINER_RESULTS]
        answer: dict[str, Any] = {
            "responseHeader": {"status": 0, "QTime": 0, "params": {"q": q or "*:*", "wt": "json"}},
            "response": {
                "numFound": len(matched),
                "start": 0,
                "numFoundExact": True,
                "docs": [public(doc, []) for doc in matched],
            },
        }
        if facet_fields:
            answer["facet_counts"] = _facets(facet_fields, matched, Counter(), 1)
        return Response.json(answer)

    return handler
