"""Operations beyond records and trees that the ArchivesSpace simulator answers with state: ordered records, top
containers of a tree, moving and adding children, batch delete, vocabularies, and the spec-driven rest."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from fonds.testing import ArchivesSpaceSimulator

BASE = "http://aspace.test"


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    sim = ArchivesSpaceSimulator(archival_objects=60)
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        token = client.post("/users/admin/login", data={"password": "admin"}).json()["session"]
        client.headers["X-ArchivesSpace-Session"] = token
        yield client


def _tree_uris(client: httpx.Client, resource: int) -> list[str]:
    found: list[str] = []

    def walk(parent: str | None) -> None:
        params = {"offset": 0, **({"parent_node": parent} if parent else {})}
        for entry in client.get(f"/repositories/2/resources/{resource}/tree/waypoint", params=params).json():
            found.append(entry["uri"])
            if entry["child_count"]:
                walk(entry["uri"])

    walk(None)
    return found


def test_ordered_records_follow_the_tree(client: httpx.Client) -> None:
    ordered = client.get("/repositories/2/resources/1/ordered_records").json()
    assert ordered["jsonmodel_type"] == "resource_ordered_records"
    assert ordered["uris"][0] == {
        "ref": "/repositories/2/resources/1",
        "display_string": client.get("/repositories/2/resources/1").json()["title"],
        "depth": 0,
        "level": "collection",
    }
    assert [entry["ref"] for entry in ordered["uris"][1:]] == _tree_uris(client, 1)
    first = ordered["uris"][1]
    assert first["depth"] == 1
    client.post("/repositories/2/resources/1/unpublish")
    assert [e["ref"] for e in client.get("/repositories/2/resources/1/ordered_records").json()["uris"]] == [
        "/repositories/2/resources/1"
    ]


def test_top_containers_of_a_resource_tree_and_of_an_accession(client: httpx.Client) -> None:
    boxes = client.get("/repositories/2/resources/1/top_containers", params={"resolve[]": "top_containers"}).json()
    assert boxes
    assert all(box["ref"].startswith("/repositories/2/top_containers/") for box in boxes)
    assert len({box["ref"] for box in boxes}) == len(boxes)
    assert client.get("/repositories/2/accessions/1/top_containers").json() == []
    assert client.get("/repositories/2/resources/999/top_containers").status_code == 404


def test_moving_an_archival_object_and_its_previous_record(client: httpx.Client) -> None:
    top = _tree_uris(client, 1)
    first, second = (int(uri.rsplit("/", 1)[1]) for uri in top[:2])
    moved = client.post(f"/repositories/2/archival_objects/{second}/parent", params={"parent": first, "position": 0})
    assert moved.json()["status"] == "Updated"
    assert moved.json()["lock_version"] == 1
    record = client.get(f"/repositories/2/archival_objects/{second}").json()
    assert record["parent"] == {"ref": f"/repositories/2/archival_objects/{first}"}
    assert record["position"] == 0
    assert client.get(f"/repositories/2/archival_objects/{second}/previous").json()["uri"] == top[0]
    assert client.get(f"/repositories/2/archival_objects/{first}/previous").status_code == 404
    refused = client.post(f"/repositories/2/archival_objects/{first}/parent", params={"parent": first})
    assert refused.status_code == 400


def test_adding_children_in_one_call(client: httpx.Client) -> None:
    before = len(client.get("/repositories/2/resources/1/tree/root").json()["precomputed_waypoints"][""]["0"])
    children = {
        "jsonmodel_type": "archival_record_children",
        "children": [{"title": f"Added {n}", "level": "file"} for n in (1, 2)],
    }
    assert client.post("/repositories/2/resources/1/children", json=children).json()["status"] == "Updated"
    entries = client.get("/repositories/2/resources/1/tree/root").json()["precomputed_waypoints"][""]["0"]
    assert len(entries) == before + 2
    assert [e["title"] for e in entries[-2:]] == ["Added 1", "Added 2"]
    invalid = {"children": [{"title": "No level"}]}
    assert client.post("/repositories/2/resources/1/children", json=invalid).status_code == 400


def test_batch_delete(client: httpx.Client) -> None:
    uris = ["/repositories/2/accessions/1", "/subjects/3"]
    answer = client.post("/batch_delete", params=[("record_uris[]", uri) for uri in uris]).json()
    assert answer == {
        "status": "OK",
        "results": [
            {"status": "Deleted", "id": 1, "uri": uris[0]},
            {"status": "Deleted", "id": 3, "uri": uris[1]},
        ],
    }
    assert client.get(uris[0]).status_code == 404
    failed = client.post("/batch_delete", params={"record_uris[]": "/subjects/999"})
    assert failed.status_code == 403
    assert failed.json()["error"]["failures"][0]["uri"] == "/subjects/999"


def test_vocabularies_and_their_terms(client: httpx.Client) -> None:
    (vocabulary,) = client.get("/vocabularies").json()
    assert (vocabulary["uri"], vocabulary["name"]) == ("/vocabularies/1", "global")
    terms = client.get("/vocabularies/1/terms").json()
    subject_terms = {t["uri"] for t in client.get("/subjects/1").json()["terms"]}
    assert subject_terms <= {t["uri"] for t in terms}
    assert vocabulary["terms"] == [t["uri"] for t in terms]
    assert client.get("/vocabularies/2").status_code == 404


def test_the_long_tail_checks_ids_and_permissions_before_answering(client: httpx.Client) -> None:
    assert client.get("/repositories/2/resources/1/models_in_graph").status_code == 200
    missing = client.get("/repositories/2/resources/999/models_in_graph")
    assert (missing.status_code, missing.json()) == (404, {"error": "Resource not found"})
    bad_repo = client.get("/repositories/77/groups")
    assert bad_repo.json() == {"error": {"repo_id": ["Failed validation -- The Repository must exist"]}}
    with httpx.Client(transport=client._transport, base_url=BASE) as anonymous:
        assert anonymous.get("/repositories/2/groups").status_code == 403
    created = client.post("/repositories/2/groups", json={"group_code": "x", "description": "x"})
    assert created.json()["status"] == "Created"
    assert created.json()["stale"] is True


def test_schemas_read_as_jsonmodel_schemas(client: httpx.Client) -> None:
    schema = client.get("/schemas/archival_object").json()
    assert schema["uri"] == "/repositories/:repo_id/archival_objects"
    assert schema["properties"]["level"]["ifmissing"] == "error"
    assert schema["properties"]["dates"]["items"] == {"type": "JSONModel(:date) object"}
    assert schema["properties"]["resource"]["subtype"] == "ref"
    assert schema["properties"]["display_string"]["readonly"] is True


def test_long_tail_listings_want_page_id_set_or_all_ids(client: httpx.Client) -> None:
    assert client.get("/repositories/2/jobs").json() == {
        "error": {name: ["Parameter required but no value provided"] for name in ("page", "id_set", "all_ids")}
    }
    assert client.get("/repositories/2/jobs", params={"all_ids": "true"}).json() == []
    page = client.get("/repositories/2/jobs", params={"page": 1}).json()
    assert page == {"first_page": 1, "last_page": 1, "this_page": 1, "total": 0, "results": []}


def test_users_are_updated_deactivated_and_deleted(client: httpx.Client) -> None:
    created = client.post("/users", params={"password": "one"}, json={"username": "ann", "name": "Ann"}).json()
    uri = created["uri"]
    user = client.get(uri).json()
    renamed = client.post(uri, params={"password": "two"}, json={**user, "name": "Ann Smith"})
    assert renamed.json()["lock_version"] == 1
    assert client.post(uri, json=user).status_code == 409  # the lock_version read before the rename
    assert client.get(uri).json()["name"] == "Ann Smith"
    with httpx.Client(transport=client._transport, base_url=BASE) as other:
        assert other.post("/users/ann/login", data={"password": "one"}).status_code == 403
        assert other.post("/users/ann/login", data={"password": "two"}).status_code == 200
        assert client.get(f"{uri}/deactivate").json()["is_active_user"] is False
        assert other.post("/users/ann/login", data={"password": "two"}).status_code == 403
        assert client.get(f"{uri}/activate").json()["is_active_user"] is True
        assert client.get("/users/complete", params={"query": "a"}).json() == ["admin", "ann"]
        assert client.delete(uri).json() == {"status": "Deleted", "id": created["id"]}
        assert other.post("/users/ann/login", data={"password": "two"}).status_code == 403
    assert client.get(uri).status_code == 404


def test_top_container_search_answers_solr_documents(client: httpx.Client) -> None:
    box = client.get("/repositories/2/top_containers/2").json()
    found = client.get("/repositories/2/top_containers/search", params={"q": box["barcode"]}).json()
    assert found["response"]["numFound"] == 1
    (doc,) = found["response"]["docs"]
    assert doc["uri"] == box["uri"]
    assert json.loads(doc["json"])["indicator"] == box["indicator"]
    everything = client.get("/repositories/2/top_containers/search").json()["response"]
    assert everything["numFound"] == len(client.get("/repositories/2/top_containers", params={"all_ids": 1}).json())
