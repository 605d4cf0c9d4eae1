"""The Archivematica simulator: units through every status on a test-driven clock, and the wire as the server has it."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import tarfile
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fonds.testing import ArchivematicaSimulator, Clock, StorageServiceSimulator

AUTH = {"Authorization": "ApiKey test:test"}


@pytest.fixture
def ss() -> StorageServiceSimulator:
    return StorageServiceSimulator()


@pytest.fixture
def am(ss: StorageServiceSimulator) -> ArchivematicaSimulator:
    return ArchivematicaSimulator(storage=ss)


@pytest.fixture
def client(am: ArchivematicaSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=am.transport(), base_url="http://am.test", headers=AUTH) as c:
        yield c


def source(ss: StorageServiceSimulator, path: bytes = b"sample-transfer") -> str:
    return base64.b64encode(ss.defaults["TS"].uuid.encode() + b":" + path).decode()


def start(client: httpx.Client, ss: StorageServiceSimulator, name: str, **extra: Any) -> str:
    r = client.post("/api/v2beta/package", json={"name": name, "path": source(ss), **extra})
    assert r.status_code == 202, r.text
    return str(r.json()["id"])


def status(client: httpx.Client, kind: str, uuid: str) -> dict[str, Any]:
    r = client.get(f"/api/{kind}/status/{uuid}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def run(am: ArchivematicaSimulator, client: httpx.Client, kind: str, uuid: str, until: str) -> list[dict[str, Any]]:
    """Poll once per simulated second until the status is ``until``; return every distinct answer."""
    seen: list[dict[str, Any]] = []
    for _ in range(200):
        answer = status(client, kind, uuid)
        key = (answer["status"], answer.get("sip_uuid"))
        if not seen or (seen[-1]["status"], seen[-1].get("sip_uuid")) != key:
            seen.append(answer)
        if answer["status"] == until:
            return seen
        am.clock.advance(1)
    raise AssertionError(f"{uuid} never reached {until}: {seen[-1]}")


# -- the happy path ----------------------------------------------------------------------------------------------


def test_a_transfer_goes_through_every_status_to_an_aip(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    transfer = start(client, ss, "demo")
    first = status(client, "transfer", transfer)
    assert (first["type"], first["name"], first["directory"]) == ("transfer", "demo", f"demo-{transfer}")
    steps = run(am, client, "transfer", transfer, "COMPLETE")
    assert [s["status"] for s in steps] == ["PROCESSING", "COMPLETE"]
    assert "sip_uuid" not in steps[-1]  # COMPLETE first without the SIP...
    assert steps[-1]["microservice"] == "Create SIP from transfer objects"
    sip = ""
    for _ in range(5):
        am.clock.advance(1)
        sip = status(client, "transfer", transfer).get("sip_uuid", "")
        if sip:
            break
    assert sip not in ("", "BACKLOG")  # ...then with it
    ingest = run(am, client, "ingest", sip, "COMPLETE")
    assert [s["status"] for s in ingest] == ["PROCESSING", "COMPLETE"]
    assert ingest[-1]["type"] == "SIP"
    assert ingest[-1]["microservice"] == "Remove the processing directory"
    assert transfer in client.get("/api/transfer/completed").json()["results"]
    assert client.get("/api/ingest/completed").json()["results"] == [sip]
    # the AIP is now a package in the shared Storage Service, with the transfer's files inside
    with httpx.Client(transport=ss.transport(), base_url="http://ss.test", headers=AUTH) as storage:
        aip = storage.get(f"/api/v2/file/{sip}/").json()
        assert (aip["package_type"], aip["status"]) == ("AIP", "UPLOADED")
        assert aip["current_location"] == f"/api/v2/location/{ss.defaults['AS'].uuid}/"
        body = storage.get(f"/api/v2/file/{sip}/download/").content
    assert hashlib.sha256(body).hexdigest() == ss.packages[sip].checksum
    with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as archive:
        member = archive.extractfile(f"demo-{sip}/data/objects/images/photo-1.jpg")
        assert member is not None
        assert member.read().startswith(b"\xff\xd8")


def test_jobs_follow_the_microservice_script(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    transfer = start(client, ss, "jobs")
    am.settle()
    jobs = client.get(f"/api/v2beta/jobs/{transfer}").json()
    groups = list(dict.fromkeys(j["microservice"] for j in jobs))
    assert groups[:2] == ["Approve transfer", "Verify transfer compliance"]
    assert groups[-1] == "Create SIP from Transfer"
    assert {j["status"] for j in jobs} == {"COMPLETE"}
    scans = client.get(f"/api/v2beta/jobs/{transfer}", params={"microservice": "Microservice: Scan for viruses"}).json()
    assert len(scans) == 1
    assert len(scans[0]["tasks"]) == 4  # one per file of sample-transfer
    assert set(scans[0]["tasks"][0]) == {"uuid", "exit_code"}
    by_name = client.get(f"/api/v2beta/jobs/{transfer}", params={"name": "Job: Scan for viruses"}).json()
    assert [j["uuid"] for j in by_name] == [scans[0]["uuid"]]
    by_link = client.get(f"/api/v2beta/jobs/{transfer}", params={"link_uuid": scans[0]["link_uuid"]}).json()
    assert [j["uuid"] for j in by_link] == [scans[0]["uuid"]]
    detailed = client.get(f"/api/v2beta/jobs/{transfer}", params={"name": "Scan for viruses", "detailed": "false"})
    task = detailed.json()[0]["tasks"][0]
    assert task["duration"] == "< 1"  # a sub-second task, as the real dashboard says it
    assert task["time_ended"] is not None
    assert client.get(f"/api/v2beta/task/{task['uuid']}").json() == task
    assert client.get(f"/api/v2beta/jobs/{transfer}", params={"name": "nothing"}).json() == []
    unknown = "11111111-2222-4333-8444-555555555555"
    assert client.get(f"/api/v2beta/jobs/{unknown}").json() == {
        "error": True,
        "message": f"No jobs found for unit: {unknown}",
    }
    assert client.get(f"/api/v2beta/task/{unknown}").status_code == 400


# -- scripted outcomes ----------------------------------------------------------------------------------------------


def test_failure_in_a_named_microservice(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    am.script("broken", fail_at="Scan for viruses")
    transfer = start(client, ss, "broken")
    steps = run(am, client, "transfer", transfer, "FAILED")
    assert [s["status"] for s in steps] == ["PROCESSING", "FAILED"]
    assert "sip_uuid" not in steps[-1]
    jobs = client.get(f"/api/v2beta/jobs/{transfer}", params={"detailed": ""}).json()
    failed = [j for j in jobs if j["status"] == "FAILED"]
    assert [j["name"] for j in failed] == ["Scan for viruses"]
    assert [t["exit_code"] for t in failed[0]["tasks"]].count(1) == 1
    assert jobs[-1]["microservice"] == "Failed transfer"
    assert "Identify file format" not in {j["microservice"] for j in jobs}
    am.settle()
    assert ss.packages == {}
    assert client.get("/api/transfer/completed").json()["results"] == []


def test_backlog(am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client) -> None:
    am.script("later", backlog=True)
    transfer = start(client, ss, "later")
    final = run(am, client, "transfer", transfer, "COMPLETE")[-1]
    assert final["sip_uuid"] == "BACKLOG"
    assert final["microservice"] == "Move transfer to backlog"
    assert transfer not in ss.packages  # reported COMPLETE while the move to backlog still runs
    am.settle()
    package = ss.packages[transfer]
    assert (package.package_type, package.location.purpose) == ("transfer", "BL")
    assert len(package.contents) == 4
    assert not [u for u in am.units.values() if u.kind == "SIP"]


def test_a_decision_waits_until_made_through_decide(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    am.script("held-*", await_decision="Approve normalization")
    transfer = start(client, ss, "held-1")
    am.settle()
    sip = status(client, "transfer", transfer)["sip_uuid"]
    waiting = status(client, "ingest", sip)
    assert (waiting["status"], waiting["microservice"]) == ("USER_INPUT", "Approve normalization")
    assert client.get("/api/ingest/waiting").json()["results"] == [
        {
            "sip_directory": f"held-1-{sip}",
            "sip_uuid": sip,
            "sip_name": "held-1",
            "microservice": "Approve normalization",
        }
    ]
    am.clock.advance(600)
    assert status(client, "ingest", sip)["status"] == "USER_INPUT"  # time alone does not move it
    assert am.choices(sip) == ("Approve", "Reject")
    with pytest.raises(ValueError, match="not a choice"):
        am.decide(sip, "Maybe")
    assert am.decide(sip, "approve") == "Approve"
    assert run(am, client, "ingest", sip, "COMPLETE")[-1]["status"] == "COMPLETE"
    assert sip in ss.packages


def test_reject_at_a_decision_and_reject_by_decide(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    am.script("nope", reject_at="Approve normalization")
    am.script("asked", await_decision="Create SIP(s)")
    rejected = start(client, ss, "nope")
    asked = start(client, ss, "asked")
    am.settle()
    sip = status(client, "transfer", rejected)["sip_uuid"]
    assert status(client, "ingest", sip)["status"] == "REJECTED"
    assert status(client, "transfer", asked)["status"] == "USER_INPUT"
    am.decide(asked, "Reject transfer")
    assert status(client, "transfer", asked)["status"] == "REJECTED"
    assert ss.packages == {}


def test_scripts_are_checked_against_the_workflow(am: ArchivematicaSimulator) -> None:
    with pytest.raises(ValueError, match="no microservice or job"):
        am.script("x", fail_at="Scan for virus")
    with pytest.raises(ValueError, match="not a decision point"):
        am.script("x", await_decision="Scan for viruses")
    with pytest.raises(ValueError, match="not a decision point that can reject"):
        am.script("x", reject_at="Store AIP location")


def test_start_transfer_then_approve_through_the_api(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    form = {
        "name": "legacy",
        "type": "standard",
        "paths[]": [source(ss), source(ss, b"second-transfer")],
        "row_ids[]": ["", ""],
    }
    started = client.post("/api/transfer/start_transfer/", data=form)
    assert started.status_code == 200
    assert started.json() == {
        "message": "Copy successful.",
        "path": "/var/archivematica/sharedDirectory/watchedDirectories/activeTransfers/standardTransfer/legacy_2",
    }
    am.clock.advance(100)
    unapproved = client.get("/api/transfer/unapproved").json()["results"]
    assert sorted(u["directory"] for u in unapproved) == ["legacy", "legacy_2"]
    waiting = status(client, "transfer", unapproved[0]["uuid"])
    assert (waiting["status"], waiting["microservice"]) == ("USER_INPUT", "Approve standard transfer")
    approved = client.post("/api/transfer/approve", data={"directory": "legacy", "type": "standard"})
    assert approved.json()["message"] == "Approval successful."
    assert status(client, "transfer", approved.json()["uuid"])["status"] == "PROCESSING"
    again = client.post("/api/transfer/approve", data={"directory": "legacy"})
    assert (again.status_code, again.json()["message"]) == (500, "Unable to start the transfer.")
    bad_type = client.post("/api/transfer/approve", data={"directory": "legacy_2", "type": "floppy"})
    assert bad_type.json() == {"error": True, "message": "Invalid transfer type."}


def test_form_endpoints_ignore_a_json_body(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    r = client.post("/api/transfer/start_transfer/", json={"name": "x", "paths[]": [source(ss)]})
    assert (r.status_code, r.json()) == (500, {"error": True, "message": "No transfer name provided."})
    approve = client.post("/api/transfer/approve", json={"directory": "x"})
    assert approve.json()["message"] == "Please specify a transfer directory."
    reingest = client.post("/api/ingest/reingest/approve", json={"uuid": "x"})
    assert (reingest.status_code, reingest.json()["message"]) == (400, '"uuid" is required.')
    missing_rows = client.post(
        "/api/transfer/start_transfer/", data={"name": "two", "paths[]": [source(ss), source(ss, b"second-transfer")]}
    )
    assert missing_rows.json()["message"] == "list index out of range"
    not_b64 = client.post("/api/transfer/start_transfer/", data={"name": "x", "paths[]": ["a"]})
    assert not_b64.status_code == 500
    assert "Server Error (500)" in not_b64.text


def test_package_errors(am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client) -> None:
    not_json = client.post("/api/v2beta/package", data={"name": "x", "path": source(ss)})
    assert (not_json.status_code, not_json.json()) == (
        400,
        {"error": True, "message": 'Parameter "path" cannot be decoded.'},
    )
    assert client.post("/api/v2beta/package", json={"name": "x"}).status_code == 400
    no_name = client.post("/api/v2beta/package", json={"path": source(ss)})
    assert (no_name.status_code, no_name.json()["message"]) == (500, "Package cannot be created")
    assert (
        client.post("/api/v2beta/package", json={"name": "x", "path": source(ss), "type": "floppy"}).status_code == 500
    )
    assert client.get("/api/v2beta/package").status_code == 501
    # a path that names nothing: accepted, but the transfer never gets a job
    ghost = client.post("/api/v2beta/package", json={"name": "ghost", "path": source(ss, b"missing")}).json()["id"]
    am.clock.advance(60)
    r = client.get(f"/api/transfer/status/{ghost}")
    assert r.json() == {"error": True, "message": f"Unable to determine the status of the unit {ghost}"}


def test_manual_approval_through_the_package_endpoint(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    transfer = start(client, ss, "manual", auto_approve=False)
    am.clock.advance(30)
    assert status(client, "transfer", transfer)["status"] == "USER_INPUT"
    approved = client.post("/api/transfer/approve", data={"directory": f"manual-{transfer}"})
    assert approved.json() == {"message": "Approval successful.", "uuid": transfer}


# -- auth and error shapes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "ApiKey test:wrong"},
        {"Authorization": "ApiKey: test:test"},
        {"Authorization": "Basic " + base64.b64encode(b"test:test").decode()},
    ],
)
def test_auth_failure_is_403_json(am: ArchivematicaSimulator, headers: dict[str, str]) -> None:
    with httpx.Client(transport=am.transport(), base_url="http://am.test") as c:
        r = c.get("/api/transfer/completed", headers=headers)
    assert r.status_code == 403
    assert r.content == b'{"message": "API key not valid.", "error": true}'
    assert "x-archivematica-version" not in r.headers


def test_credentials_in_query_or_form_and_success_headers(am: ArchivematicaSimulator) -> None:
    with httpx.Client(transport=am.transport(), base_url="http://am.test") as c:
        query = c.get("/api/transfer/completed", params={"username": "test", "api_key": "test"})
        assert query.status_code == 200
        assert query.headers["x-archivematica-version"] == "1.17.0"
        assert query.headers["x-archivematica-id"] == am.dashboard_uuid
        form = c.post("/api/transfer/approve", data={"username": "test", "api_key": "test", "directory": "none"})
        assert form.status_code == 500  # authenticated; no such transfer
        json_creds = c.post("/api/v2beta/package", json={"username": "test", "api_key": "test"})
        assert json_creds.status_code == 403


def test_unknown_routes_405_and_unknown_units(client: httpx.Client) -> None:
    page = client.get("/api/transfer/status/not-a-uuid")
    assert page.status_code == 404
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>Not Found</h1>" in page.text
    wrong = client.post("/api/transfer/completed")
    assert (wrong.status_code, wrong.content, wrong.headers["allow"]) == (405, b"", "GET")
    unknown = "11111111-2222-4333-8444-555555555555"
    r = client.get(f"/api/ingest/status/{unknown}")
    assert r.status_code == 400
    assert r.json() == {"type": "SIP", "message": f"Cannot fetch unitSIP with UUID {unknown}", "error": True}
    slash = client.get("/api/filesystem/administration/dips/atom/levels")
    assert (slash.status_code, slash.headers["location"]) == (
        301,
        "http://am.test/api/filesystem/administration/dips/atom/levels/",
    )


def test_hiding_units(am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client) -> None:
    transfer = start(client, ss, "hide-me")
    busy = client.delete(f"/api/transfer/{transfer}/delete/")
    assert (busy.status_code, busy.json()) == (409, {"removed": False})
    am.settle()
    assert client.delete(f"/api/transfer/{transfer}/delete/").json() == {"removed": True}
    assert client.delete(f"/api/transfer/{transfer}/delete/").status_code == 409
    assert transfer not in client.get("/api/transfer/completed").json()["results"]
    sip = status(client, "transfer", transfer)["sip_uuid"]
    assert client.delete("/api/ingest/delete/").json() == {"removed": [sip]}
    assert client.get("/api/ingest/completed").json()["results"] == []


# -- administration ---------------------------------------------------------------------------------------------


def test_processing_configurations(am: ArchivematicaSimulator, client: httpx.Client) -> None:
    assert client.get("/api/processing-configuration/").json() == {
        "processing_configurations": ["automated", "default"]
    }
    xml = client.get("/api/processing-configuration/default")
    assert (xml.status_code, xml.headers["content-type"]) == (200, "text/xml")
    assert xml.text.startswith("<processingMCP>\n  <preconfiguredChoices>")  # no XML declaration, as the dashboard
    refused = client.get("/api/processing-configuration/default", headers={"Accept": "application/json"})
    assert (refused.status_code, refused.content) == (415, b"")
    am.processing_configs["0123456789abcdef"] = "<processingMCP/>"
    assert client.get("/api/processing-configuration/0123456789abcdefXYZ").text == "<processingMCP/>"  # truncated
    assert client.delete("/api/processing-configuration/default").json() == {"success": True}
    assert client.get("/api/processing-configuration/default").status_code == 200  # built-ins come back
    gone = client.delete("/api/processing-configuration/custom")
    assert (gone.status_code, gone.json()) == (404, {"success": False, "error": 'No such processing config "custom".'})


def test_levels_and_path_metadata(am: ArchivematicaSimulator, client: httpx.Client) -> None:
    levels = client.get("/api/filesystem/administration/dips/atom/levels/").json()
    assert [next(iter(level.values())) for level in levels][:2] == ["Fonds", "Subfonds"]
    failing = client.get("/api/administration/dips/atom/fetch_levels/")
    assert (failing.status_code, failing.json()["success"]) == (500, False)
    am.atom_levels = ["Fonds", "Item"]
    assert len(client.get("/api/administration/dips/atom/fetch_levels/").json()) == 2
    assert client.get("/api/filesystem/metadata/", params={"path": "/arrange/series"}).status_code == 404
    am.arrange["/arrange/series/"] = ""
    item_id = next(iter(client.get("/api/filesystem/administration/dips/atom/levels/").json()[1]))
    posted = client.post("/api/filesystem/metadata/", data={"path": "/arrange/series", "level_of_description": item_id})
    assert (posted.status_code, posted.json()) == (201, {"success": True})
    assert client.get("/api/filesystem/metadata/", params={"path": "/arrange/series"}).json() == {
        "level_of_description": "Item"
    }


def test_csv_validation(client: httpx.Client) -> None:
    csv = {"Content-Type": "text/csv; charset=utf-8"}
    good = client.post("/api/v2beta/validate/rights", content=b"file,basis\nobjects/a.txt,donor\n", headers=csv)
    assert good.json() == {"valid": True}
    bad = client.post("/api/v2beta/validate/rights", content=b"file,basis\nobjects/a.txt,copyright\n", headers=csv)
    assert bad.status_code == 400
    assert bad.json() == {"valid": False, "reason": "No copyright status specified for copyright basis."}
    plain_csv = {"Content-Type": "text/csv"}
    wrong_type = client.post("/api/v2beta/validate/rights", content=b"file,basis\n", headers=plain_csv)
    assert wrong_type.json() == {"error": True, "message": 'Content type should be "text/csv; charset=utf-8"'}
    unknown = client.post("/api/v2beta/validate/other", content=b"", headers=csv)
    assert unknown.status_code == 404
    assert unknown.json()["message"] == "Unknown validator. Accepted values: avalon,rights"


def test_copy_metadata_files(am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client) -> None:
    am.script("meta", await_decision="Normalize")
    transfer = start(client, ss, "meta")
    am.settle()
    sip = status(client, "transfer", transfer)["sip_uuid"]
    r = client.post(
        "/api/ingest/copy_metadata_files/",
        data={"sip_uuid": sip, "source_paths[]": [source(ss, b"second-transfer/data.csv")]},
    )
    assert (r.status_code, r.json()) == (201, {"error": False, "message": "Metadata files added successfully."})
    assert am.units[sip].metadata_files == ["/home/second-transfer/data.csv"]
    missing = client.post("/api/ingest/copy_metadata_files/", data={"sip_uuid": sip})
    assert missing.json()["message"] == "sip_uuid and source_paths[] both required."


# -- reingest, clocks, adapters ---------------------------------------------------------------------------------


def test_partial_reingest_from_the_storage_service(
    am: ArchivematicaSimulator, ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    transfer = start(client, ss, "again")
    am.settle()
    aip = status(client, "transfer", transfer)["sip_uuid"]
    with httpx.Client(transport=ss.transport(), base_url="http://ss.test", headers=AUTH) as storage:
        r = storage.post(
            f"/api/v2/file/{aip}/reingest/", json={"pipeline": am.dashboard_uuid, "reingest_type": "METADATA"}
        )
        assert (r.status_code, r.json()["reingest_uuid"]) == (202, aip)
        assert (
            storage.post(
                f"/api/v2/file/{aip}/reingest/", json={"pipeline": am.dashboard_uuid, "reingest_type": "full"}
            ).status_code
            == 409
        )
    assert status(client, "ingest", aip)["microservice"] == "Approve AIP reingest"
    assert client.post("/api/ingest/reingest/approve", data={"uuid": aip}).json() == {"message": "Approval successful."}
    assert run(am, client, "ingest", aip, "COMPLETE")[-1]["status"] == "COMPLETE"
    assert "reingest_pipeline" not in ss.packages[aip].misc_attributes
    direct = client.post("/api/transfer/reingest", data={"name": "x", "uuid": aip})
    assert (direct.status_code, direct.json()["message"]) == (500, "No such file or directory")


def test_a_private_storage_service_and_a_realtime_clock() -> None:
    am = ArchivematicaSimulator(realtime=True, speed=2000)
    path = base64.b64encode(f"{am.storage.defaults['TS'].uuid}:sample-transfer".encode()).decode()
    with httpx.Client(transport=am.transport(), base_url="http://am.test", headers=AUTH) as c:
        transfer = c.post("/api/v2beta/package", json={"name": "fast", "path": path}).json()["id"]
        deadline = time.monotonic() + 10
        while "sip_uuid" not in c.get(f"/api/transfer/status/{transfer}").json():
            assert time.monotonic() < deadline
            time.sleep(0.01)


def test_a_shared_clock() -> None:
    clock = Clock()
    ss = StorageServiceSimulator(clock=clock)
    am = ArchivematicaSimulator(storage=ss)
    assert am.clock is ss.clock is clock


@pytest.mark.loopback
def test_async_client_and_loopback_server(am: ArchivematicaSimulator, ss: StorageServiceSimulator) -> None:
    async def go() -> str:
        async with httpx.AsyncClient(transport=am.transport(), base_url="http://am.test", headers=AUTH) as c:
            r = await c.post("/api/v2beta/package", json={"name": "async", "path": source(ss)})
            return str(r.json()["id"])

    transfer = asyncio.run(go())
    am.settle()
    with am.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        r = httpx.get(f"{base_url}/api/transfer/status/{transfer}", headers=AUTH)
        assert r.json()["status"] == "COMPLETE"
        assert httpx.get(f"{base_url}/api/transfer/completed").status_code == 403
