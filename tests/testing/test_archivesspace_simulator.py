"""The ArchivesSpace simulator answers like the real backend: sessions, listings, records, search and trees."""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fonds.testing import ArchivesSpaceSimulator, Request, Response

BASE = "http://aspace.test"
AQ_TITLE_PAPERS = {
    "jsonmodel_type": "advanced_query",
    "query": {
        "jsonmodel_type": "boolean_query",
        "op": "AND",
        "subqueries": [
            {"jsonmodel_type": "field_query", "field": "title", "value": "papers"},
            {"jsonmodel_type": "field_query", "field": "primary_type", "value": "resource", "literal": True},
        ],
    },
}


class Clock:
    """A settable time source for session expiry."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sim() -> ArchivesSpaceSimulator:
    return ArchivesSpaceSimulator()


@pytest.fixture
def anonymous(sim: ArchivesSpaceSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        yield client


def login(client: httpx.Client, username: str = "admin", password: str = "admin") -> str:
    client.headers.pop("X-ArchivesSpace-Session", None)  # a dead token would make even the login a 412
    answer = client.post(f"/users/{username}/login", data={"password": password})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["session"]
    client.headers["X-ArchivesSpace-Session"] = token
    return token


@pytest.fixture
def client(anonymous: httpx.Client) -> httpx.Client:
    login(anonymous)
    return anonymous


# -- sessions -------------------------------------------------------------------------------------------------------


def test_login_answers_a_session_and_the_user_with_permissions(anonymous: httpx.Client) -> None:
    answer = anonymous.post("/users/admin/login", data={"password": "admin"})
    body = answer.json()
    assert answer.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{64}", body["session"])
    assert body["user"]["username"] == "admin"
    assert body["user"]["jsonmodel_type"] == "user"
    assert "update_accession_record" in body["user"]["permissions"]["_archivesspace"]
    assert "expire_after_seconds" not in body


def test_login_reads_the_password_from_the_query_string_and_non_expiring_says_for_how_long(
    anonymous: httpx.Client,
) -> None:
    answer = anonymous.post("/users/ADMIN/login", params={"password": "admin", "expiring": "false"})
    assert answer.status_code == 200
    assert answer.json()["expire_after_seconds"] == 604800


def test_login_failures(anonymous: httpx.Client) -> None:
    wrong = anonymous.post("/users/admin/login", data={"password": "nope"})
    assert (wrong.status_code, wrong.json()) == (403, {"error": "Login failed"})
    as_json = anonymous.post("/users/admin/login", json={"password": "admin"})  # the server wants a form
    assert as_json.status_code == 400
    assert as_json.json() == {"error": {"password": ["Parameter required but no value provided"]}}
    bad_name = anonymous.post("/users/bad!name/login", data={"password": "x"})
    assert bad_name.status_code == 400
    assert "username" in bad_name.json()["error"]
    bad_bool = anonymous.post("/users/admin/login", data={"password": "admin", "expiring": "yes"})
    assert bad_bool.status_code == 400
    assert bad_bool.json()["error"]["expiring"] == ["Wanted type RESTHelpers::BooleanParam but got 'yes'"]


def test_no_session_is_403_where_a_permission_is_needed_but_fine_where_none_is(anonymous: httpx.Client) -> None:
    denied = anonymous.get("/repositories/2/accessions", params={"page": 1})
    assert (denied.status_code, denied.json()) == (403, {"error": "Access denied"})
    assert anonymous.get("/repositories").status_code == 200
    assert anonymous.get("/agents/people", params={"page": 1}).json()["total"] == 40
    assert anonymous.get("/version").text.startswith("ArchivesSpace (v")


def test_unknown_session_is_412_session_gone_echoing_the_token(anonymous: httpx.Client) -> None:
    answer = anonymous.get("/repositories", headers={"X-ArchivesSpace-Session": "deadbeef"})
    assert answer.status_code == 412
    assert answer.json() == {"code": "SESSION_GONE", "error": "No session found for deadbeef"}


def test_idle_sessions_expire_then_are_gone() -> None:
    clock = Clock()
    sim = ArchivesSpaceSimulator(session_expiry_seconds=60, clock=clock)
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        login(client)
        clock.now += 59
        assert client.get("/repositories/2").status_code == 200
        clock.now += 59  # idle time counts from the last use
        assert client.get("/repositories/2").status_code == 200
        clock.now += 61
        expired = client.get("/repositories/2")
        assert expired.status_code == 412
        assert expired.json() == {"code": "SESSION_EXPIRED", "error": "Session timed out"}
        assert client.get("/repositories/2").json()["code"] == "SESSION_GONE"


def test_sessions_expire_every_n_authenticated_requests() -> None:
    sim = ArchivesSpaceSimulator(session_expiry_requests=3)
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        for _ in range(2):
            login(client)
            codes = [client.get("/repositories/2").status_code for _ in range(4)]
            assert codes == [200, 200, 200, 412]


def test_expire_sessions_and_logout(client: httpx.Client, sim: ArchivesSpaceSimulator) -> None:
    sim.expire_sessions()
    assert client.get("/repositories/2").json()["code"] == "SESSION_EXPIRED"
    stale_login = client.post("/users/admin/login", data={"password": "admin"})  # checked before any route
    assert stale_login.json()["code"] == "SESSION_GONE"
    login(client)
    assert client.post("/logout").json() == {"status": "session_logged_out"}
    assert client.get("/repositories/2").json()["code"] == "SESSION_GONE"


def test_a_read_only_user_reads_but_may_not_write(anonymous: httpx.Client) -> None:
    login(anonymous, "viewer", "viewer")
    assert anonymous.get("/repositories/2/accessions/1").status_code == 200
    record = anonymous.get("/repositories/2/accessions/1").json()
    assert anonymous.post("/repositories/2/accessions/1", json=record).json() == {"error": "Access denied"}
    created = anonymous.post("/repositories/2/accessions", json={"jsonmodel_type": "accession", "id_0": "X"})
    assert created.status_code == 403
    assert anonymous.delete("/repositories/2/accessions/1").status_code == 403
    assert anonymous.get("/users/current-user").json()["username"] == "viewer"


# -- listings -------------------------------------------------------------------------------------------------------


def test_a_listing_needs_one_of_page_id_set_all_ids(client: httpx.Client) -> None:
    answer = client.get("/repositories/2/accessions", params={"page_size": 5, "unknown": "ignored"})
    assert answer.status_code == 400
    message = ["Parameter required but no value provided"]
    assert answer.json() == {"error": {"page": message, "id_set": message, "all_ids": message}}


def test_pages_default_to_10_and_are_capped_at_250(client: httpx.Client) -> None:
    first = client.get("/repositories/2/archival_objects", params={"page": 1}).json()
    assert (first["first_page"], first["this_page"], first["last_page"], first["total"]) == (1, 1, 60, 600)
    assert [r["uri"] for r in first["results"]] == [f"/repositories/2/archival_objects/{i}" for i in range(1, 11)]
    big = client.get("/repositories/2/archival_objects", params={"page": 3, "page_size": 1000}).json()
    assert len(big["results"]) == 100
    assert big["last_page"] == 3
    assert big["results"][0]["uri"].endswith("/501")
    past = client.get("/repositories/2/archival_objects", params={"page": 9, "page_size": 250}).json()
    assert past["results"] == []
    assert past["this_page"] == 9
    bad = client.get("/repositories/2/archival_objects", params={"page": "x"})
    assert bad.status_code == 400
    assert "page" in bad.json()["error"]


def test_all_ids_is_a_bare_list_of_ints_even_when_false(client: httpx.Client) -> None:
    ids = client.get("/repositories/2/resources", params={"all_ids": "true"}).json()
    assert ids == [1, 2, 3]
    assert client.get("/repositories/2/resources", params={"all_ids": "false"}).json() == ids


def test_id_set_comma_joined_or_repeated(client: httpx.Client) -> None:
    joined = client.get("/repositories/2/accessions", params={"id_set": "3,1,99"}).json()
    assert [r["uri"] for r in joined] == ["/repositories/2/accessions/1", "/repositories/2/accessions/3"]
    repeated = client.get("/repositories/2/accessions", params=[("id_set[]", "1"), ("id_set[]", "3")]).json()
    assert repeated == joined
    too_many = client.get("/repositories/2/archival_objects", params={"id_set": ",".join(map(str, range(1, 252)))})
    assert too_many.status_code == 400
    assert "id_set" in too_many.json()["error"]


def test_resolve_fills_resolved_and_a_bare_array_param_is_400(client: httpx.Client) -> None:
    record = client.get(
        "/repositories/2/archival_objects/4", params={"resolve[]": ["subjects", "top_container", "resource"]}
    ).json()
    assert record["resource"]["_resolved"]["jsonmodel_type"] == "resource"
    top = record["instances"][0]["sub_container"]["top_container"]
    assert top["_resolved"]["uri"] == top["ref"]
    assert top["_resolved"]["jsonmodel_type"] == "top_container"
    page = client.get("/repositories/2/accessions", params={"page": 1, "resolve[]": "subjects"}).json()
    assert all("_resolved" in s for r in page["results"] for s in r["subjects"])
    bare = client.get("/repositories/2/accessions", params={"page": 1, "resolve": "subjects"})
    assert bare.status_code == 400
    (message,) = bare.json()["error"]["resolve"]
    assert message.startswith("Wanted type [String] but got 'subjects'")
    assert "resolve[]=subjects" in message


def test_modified_since_and_sorting(client: httpx.Client) -> None:
    everything = client.get("/repositories/2/accessions", params={"all_ids": "1"}).json()
    mtimes = {
        r["uri"]: r["system_mtime"]
        for r in client.get("/repositories/2/accessions", params={"page": 1, "page_size": 50}).json()["results"]
    }
    cutoff = time.mktime(time.strptime(mtimes["/repositories/2/accessions/20"], "%Y-%m-%dT%H:%M:%SZ")) - time.timezone
    recent = client.get("/repositories/2/accessions", params={"all_ids": "1", "modified_since": int(cutoff)}).json()
    assert recent == list(range(20, 26))
    assert len(everything) == 25
    by_title = client.get(
        "/repositories/2/accessions",
        params={"page": 1, "page_size": 25, "sort_field": "title", "sort_direction": "desc"},
    ).json()["results"]
    titles = [r["title"].lower() for r in by_title]
    assert titles == sorted(titles, reverse=True)


def test_global_listings(client: httpx.Client) -> None:
    for path, total in [
        ("/agents/people", 40),
        ("/agents/corporate_entities", 15),
        ("/agents/families", 10),
        ("/agents/software", 3),
        ("/subjects", 40),
        ("/locations", 20),
    ]:
        page = client.get(path, params={"page": 1}).json()
        assert page["total"] == total, path
        assert page["results"][0]["uri"] == f"{path}/1"
    repositories = client.get("/repositories").json()
    assert [r["uri"] for r in repositories] == ["/repositories/2"]


def test_a_missing_repository_is_a_400(client: httpx.Client) -> None:
    answer = client.get("/repositories/99/accessions", params={"page": 1})
    assert answer.status_code == 400
    assert answer.json() == {"error": {"repo_id": ["Failed validation -- The Repository must exist"]}}


# -- records --------------------------------------------------------------------------------------------------------


def test_seeded_records_carry_what_clients_parse(client: httpx.Client) -> None:
    ao = client.get("/repositories/2/archival_objects/30").json()
    for field in (
        "uri",
        "jsonmodel_type",
        "lock_version",
        "title",
        "level",
        "dates",
        "notes",
        "instances",
        "subjects",
        "linked_agents",
        "resource",
        "parent",
        "position",
        "ancestors",
        "system_mtime",
        "ref_id",
        "component_id",
    ):
        assert field in ao, field
    assert ao["parent"] == {"ref": "/repositories/2/archival_objects/5"}
    assert ao["ancestors"][-1] == {"ref": "/repositories/2/resources/1", "level": "collection"}
    assert ao["instances"][0]["sub_container"]["top_container"]["ref"].startswith("/repositories/2/top_containers/")
    resource = client.get("/repositories/2/resources/1").json()
    assert resource["extents"]
    assert resource["dates"]
    assert resource["lang_materials"]
    assert {n["type"] for n in resource["notes"]} >= {"abstract", "scopecontent"}
    assert client.get("/agents/people/1").json()["names"][0]["jsonmodel_type"] == "name_person"
    assert client.get("/subjects/1").json()["terms"][0]["jsonmodel_type"] == "term"
    assert client.get("/repositories/2/top_containers/1").json()["container_locations"][0]["ref"] == "/locations/1"
    assert client.get("/repositories/2/events/1").json()["linked_records"]


def test_seeded_data_is_deterministic_from_the_seed() -> None:
    def title(seed: int) -> list[str]:
        sim = ArchivesSpaceSimulator(seed=seed)
        token = sim.sessions.open(sim.users["admin"], True).token
        answer = sim.dispatch(
            Request(
                "GET",
                "/repositories/2/archival_objects",
                query=(("page", "1"),),
                headers={"x-archivesspace-session": token},
            )
        )
        return [r["title"] for r in json.loads(answer.body)["results"]] + [
            r["title"]
            for r in json.loads(sim.dispatch(Request("GET", "/agents/people", query=(("page", "1"),))).body)["results"]
        ]

    assert title(1) == title(1)
    assert title(1) != title(2)


def test_missing_record_is_a_json_404(client: httpx.Client) -> None:
    answer = client.get("/repositories/2/accessions/999")
    assert (answer.status_code, answer.json()) == (404, {"error": "Accession not found"})
    not_an_id = client.get("/repositories/2/accessions/abc").json()
    assert not_an_id == {"error": {"id": ["Wanted type Integer but got 'abc'"]}}


def test_create_update_conflict_delete(client: httpx.Client) -> None:
    new = {"jsonmodel_type": "accession", "id_0": "2025", "id_1": "001", "title": "Gift of letters"}
    created = client.post("/repositories/2/accessions", json=new)
    assert created.status_code == 200
    body = created.json()
    assert body == {
        "status": "Created",
        "id": 26,
        "lock_version": 0,
        "stale": True,
        "uri": "/repositories/2/accessions/26",
        "warnings": [],
    }
    record = client.get(body["uri"]).json()
    assert (record["title"], record["lock_version"], record["created_by"]) == ("Gift of letters", 0, "admin")
    record["title"] = "Gift of letters and diaries"
    updated = client.post(body["uri"], json=record).json()
    assert updated["status"] == "Updated"
    assert updated["lock_version"] == 1
    stale = client.post(body["uri"], json=record)  # still lock_version 0
    assert stale.status_code == 409
    assert stale.json() == {"error": "The record you tried to update has been modified since you fetched it."}
    assert client.get(body["uri"]).json()["title"] == "Gift of letters and diaries"
    assert client.get("/repositories/2/accessions", params={"page": 1}).json()["total"] == 26
    assert client.delete(body["uri"]).json() == {"status": "Deleted", "id": 26}
    assert client.get(body["uri"]).status_code == 404
    assert 26 not in client.get("/repositories/2/accessions", params={"all_ids": "true"}).json()


def test_an_invalid_record_is_a_400_naming_the_fields(client: httpx.Client) -> None:
    answer = client.post("/repositories/2/resources", json={"jsonmodel_type": "resource", "id_0": "MS"})
    assert answer.status_code == 400
    body = answer.json()
    assert body["error"]["title"] == ["Property is required but was missing"]
    assert body["error"]["extents"] == ["Property is required but was missing"]
    assert body["warning"] == {}
    record = client.get("/repositories/2/accessions/1").json()
    del record["id_0"]
    assert client.post("/repositories/2/accessions/1", json=record).json()["error"] == {
        "id_0": ["Property is required but was missing"]
    }
    assert client.post("/repositories/2/accessions", content=b"{not json").status_code == 400


def test_archival_objects_join_and_leave_trees(client: httpx.Client) -> None:
    created = client.post(
        "/repositories/2/archival_objects",
        json={
            "jsonmodel_type": "archival_object",
            "title": "A new file",
            "level": "file",
            "resource": {"ref": "/repositories/2/resources/1"},
            "parent": {"ref": "/repositories/2/archival_objects/1"},
            "position": 2,
        },
    ).json()
    new_uri = created["uri"]
    assert created["id"] == 601
    record = client.get(new_uri).json()
    assert record["position"] == 2
    assert record["ancestors"][0] == {"ref": "/repositories/2/archival_objects/1", "level": "series"}
    children = client.get("/repositories/2/archival_objects/1/children").json()
    assert [c["uri"] for c in children][1:4] == [
        "/repositories/2/archival_objects/5",
        new_uri,
        "/repositories/2/archival_objects/6",
    ]
    assert client.get("/repositories/2/archival_objects/6").json()["position"] == 3
    assert client.delete("/repositories/2/archival_objects/1").json()["status"] == "Deleted"
    assert client.get(new_uri).status_code == 404  # the subtree went with its series
    assert client.get("/repositories/2/archival_objects/30").status_code == 404
    root = client.get("/repositories/2/resources/1/tree/root").json()
    assert root["child_count"] == 2
    assert client.get("/repositories/2/archival_objects", params={"page": 1}).json()["total"] == 600 - 1 - 6 - 48
    orphan = client.post(
        "/repositories/2/archival_objects",
        json={
            "jsonmodel_type": "archival_object",
            "title": "Nowhere",
            "level": "file",
            "resource": {"ref": "/repositories/2/resources/77"},
        },
    )
    assert orphan.status_code == 400
    assert "resource" in orphan.json()["error"]


def test_updating_parent_or_position_moves_a_node(client: httpx.Client) -> None:
    record = client.get("/repositories/2/archival_objects/6").json()
    record["position"] = 0
    assert client.post(record["uri"], json=record).json()["lock_version"] == 1
    order = [c["uri"].rsplit("/", 1)[1] for c in client.get("/repositories/2/archival_objects/1/children").json()]
    assert order == ["6", "4", "5", "7", "8", "9"]
    moved = client.get(record["uri"]).json()
    moved["parent"] = {"ref": "/repositories/2/archival_objects/2"}
    del moved["position"]  # without a position the node goes last
    client.post(moved["uri"], json=moved)
    again = client.get(moved["uri"]).json()
    assert again["ancestors"][0]["ref"] == "/repositories/2/archival_objects/2"
    assert again["position"] == 6  # appended after the six files already there
    assert len(client.get("/repositories/2/archival_objects/1/children").json()) == 5
    items = client.get(
        "/repositories/2/resources/1/tree/waypoint", params={"offset": 0, "parent_node": moved["uri"]}
    ).json()
    assert len(items) == 8  # its items came along
    elsewhere = {**again, "parent": {"ref": "/repositories/2/archival_objects/400"}}
    assert client.post(moved["uri"], json=elsewhere).status_code == 400  # 400 is in another resource


def test_publish_suppress_and_their_answers(client: httpx.Client) -> None:
    published = client.post("/repositories/2/resources/1/unpublish").json()
    assert published == {"status": "Updated", "id": 1, "lock_version": 1, "stale": None}
    assert client.get("/repositories/2/resources/1").json()["publish"] is False
    assert client.get("/repositories/2/archival_objects/30").json()["publish"] is False
    assert client.post("/repositories/2/resources/1/publish").json()["lock_version"] == 2
    assert client.get("/repositories/2/archival_objects/30").json()["publish"] is True
    suppressed = client.post("/repositories/2/accessions/3/suppressed", params={"suppressed": "true"}).json()
    assert suppressed == {"status": "Suppressed", "id": 3, "suppressed_state": True}
    assert client.get("/repositories/2/accessions/3").json()["suppressed"] is True
    bad = client.post("/repositories/2/accessions/3/suppressed", params={"suppressed": "TRUEISH"})
    assert bad.status_code == 400
    missing = client.post("/repositories/2/accessions/3/suppressed")
    assert missing.json() == {"error": {"suppressed": ["Parameter required but no value provided"]}}
    assert client.post("/agents/people/2/publish").json()["status"] == "Updated"


def test_unknown_routes_and_wrong_methods_are_json_404s(client: httpx.Client) -> None:
    for answer in (
        client.get("/no/such/thing"),
        client.put("/repositories/2/accessions/1", json={}),
        client.delete("/repositories/2/accessions"),
    ):
        assert answer.status_code == 404
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == {"error": "Sinatra::NotFound"}


# -- search ---------------------------------------------------------------------------------------------------------


def search(client: httpx.Client, path: str = "/repositories/2/search", /, **params: Any) -> dict[str, Any]:
    answer = client.get(path, params={"page": 1, **params})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def test_search_envelope_and_json_text(client: httpx.Client) -> None:
    found = search(client, q="papers", page_size=2, **{"type[]": "resource"})
    assert found["total_hits"] >= 2
    assert len(found["results"]) == 2
    assert (found["first_page"], found["this_page"], found["page_size"]) == (1, 1, 2)
    assert found["offset_first"] == 1
    assert found["offset_last"] == min(2, found["total_hits"])
    assert found["last_page"] == -(-found["total_hits"] // 2)
    doc = found["results"][0]
    assert isinstance(doc["json"], str)
    record = json.loads(doc["json"])
    assert record["uri"] == doc["uri"] == doc["id"]
    assert "papers" in record["title"].lower()
    assert doc["primary_type"] == "resource"
    assert found["facets"]["facet_fields"] == {}


def test_search_q_terms_are_anded_and_match_full_text(client: httpx.Client) -> None:
    one = search(client, q="correspondence", **{"type[]": "archival_object"})["total_hits"]
    both = search(client, q="correspondence AND NOT series", **{"type[]": "archival_object"})
    assert one > 0
    assert all("series" not in json.loads(d["json"])["level"] for d in both["results"])
    assert search(client, q="zzzznotaword")["total_hits"] == 0
    assert search(client, q="title:papers", **{"type[]": "resource"})["total_hits"] >= 1
    ms001 = search(client, q='"MS-001"', **{"type[]": "resource"})
    assert [d["uri"] for d in ms001["results"]] == ["/repositories/2/resources/1"]


def test_search_type_filter_and_facets_are_flat_lists(client: httpx.Client) -> None:
    found = search(client, **{"type[]": ["subject", "agent_person"], "facet[]": "primary_type", "page_size": 5})
    assert found["total_hits"] == 80
    assert found["facets"]["facet_fields"]["primary_type"] == ["agent_person", 40, "subject", 40]
    agents = search(client, "/search", **{"type[]": "agent", "facet[]": "primary_type"})
    assert agents["total_hits"] == 40 + 15 + 10 + 3
    flat = agents["facets"]["facet_fields"]["primary_type"]
    assert flat[0::2] == ["agent_person", "agent_corporate_entity", "agent_family", "agent_software"]
    assert flat[1::2] == [40, 15, 10, 3]


def test_search_advanced_query_and_filter(client: httpx.Client) -> None:
    answer = client.post("/repositories/2/search", data={"aq": json.dumps(AQ_TITLE_PAPERS), "page": "1"})
    assert answer.status_code == 200
    found = answer.json()
    assert found["total_hits"] >= 1
    assert all(d["primary_type"] == "resource" and "papers" in d["title"].lower() for d in found["results"])
    not_query = {
        "jsonmodel_type": "advanced_query",
        "query": {
            "jsonmodel_type": "boolean_query",
            "op": "NOT",
            "subqueries": [
                {"jsonmodel_type": "field_query", "field": "primary_type", "value": "archival_object", "literal": True},
                {"jsonmodel_type": "field_query", "field": "level", "value": "series", "literal": True},
            ],
        },
    }
    without_series = search(client, aq=json.dumps(not_query), **{"type[]": "archival_object"})
    everything = search(client, **{"type[]": "archival_object"})
    assert without_series["total_hits"] == everything["total_hits"] - 4  # 3 + 0 + 1 series in resources 1-3
    filtered = search(
        client,
        filter=json.dumps(
            {
                "jsonmodel_type": "advanced_query",
                "query": {"jsonmodel_type": "field_query", "field": "level", "value": "item"},
            }
        ),
        **{"type[]": "archival_object"},
    )
    assert filtered["total_hits"] == 144
    bad = client.get("/repositories/2/search", params={"page": 1, "aq": "{not json"})
    assert bad.status_code == 400


def test_search_date_boolean_and_range_queries(client: httpx.Client) -> None:
    def aq(query: dict[str, Any]) -> str:
        return json.dumps({"jsonmodel_type": "advanced_query", "query": query})

    unpublished = search(
        client,
        aq=aq({"jsonmodel_type": "boolean_field_query", "field": "published", "value": False}),
        **{"type[]": ["accession", "resource"]},
    )
    assert unpublished["total_hits"] == 25
    assert {d["primary_type"] for d in unpublished["results"]} == {"accession"}
    everything = search(client, **{"type[]": "subject"})["total_hits"]
    before = {
        "jsonmodel_type": "date_field_query",
        "field": "create_time",
        "comparator": "lesser_than",
        "value": "2024-01-01",
        "precision": "day",
    }
    assert search(client, aq=aq(before), **{"type[]": "subject"})["total_hits"] == 0
    after = {**before, "comparator": "greater_than", "value": "2023-12-31"}
    assert search(client, aq=aq(after), **{"type[]": "subject"})["total_hits"] == everything == 40
    ranged = search(
        client,
        aq=aq({"jsonmodel_type": "range_query", "field": "accession_date", "from": "2000", "to": "2009-12-31"}),
        **{"type[]": "accession", "page_size": 50},
    )
    assert sorted(json.loads(d["json"])["id_1"] for d in ranged["results"]) == [f"{i:03d}" for i in range(1, 11)]
    unknown = client.get("/repositories/2/search", params={"page": 1, "aq": aq({"jsonmodel_type": "magic_query"})})
    assert unknown.status_code == 400


def test_search_needs_page_and_a_permission(client: httpx.Client, anonymous: httpx.Client) -> None:
    assert client.get("/search").json() == {"error": {"page": ["Parameter required but no value provided"]}}
    del client.headers["X-ArchivesSpace-Session"]
    assert client.get("/search", params={"page": 1}).status_code == 403
    assert client.get("/search/repositories", params={"page": 1}).json()["total_hits"] == 1


def test_search_finds_created_records(client: httpx.Client) -> None:
    client.post(
        "/subjects",
        json={
            "jsonmodel_type": "subject",
            "source": "local",
            "vocabulary": "/vocabularies/1",
            "terms": [
                {"jsonmodel_type": "term", "term": "Quokkas", "term_type": "topical", "vocabulary": "/vocabularies/1"}
            ],
        },
    )
    found = search(client, "/search", q="quokkas")
    assert [d["title"] for d in found["results"]] == ["Quokkas"]


# -- trees ----------------------------------------------------------------------------------------------------------


def test_tree_root_with_more_than_one_waypoint(client: httpx.Client) -> None:
    root = client.get("/repositories/2/resources/2/tree/root").json()
    assert (root["child_count"], root["waypoints"], root["waypoint_size"]) == (220, 2, 200)
    first = root["precomputed_waypoints"][""]["0"]
    assert [c["position"] for c in first] == list(range(200))
    second = client.get("/repositories/2/resources/2/tree/waypoint", params={"offset": 1}).json()
    assert [c["position"] for c in second] == list(range(200, 220))
    assert second[0]["uri"] == f"/repositories/2/archival_objects/{165 + 201}"
    assert second[0]["parent_id"] is None
    assert client.get("/repositories/2/resources/2/tree/waypoint", params={"offset": 2}).json() == []
    missing = client.get("/repositories/2/resources/2/tree/waypoint")
    assert missing.json() == {"error": {"offset": ["Parameter required but no value provided"]}}


def test_tree_node_with_more_than_200_children(client: httpx.Client) -> None:
    series = "/repositories/2/archival_objects/386"
    node = client.get("/repositories/2/resources/3/tree/node", params={"node_uri": series}).json()
    assert (node["child_count"], node["waypoints"]) == (214, 2)
    assert node["position"] == 1  # the server's node position is 1-based
    assert len(node["precomputed_waypoints"][series]["0"]) == 200
    rest = client.get("/repositories/2/resources/3/tree/waypoint", params={"offset": 1, "parent_node": series}).json()
    assert [c["position"] for c in rest] == list(range(200, 214))
    assert all(c["parent_id"] == 386 for c in rest)
    assert rest[-1]["uri"] == "/repositories/2/archival_objects/600"
    paths = client.get(
        "/repositories/2/resources/3/tree/node_from_root", params=[("node_ids[]", "600"), ("node_ids[]", "387")]
    ).json()
    assert [step["node"] for step in paths["600"]] == [None, series]
    assert paths["600"][1]["offset"] == 1
    assert paths["387"][1]["offset"] == 0


def test_tree_of_a_three_level_resource(client: httpx.Client) -> None:
    root = client.get("/repositories/2/resources/1/tree/root").json()
    assert (root["child_count"], root["waypoints"]) == (3, 1)
    assert [c["child_count"] for c in root["precomputed_waypoints"][""]["0"]] == [6, 6, 6]
    files = client.get(
        "/repositories/2/resources/1/tree/waypoint",
        params={"offset": 0, "parent_node": "/repositories/2/archival_objects/1"},
    ).json()
    assert [c["child_count"] for c in files] == [8] * 6
    assert files[0]["level"] == "file"
    assert files[0]["dates"][0]["label"] == "creation"
    (box,) = files[0]["containers"]
    top = client.get(f"/repositories/2/top_containers/{box['top_container_indicator']}").json()
    assert (box["top_container_barcode"], box["type_2"]) == (top["barcode"], "folder")
    items = client.get(
        "/repositories/2/resources/1/tree/node", params={"node_uri": "/repositories/2/archival_objects/4"}
    ).json()
    assert items["precomputed_waypoints"]["/repositories/2/archival_objects/4"]["0"][0]["level"] == "item"
    other = client.get(
        "/repositories/2/resources/2/tree/node", params={"node_uri": "/repositories/2/archival_objects/4"}
    )
    assert other.status_code == 404


def test_digital_object_tree_of_created_components(client: httpx.Client) -> None:
    root = client.get("/repositories/2/digital_objects/1/tree/root").json()
    assert root["child_count"] == 0
    assert root["precomputed_waypoints"] == {}
    for label in ("page 1", "page 2"):
        created = client.post(
            "/repositories/2/digital_object_components",
            json={
                "jsonmodel_type": "digital_object_component",
                "title": label,
                "digital_object": {"ref": "/repositories/2/digital_objects/1"},
            },
        )
        assert created.status_code == 200, created.text
    root = client.get("/repositories/2/digital_objects/1/tree/root").json()
    assert [c["title"] for c in root["precomputed_waypoints"][""]["0"]] == ["page 1", "page 2"]


# -- knobs and faults over the in-process transport ------------------------------------------------------------------


def test_latency_sync_and_async(sim: ArchivesSpaceSimulator, client: httpx.Client) -> None:
    sim.knobs.latency = 0.05
    started = time.perf_counter()
    assert client.get("/version").status_code == 200
    assert time.perf_counter() - started >= 0.05

    async def fetch() -> float:
        async with httpx.AsyncClient(transport=sim.transport(), base_url=BASE) as aclient:
            begun = time.perf_counter()
            answer = await aclient.get("/version")
            assert answer.status_code == 200
            return time.perf_counter() - begun

    import asyncio

    assert asyncio.run(fetch()) >= 0.05


@pytest.mark.parametrize("fault", ["server_error", "html_error", "reset", "truncate"])
def test_each_fault_kind(sim: ArchivesSpaceSimulator, client: httpx.Client, fault: str) -> None:
    sim.knobs.fault_rate, sim.knobs.faults = 1.0, (fault,)  # type: ignore[assignment]
    path = "/repositories/2/archival_objects"
    if fault == "server_error":
        answer = client.get(path, params={"page": 1})
        assert answer.status_code == 503
        assert "error" in answer.json()
    elif fault == "html_error":
        answer = client.get(path, params={"page": 1})
        assert answer.status_code == 500
        assert answer.headers["content-type"].startswith("text/html")
    elif fault == "reset":
        with pytest.raises(httpx.ReadError):
            client.get(path, params={"page": 1})
    else:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(path, params={"page": 1})
    sim.knobs.fault_rate = 0.0
    assert client.get(path, params={"page": 1}).status_code == 200


def test_strict_mode_hook(anonymous: httpx.Client) -> None:
    assert ArchivesSpaceSimulator(strict=True).validator is not None  # openapi-core against the bundled spec
    seen: list[str] = []

    def validator(request: Request) -> Response | None:
        seen.append(request.path)
        return Response.json({"error": "strict"}, status=400) if "bad" in request.path else None

    sim = ArchivesSpaceSimulator(strict=True, validator=validator)
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        assert client.get("/bad").json() == {"error": "strict"}
        assert client.get("/version").status_code == 200
    assert seen == ["/bad", "/version"]


# -- over loopback --------------------------------------------------------------------------------------------------


@pytest.mark.loopback
def test_over_loopback_login_listing_and_keep_alive(sim: ArchivesSpaceSimulator) -> None:
    with sim.serve() as base_url, httpx.Client(base_url=base_url) as client:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        login(client)
        pages = [
            client.get("/repositories/2/archival_objects", params={"page": p, "page_size": 250}).json()
            for p in (1, 2, 3)
        ]
        assert [len(p["results"]) for p in pages] == [250, 250, 100]
        assert client.get("/nope").status_code == 404
        assert sim.requests_served == 5


@pytest.mark.loopback
@pytest.mark.parametrize("fault", ["server_error", "html_error", "reset", "truncate"])
def test_over_loopback_faults(sim: ArchivesSpaceSimulator, fault: str) -> None:
    with sim.serve() as base_url, httpx.Client(base_url=base_url) as client:
        sim.knobs.fault_rate, sim.knobs.faults = 1.0, (fault,)  # type: ignore[assignment]
        if fault in ("reset", "truncate"):
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                client.get("/repositories")
        else:
            answer = client.get("/repositories")
            assert answer.status_code == (503 if fault == "server_error" else 500)
        sim.knobs.fault_rate = 0.0
        assert client.get("/repositories").status_code == 200


@pytest.mark.loopback
def test_over_loopback_latency(sim: ArchivesSpaceSimulator) -> None:
    sim.knobs.latency = 0.1
    with sim.serve() as base_url, httpx.Client(base_url=base_url) as client:
        started = time.perf_counter()
        assert client.get("/version").status_code == 200
        assert time.perf_counter() - started >= 0.1


# -- scale ----------------------------------------------------------------------------------------------------------


def test_100000_archival_objects_cost_memory_for_changes_only() -> None:
    tracemalloc.start()
    try:
        sim = ArchivesSpaceSimulator(archival_objects=100_000)
        token = sim.sessions.open(sim.users["admin"], True).token
        headers = {"x-archivesspace-session": token}
        baseline = tracemalloc.get_traced_memory()[0]

        def get(path: str, **params: str) -> Any:
            answer = sim.dispatch(Request("GET", path, query=tuple(params.items()), headers=headers))
            assert answer.status == 200, answer.body[:200]
            return json.loads(answer.body)

        first = get("/repositories/2/archival_objects", page="1", page_size="250")
        assert first["total"] == 100_000
        last = get("/repositories/2/archival_objects", page="400", page_size="250")
        assert last["results"][-1]["uri"] == "/repositories/2/archival_objects/100000"
        assert len(get("/repositories/2/archival_objects", all_ids="true")) == 100_000
        for page in range(1, 400, 37):
            get("/repositories/2/archival_objects", page=str(page), page_size="250")
        resources = get("/repositories/2/resources", all_ids="true")
        assert len(resources) >= 50
        del first, last
        growth = tracemalloc.get_traced_memory()[0] - baseline
    finally:
        tracemalloc.stop()
    assert all(not table.stored for table in sim.store.tables.values())
    assert growth < 8_000_000, growth


def test_a_page_of_250_archival_objects_is_quick() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=100_000)
    token = sim.sessions.open(sim.users["admin"], True).token
    request = Request(
        "GET",
        "/repositories/2/archival_objects",
        query=(("page", "200"), ("page_size", "250")),
        headers={"x-archivesspace-session": token},
    )
    sim.dispatch(request)
    best = min(_timed(sim, request) for _ in range(5))
    assert best < 0.25, best  # typically ~25 ms; generous for loaded CI machines


def _timed(sim: ArchivesSpaceSimulator, request: Request) -> float:
    started = time.perf_counter()
    sim.dispatch(request)
    return time.perf_counter() - started
