"""Strict mode: the simulators check every request against their API's spec with openapi-core."""

from __future__ import annotations

import json

from fonds import Archivematica, ArchivesSpace, StorageService, ss_location_path
from fonds.testing import Request
from fonds.testing.archivematica import ArchivematicaSimulator
from fonds.testing.archivesspace import ArchivesSpaceSimulator
from fonds.testing.storage_service import StorageServiceSimulator


def test_every_request_fonds_sends_passes_strict_archivesspace() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=300, strict=True)
    with ArchivesSpace("http://localhost:8089", username="admin", password="admin", transport=sim.transport()) as a:
        ids = a.archival_objects.ids(repo_id=2)
        assert len(list(a.archival_objects.get_many(repo_id=2, ids=ids[:260], resolve=["subjects"]))) == 260
        assert sum(1 for _ in a.accessions.list(repo_id=2)) > 0
        accession = a.accessions.get(repo_id=2, id=1)
        a.accessions.update(repo_id=2, id=1, body=accession)
        assert list(a.search("papers"))
        assert len(list(a.walk_tree("/repositories/2/resources/1"))) > 1


def test_strict_archivesspace_refuses_wrong_shapes() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=10, strict=True)
    login = sim.dispatch(
        Request(
            "POST",
            "/users/admin/login",
            headers={"content-type": "application/x-www-form-urlencoded"},
            body=b"password=admin",
        )
    )
    token = json.loads(login.body)["session"]
    auth = {"x-archivesspace-session": token}
    ok = sim.dispatch(Request("GET", "/repositories/2/accessions", query=(("page", "1"),), headers=auth))
    assert ok.status == 200
    for query in ((("page", "one"),), (("page", "1"), ("sort_direction", "sideways"))):
        bad = sim.dispatch(Request("GET", "/repositories/2/accessions", query=query, headers=auth))
        assert bad.status == 400
        assert json.loads(bad.body)["strict"] is True
    anonymous = sim.dispatch(Request("GET", "/repositories/2/accessions", query=(("page", "1"),)))
    assert json.loads(anonymous.body)["strict"] is True


def test_strict_archivematica_and_storage_service_follow_a_transfer() -> None:
    ss_sim = StorageServiceSimulator(packages=5, strict=True)
    am_sim = ArchivematicaSimulator(storage=ss_sim, strict=True)
    ss = StorageService("http://localhost:62081", username="test", api_key="test", transport=ss_sim.transport())
    am = Archivematica("http://localhost:62080", username="test", api_key="test", transport=am_sim.transport())
    source = next(iter(ss.locations.list(purpose="TS")))
    op = am.transfers.start(name="photos", path=ss_location_path(source.uuid, "sample-transfer"))
    op.sleep = am_sim.clock.advance
    aip = op.result()
    assert str(ss.packages.get(uuid=aip).uuid) == aip
    form = ss_sim.dispatch(
        Request(
            "POST",
            "/api/v2/pipeline/",
            headers={"authorization": "ApiKey test:test", "content-type": "application/x-www-form-urlencoded"},
            body=b"a=b",
        )
    )
    assert form.status in (400, 415)


def test_strict_archivesspace_takes_every_login_the_backend_reads() -> None:
    """The spec has the form body fonds sends; the backend also reads a multipart body (``curl -F``) and the query
    string, so strict mode checks those as the form body they amount to, and still refuses a login without a
    password however it comes."""
    import httpx

    sim = ArchivesSpaceSimulator(archival_objects=10, strict=True)
    with httpx.Client(transport=sim.transport(), base_url="http://localhost:8089") as http:
        logins = [
            {"data": {"password": "admin", "expiring": "false"}},
            {"files": {"password": (None, "admin"), "expiring": (None, "false")}},
            {"params": {"password": "admin"}},
            {"data": {"password": "admin"}, "params": {"expiring": "false"}},
        ]
        for login in logins:
            answer = http.post("/users/admin/login", **login)  # type: ignore[arg-type]
            assert answer.status_code == 200, (login, answer.text)
            assert answer.json()["session"]
        for login in [{"files": {"expiring": (None, "false")}}, {"params": {"expiring": "false"}}]:
            refused = http.post("/users/admin/login", **login)  # type: ignore[arg-type]
            assert refused.status_code == 400
            assert refused.json()["strict"] is True
