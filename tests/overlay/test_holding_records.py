"""Typed records that are pleasant to hold (issue 18, second part): ``by_external_id`` in one shape, one naming on
every search route with query objects encoded, ``total_hits`` before iterating, typed hits, subtree walks."""

from __future__ import annotations

import asyncio
import contextlib
import json
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from archivesspace_api._records import UnknownRecord
from archivesspace_api.models.accession import Accession
from archivesspace_api.models.archival_object import ArchivalObject
from fonds import ArchivesSpace, AsyncArchivesSpace
from fonds.archivesspace import query as Q
from fonds.errors import ConfigurationError, InvalidArgument, NotFoundError, ValidationError
from fonds.testing import ArchivesSpaceSimulator

EXTERNAL_IDS: dict[str, httpx.Response] = {
    "one": httpx.Response(303, headers={"Location": "/repositories/2/archival_objects/3"}),
    "absolute": httpx.Response(303, headers={"Location": "http://aspace.test/repositories/2/accessions/1"}),
    "several": httpx.Response(300, json=["/repositories/2/archival_objects/4", "/repositories/2/accessions/1"]),
    "none": httpx.Response(404, json=[]),
}


def _with_external_ids(sim: ArchivesSpaceSimulator, seen: list[httpx.Request]) -> httpx.MockTransport:
    inner = sim.transport()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/by-external-id":
            seen.append(request)
            template = EXTERNAL_IDS[request.url.params["eid"]]
            return httpx.Response(template.status_code, headers=template.headers, content=template.content)
        return inner.handle_request(request)

    return httpx.MockTransport(handler)


@pytest.fixture
def sim() -> ArchivesSpaceSimulator:
    return ArchivesSpaceSimulator(archival_objects=20)


@pytest.mark.parametrize(
    ("eid", "uris"),
    [
        ("one", ["/repositories/2/archival_objects/3"]),
        ("absolute", ["/repositories/2/accessions/1"]),
        ("several", ["/repositories/2/archival_objects/4", "/repositories/2/accessions/1"]),
        ("none", []),
    ],
)
def test_by_external_id_is_a_list_of_uris_for_none_one_or_several(
    sim: ArchivesSpaceSimulator, eid: str, uris: list[str]
) -> None:
    seen: list[httpx.Request] = []
    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=_with_external_ids(sim, seen)
    ) as a:
        assert a.by_external_id.find(eid=eid, type=["archival_object", "accession"]) == uris
    assert parse_qs(urlsplit(str(seen[0].url)).query)["type[]"] == ["archival_object", "accession"]


def test_by_external_id_records_are_the_typed_records(sim: ArchivesSpaceSimulator) -> None:
    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=_with_external_ids(sim, [])
    ) as a:
        [one] = a.by_external_id.records(eid="one", resolve=["subjects"])
        assert isinstance(one, ArchivalObject)
        assert one.uri == "/repositories/2/archival_objects/3"
        assert one.subjects
        assert one.subjects[0].resolved
        several = a.by_external_id.records(eid="several")
        assert [type(r) for r in several] == [ArchivalObject, Accession]
        assert a.by_external_id.records(eid="none") == []


def test_by_external_id_async_twin(sim: ArchivesSpaceSimulator) -> None:
    inner = _with_external_ids(sim, [])

    class Async(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await request.aread()
            response = inner.handle_request(request)
            return httpx.Response(response.status_code, headers=response.headers, content=response.read())

    async def main() -> tuple[list[str], list[object]]:
        async with AsyncArchivesSpace("http://aspace.test", username="admin", password="admin", transport=Async()) as a:
            return await a.by_external_id.find(eid="several"), await a.by_external_id.records(eid="one")

    uris, records = asyncio.run(main())
    assert uris == ["/repositories/2/archival_objects/4", "/repositories/2/accessions/1"]
    assert [type(r) for r in records] == [ArchivalObject]


def test_by_external_id_follows_a_client_that_follows_redirects(sim: ArchivesSpaceSimulator) -> None:
    http = httpx.Client(transport=_with_external_ids(sim, []), follow_redirects=True)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", http_client=http) as a:
        assert a.by_external_id.find(eid="one") == ["/repositories/2/archival_objects/3"]


def test_by_external_id_refuses_bad_input_before_sending(sim: ArchivesSpaceSimulator) -> None:
    seen: list[httpx.Request] = []
    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=_with_external_ids(sim, seen)
    ) as a:
        with pytest.raises(InvalidArgument):
            a.by_external_id.find(eid="")
        with pytest.raises(InvalidArgument):
            a.by_external_id.find(eid="one", type="resource")  # type: ignore[arg-type]
    assert seen == []


def _json(request: httpx.Request, name: str) -> object:
    return json.loads(request.url.params[name])


# --- search: one naming on every route, query objects encoded, totals before iterating, typed hits -------------


class Recorder:
    """The simulator's transport, keeping every request it saw."""

    def __init__(self, sim: ArchivesSpaceSimulator) -> None:
        self.inner = sim.transport()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def searches(self) -> list[httpx.Request]:
        return [r for r in self.requests if "search" in r.url.path]


@pytest.fixture
def recorder(sim: ArchivesSpaceSimulator) -> Recorder:
    return Recorder(sim)


@pytest.fixture
def client(recorder: Recorder) -> ArchivesSpace:
    return ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=httpx.MockTransport(recorder)
    )


QUERY = Q.field("title", "papers") & ~Q.boolean("suppressed")


def test_raw_search_routes_take_the_same_names_and_encode_query_objects(
    client: ArchivesSpace, recorder: Recorder
) -> None:
    client.search.all(page=1, aq=QUERY, type=["resource"], facet=["level"], filter=Q.boolean("publish"))
    client.search.repository(repo_id=2, page=1, q="papers", type=["archival_object"], filter=QUERY)
    client.search.repositories(page=1, aq=QUERY)
    everything, repository, repositories = recorder.searches()
    assert _json(everything, "aq") == json.loads(Q.to_aq(QUERY))
    assert _json(everything, "filter") == json.loads(Q.to_aq(Q.boolean("publish")))
    assert everything.url.params.get_list("type[]") == ["resource"]
    assert everything.url.params.get_list("facet[]") == ["level"]
    assert repository.url.path == "/repositories/2/search"
    assert _json(repository, "filter") == json.loads(Q.to_aq(QUERY))
    assert _json(repositories, "aq")["query"]["jsonmodel_type"] == "boolean_query"


def test_the_callable_search_takes_the_names_the_raw_routes_take(client: ArchivesSpace, recorder: Recorder) -> None:
    list(client.search(aq=QUERY, repo_id=2, type=["resource"], facet=["primary_type"], filter=QUERY))
    first = recorder.searches()[0]
    assert first.url.params.get_list("type[]") == ["resource"]
    assert _json(first, "aq") == _json(first, "filter") == json.loads(Q.to_aq(QUERY))


def test_a_query_object_is_its_json_wherever_it_is_sent(client: ArchivesSpace, recorder: Recorder) -> None:
    # The top containers' search (another route taking aq/filter), and a generated function called directly.
    with contextlib.suppress(ValidationError):  # the simulator does not serve this route; the request is what counts
        client.top_containers.search(repo_id=2, aq=QUERY, type=["top_container"], filter=Q.boolean("publish"))
    sent = recorder.searches()[-1]
    assert sent.url.path == "/repositories/2/top_containers/search"
    assert _json(sent, "aq") == json.loads(Q.to_aq(QUERY))
    assert sent.url.params.get_list("type[]") == ["top_container"]
    from archivesspace_api.api.search import search_all

    kwargs = search_all._get_kwargs(page=1, aq=QUERY)  # type: ignore[arg-type]
    request = httpx.Request("GET", "http://aspace.test/search", params=kwargs["params"])
    assert json.loads(request.url.params["aq"]) == json.loads(Q.to_aq(QUERY))
    assert str(QUERY) == Q.to_aq(QUERY)


@pytest.mark.parametrize(
    "call",
    [
        lambda a: a.search.all(page=1, type="resource"),
        lambda a: a.search.all(page=1, types=["resource"]),
        lambda a: a.search.all(page=1, aq={"query": "x"}),
        lambda a: list(a.search("x", facets=["level"])),
        lambda a: a.top_containers.search(repo_id=2, page_size=5),
    ],
)
def test_search_arguments_are_checked_before_sending(client: ArchivesSpace, recorder: Recorder, call: object) -> None:
    with pytest.raises(InvalidArgument):
        call(client)  # type: ignore[operator]
    assert recorder.searches() == []


def test_a_misspelt_search_argument_names_the_right_one(client: ArchivesSpace) -> None:
    with pytest.raises(InvalidArgument, match="did you mean facet"):
        client.search.all(page=1, facets=["level"])  # type: ignore[call-arg]


def test_total_hits_is_known_before_iterating_and_the_first_page_is_not_fetched_twice(
    client: ArchivesSpace, recorder: Recorder
) -> None:
    results = client.search(repo_id=2, type=["archival_object"], facet=["level"], page_size=7)
    assert recorder.searches() == []  # lazy until asked
    total = results.total_hits
    assert total == 20
    assert sum(results.facets["level"].values()) == 20
    assert len(recorder.searches()) == 1
    hits = list(results)
    assert len(hits) == total
    assert [r.url.params["page"] for r in recorder.searches()] == ["1", "2", "3"]
    assert len({h.uri for h in hits}) == total


def test_async_search_results_load_the_first_page_once(sim: ArchivesSpaceSimulator) -> None:
    recorder = Recorder(sim)

    class Async(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await request.aread()
            response = recorder(request)
            return httpx.Response(response.status_code, headers=response.headers, content=response.read())

    async def main() -> tuple[int | None, int]:
        async with AsyncArchivesSpace("http://aspace.test", username="admin", password="admin", transport=Async()) as a:
            results = await a.search(repo_id=2, type=["archival_object"], page_size=7, concurrency=2).load()
            page = await a.search.all(page=1, aq=QUERY)
            assert page.total_hits >= 0
            return results.total_hits, len([hit async for hit in results])

    total, count = asyncio.run(main())
    assert total == count == 20
    assert [r.url.params["page"] for r in recorder.searches()][:4] == ["1", "1", "2", "3"]


def test_hits_hold_typed_records() -> None:
    from archivesspace_api.models.resource import Resource
    from archivesspace_api.models.search_result import SearchResult
    from fonds.archivesspace import SearchRecord
    from fonds.archivesspace._search import _hit

    resource = _hit(
        SearchResult.from_dict({"uri": "/r/1", "json": json.dumps({"jsonmodel_type": "resource", "title": "T"})})
    )
    assert isinstance(resource.record, Resource)
    assert resource.record.title == "T"
    plugin = _hit(SearchResult.from_dict({"json": json.dumps({"jsonmodel_type": "plugin_thing", "x": 1})}))
    assert isinstance(plugin.record, UnknownRecord)
    assert plugin.record["x"] == 1
    assert _hit(SearchResult.from_dict({"uri": "/r/1"})).record is None
    assert _hit(SearchResult.from_dict({"json": "[1, 2]"})).record is None
    assert _hit(SearchResult.from_dict({"json": "{not json"})).record is None
    assert SearchRecord is not None


# --- walk_tree below the root ------------------------------------------------------------------------------------


def test_walk_tree_of_an_archival_object_is_its_subtree() -> None:
    sim = ArchivesSpaceSimulator()
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        whole = list(a.walk_tree("/repositories/2/resources/1"))
        parent = next(n for n in whole if n.depth == 1 and n.child_count)
        start = whole.index(parent)
        end = next((i for i in range(start + 1, len(whole)) if whole[i].depth <= parent.depth), len(whole))
        expected = whole[start:end]
        subtree = list(a.walk_tree(parent.uri))
        assert len(subtree) > 1
        assert [(n.uri, n.depth + parent.depth, n.parent_uri) for n in subtree[1:]] == [
            (n.uri, n.depth, n.parent_uri) for n in expected[1:]
        ]
        top = subtree[0]
        assert (top.uri, top.depth, top.child_count, top.position) == (
            parent.uri,
            0,
            parent.child_count,
            parent.position,
        )
        assert top.parent_uri is None  # a child of the resource itself
        leaf = next(n for n in whole if n.depth > 1 and not n.child_count)
        assert [(n.uri, n.depth) for n in a.walk_tree(leaf.uri)] == [(leaf.uri, 0)]
        deeper = next(n for n in whole if n.depth == 2)
        assert next(iter(a.walk_tree(deeper.uri))).parent_uri == deeper.parent_uri


@pytest.mark.parametrize("uri", ["/repositories/2/accessions/1", "/repositories/2/archival_objects/x", "/subjects/1"])
def test_walk_tree_refuses_what_is_no_tree_before_sending(uri: str) -> None:
    sent: list[httpx.Request] = []
    client = ArchivesSpace(
        "http://aspace.test",
        session_token="t",
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500)),
    )
    with pytest.raises(ConfigurationError):
        client.walk_tree(uri)
    assert sent == []


# --- the user's script (tests/overlay/typed_script.py, checked by mypy --strict in test_typed_layer.py) ----------


def test_the_users_script_runs_the_second_part(sim: ArchivesSpaceSimulator) -> None:
    from tests.overlay.typed_script import external_titles, run_more

    text = run_more()
    assert text.startswith("3 [")
    assert "0:" in text
    assert "README.txt" in text
    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=_with_external_ids(sim, [])
    ) as a:
        titles = external_titles(a, "several")
    assert titles[-2:] == ["/repositories/2/archival_objects/4", "/repositories/2/accessions/1"]
    assert len(titles) == 4


@pytest.mark.parametrize("body", [b"", b"<html>Not Found</html>", b'{"error": "no such route"}'])
def test_only_the_routes_empty_list_means_no_match(body: bytes) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(404, content=body))
    a = ArchivesSpace("http://aspace.test", session_token="tok", transport=transport)
    with pytest.raises(NotFoundError):
        a.by_external_id.find(eid="x")
