"""fonds.ArchivesSpace and AsyncArchivesSpace against the ArchivesSpace simulator (in-process)."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re

import httpx
import pytest
from archivesspace_api.models.advanced_query import AdvancedQuery
from fonds import ArchivesSpace, AsyncArchivesSpace, errors
from fonds.archivesspace import query as Q
from fonds.testing.archivesspace import ArchivesSpaceSimulator

URL = "http://aspace.test"


@pytest.fixture
def sim() -> ArchivesSpaceSimulator:
    return ArchivesSpaceSimulator(archival_objects=700)


@pytest.fixture
def aspace(sim: ArchivesSpaceSimulator) -> ArchivesSpace:
    return ArchivesSpace(URL, username="admin", password="admin", transport=sim.transport())


def test_list_ids_and_get_many_give_every_record_once_in_few_requests(
    sim: ArchivesSpaceSimulator, aspace: ArchivesSpace
) -> None:
    listed = [ao.uri for ao in aspace.archival_objects.list(repo_id=2)]
    before = sim.requests_served
    ids = aspace.archival_objects.ids(repo_id=2)
    fetched = list(aspace.archival_objects.get_many(repo_id=2, ids=ids))
    assert len(ids) == 700
    assert sorted(listed) == sorted(ao.uri for ao in fetched)
    assert len(set(listed)) == 700
    assert [int(ao.uri.rsplit("/", 1)[1]) for ao in fetched] == ids  # in the order asked for
    assert sim.requests_served - before == 1 + 3  # all_ids, then ceil(700 / 250) id_set requests


def test_sixteen_tasks_harvest_through_expiries_with_one_login_per_expiry() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=2000, session_expiry_requests=50)

    async def main() -> tuple[list[str], int]:
        async with AsyncArchivesSpace(URL, username="admin", password="admin", transport=sim.transport()) as aspace:
            ids = await aspace.archival_objects.ids(repo_id=2)
            slices = [ids[i::16] for i in range(16)]

            async def harvest(part: list[int]) -> list[str]:
                out = []
                for start in range(0, len(part), 10):  # small batches: many requests, many expiries
                    out += [
                        ao.uri async for ao in aspace.archival_objects.get_many(repo_id=2, ids=part[start : start + 10])
                    ]
                return out

            batches = await asyncio.gather(*(harvest(part) for part in slices))
            return [uri for batch in batches for uri in batch], aspace.session.logins

    uris, logins = asyncio.run(main())
    assert len(uris) == 2000
    assert len(set(uris)) == 2000
    expiries = sim.sessions.authenticated_requests // 50
    assert expiries >= 3
    assert expiries <= logins <= expiries + 1


def test_async_list_with_pages_in_flight_yields_in_order(sim: ArchivesSpaceSimulator) -> None:
    async def main() -> list[str]:
        async with AsyncArchivesSpace(URL, username="admin", password="admin", transport=sim.transport()) as aspace:
            return [ao.uri async for ao in aspace.archival_objects.list(repo_id=2, page_size=50, concurrency=8)]

    uris = asyncio.run(main())
    assert len(uris) == 700
    assert uris == sorted(uris, key=lambda u: int(u.rsplit("/", 1)[1]))


def test_a_stale_update_is_a_conflict_and_modify_keeps_unknown_fields(aspace: ArchivesSpace) -> None:
    first = aspace.accessions.get(repo_id=2, id=1)
    stale = aspace.accessions.get(repo_id=2, id=1)
    first.additional_properties["local_plugin_field"] = "kept"
    aspace.accessions.update(repo_id=2, id=1, body=first)
    with pytest.raises(errors.ConflictError) as info:
        aspace.accessions.update(repo_id=2, id=1, body=stale)
    assert info.value.status == 409

    def rename(accession: object) -> None:
        accession.title = "Renamed"  # type: ignore[attr-defined]

    aspace.modify(aspace.accessions, rename, repo_id=2, id=1)
    again = aspace.accessions.get(repo_id=2, id=1)
    assert again.title == "Renamed"
    assert again.additional_properties.get("local_plugin_field") == "kept"


def test_an_invalid_record_is_a_validation_error_with_field_messages(aspace: ArchivesSpace) -> None:
    accession = aspace.accessions.get(repo_id=2, id=1)
    accession.id_0 = ""
    with pytest.raises(errors.ValidationError) as info:
        aspace.accessions.update(repo_id=2, id=1, body=accession)
    assert info.value.errors


def test_a_missing_record_is_not_found(aspace: ArchivesSpace) -> None:
    with pytest.raises(errors.NotFoundError):
        aspace.accessions.get(repo_id=2, id=999_999)


def test_a_read_only_user_is_denied_writes_without_a_new_login(sim: ArchivesSpaceSimulator) -> None:
    sim.add_user("reader", "reader-pw")
    viewer = ArchivesSpace(URL, username="reader", password="reader-pw", transport=sim.transport())
    accession = viewer.accessions.get(repo_id=2, id=1)
    with pytest.raises(errors.AccessDenied):
        viewer.accessions.update(repo_id=2, id=1, body=accession)
    assert viewer.session.logins == 1


def test_a_wrong_password_is_login_failed(sim: ArchivesSpaceSimulator) -> None:
    bad = ArchivesSpace(URL, username="admin", password="not-it", transport=sim.transport())
    with pytest.raises(errors.LoginFailed) as info:
        bad.repositories.list()
    assert "not-it" not in str(info.value)


class FlakyOnce(httpx.BaseTransport):
    """Answers 503 to the first request of each method it is told to, then passes through to the simulator."""

    def __init__(self, inner: httpx.BaseTransport, methods: set[str]) -> None:
        self.inner, self.methods, self.seen = inner, methods, []  # type: ignore[var-annotated]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        if request.method in self.methods and not request.url.path.endswith("/login"):
            self.methods.discard(request.method)
            return httpx.Response(503, json={"error": "busy"})
        return self.inner.handle_request(request)


def test_a_get_is_retried_after_a_503_and_a_post_is_not(sim: ArchivesSpaceSimulator) -> None:
    flaky = FlakyOnce(sim.transport(), {"GET", "POST"})
    aspace = ArchivesSpace(URL, username="admin", password="admin", transport=flaky)
    assert aspace.accessions.get(repo_id=2, id=1).title
    gets = [p for m, p in flaky.seen if m == "GET"]
    assert gets == ["/repositories/2/accessions/1"] * 2
    accession = aspace.accessions.get(repo_id=2, id=1)
    with pytest.raises(errors.ServerError):
        aspace.accessions.update(repo_id=2, id=1, body=accession)
    posts = [p for m, p in flaky.seen if m == "POST" and not p.endswith("/login")]
    assert posts == ["/repositories/2/accessions/1"]


def test_a_tree_of_three_levels_is_walked_depth_first_in_order(aspace: ArchivesSpace) -> None:
    resource = next(iter(aspace.resources.list(repo_id=2)))
    nodes = list(aspace.walk_tree(resource.uri))
    assert nodes[0].depth == 0
    assert nodes[0].uri == resource.uri
    assert max(n.depth for n in nodes) >= 3
    last_at_depth: dict[int, str] = {0: resource.uri}
    for previous, node in itertools.pairwise(nodes):
        assert node.depth <= previous.depth + 1
        assert node.parent_uri == (None if node.depth == 1 else last_at_depth[node.depth - 1])
        last_at_depth[node.depth] = node.uri
    records = list(aspace.tree_records(nodes))
    assert [r.uri for r in records] == [n.uri for n in nodes[1:]]
    assert all(r.resource.ref == resource.uri for r in records)


def test_search_pages_through_hits_with_typed_records_and_facets(aspace: ArchivesSpace) -> None:
    results = aspace.search("papers", repo_id=2, facet=["primary_type"], page_size=5)
    hits = list(results)
    assert results.total_hits == len(hits) > 5
    assert all(
        type(h.record).__name__ == "".join(p.capitalize() for p in h.result.jsonmodel_type.split("_")) for h in hits
    )
    assert sum(results.facets["primary_type"].values()) == results.total_hits


def test_the_query_builder_writes_advanced_queries_the_server_answers(aspace: ArchivesSpace) -> None:
    query = Q.field("primary_type", "resource", literal=True) & ~Q.boolean("suppressed")
    text = Q.to_aq(query)
    assert AdvancedQuery.from_dict(json.loads(text)).query.op == "AND"  # type: ignore[union-attr]
    hits = list(aspace.search(aq=query))
    assert hits
    assert {h.result.primary_type for h in hits} == {"resource"}
    with pytest.raises(errors.ConfigurationError):
        Q.between("year")


def test_no_secret_reaches_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="fonds")
    sim_expiring = ArchivesSpaceSimulator(archival_objects=50, session_expiry_requests=3)
    sim_expiring.add_user("harvester", "pa55-word")
    aspace = ArchivesSpace(URL, username="harvester", password="pa55-word", transport=sim_expiring.transport())
    for _ in range(6):
        aspace.accessions.get(repo_id=2, id=1)
    token = aspace.session.token
    assert token
    assert aspace.session.logins >= 2
    text = caplog.text + repr(aspace) + repr(aspace.session)
    assert "pa55-word" not in text
    assert token not in text
    assert re.search(r"GET .*/repositories/2/accessions/1 -> 200", caplog.text)
