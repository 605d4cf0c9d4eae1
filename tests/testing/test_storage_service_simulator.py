"""The Storage Service simulator answers as the real server does: auth, paging, filters, browse, downloads."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import tarfile
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fonds.testing import Knobs, StorageServiceSimulator

AUTH = {"Authorization": "ApiKey test:test"}


@pytest.fixture
def ss() -> StorageServiceSimulator:
    return StorageServiceSimulator()


@pytest.fixture
def client(ss: StorageServiceSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=ss.transport(), base_url="http://ss.test", headers=AUTH) as c:
        yield c


def anonymous(ss: StorageServiceSimulator) -> httpx.Client:
    return httpx.Client(transport=ss.transport(), base_url="http://ss.test")


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# -- authentication ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "ApiKey test:wrong"},
        {"Authorization": "ApiKey: test:test"},
        {"Authorization": "Basic " + b64(b"test:wrong")},
        {"Authorization": "Bearer test"},
    ],
)
def test_auth_failure_is_401_with_an_empty_body(ss: StorageServiceSimulator, headers: dict[str, str]) -> None:
    with anonymous(ss) as c:
        r = c.get("/api/v2/file/", headers=headers)
    assert r.status_code == 401
    assert r.content == b""
    assert r.headers["www-authenticate"] == 'Basic Realm="django-tastypie"'


def test_every_credential_form_the_server_accepts(ss: StorageServiceSimulator) -> None:
    aip = ss.add_package("moved")
    target = ss.add_location("AS", "mnt/second", "Second AIP store")
    with anonymous(ss) as c:
        assert c.get("/api/v2/pipeline/", headers=AUTH).status_code == 200
        assert c.get("/api/v2/pipeline/", headers={"Authorization": "apikey test:test"}).status_code == 200
        assert c.get("/api/v2/file/", params={"username": "test", "api_key": "test"}).status_code == 200
        # ``api_key`` is a field of the pipeline resource, so tastypie takes it for a filter it does not allow
        quirk = c.get("/api/v2/pipeline/", params={"username": "test", "api_key": "test"})
        assert (quirk.status_code, quirk.json()) == (400, {"error": "The 'api_key' field does not allow filtering."})
        assert c.get("/api/v2/pipeline/", auth=("test", "test")).status_code == 200
        form = {"location_uuid": target.uuid, "username": "test", "api_key": "test"}
        assert c.post(f"/api/v2/file/{aip.uuid}/move/", data=form).status_code == 202


def test_top_level_needs_no_credentials_and_405_comes_before_auth(ss: StorageServiceSimulator) -> None:
    with anonymous(ss) as c:
        top = c.get("/api/v2/")
        assert top.status_code == 200
        assert top.json()["file"] == {"list_endpoint": "/api/v2/file/", "schema": "/api/v2/file/schema/"}
        r = c.delete(f"/api/v2/pipeline/{ss.default_pipeline.uuid}/")
    assert (r.status_code, r.text, r.headers["allow"]) == (405, "GET", "GET")


# -- routing -------------------------------------------------------------------------------------------------


def test_missing_trailing_slash_is_a_301_to_the_slashed_url(ss: StorageServiceSimulator) -> None:
    aip = ss.add_package("slash")
    with anonymous(ss) as c:  # the redirect comes before authentication
        r = c.get(f"/api/v2/file/{aip.uuid}", params={"username": "test", "api_key": "test"})
    assert r.status_code == 301
    assert r.headers["location"] == f"http://ss.test/api/v2/file/{aip.uuid}/?username=test&api_key=test"


def test_unknown_detail_is_404_empty_and_unknown_route_is_django_html(client: httpx.Client) -> None:
    r = client.get("/api/v2/file/not-a-package/")
    assert (r.status_code, r.content) == (404, b"")
    page = client.get("/api/v3/nothing/")
    assert page.status_code == 404
    assert "<h1>Not Found</h1>" in page.text


# -- paging and filtering ------------------------------------------------------------------------------------


def test_2500_packages_page_by_meta_next_repeating_the_query_credentials() -> None:
    started = time.monotonic()
    ss = StorageServiceSimulator(packages=2500)
    assert time.monotonic() - started < 5
    seen: list[str] = []
    url: str | None = "/api/v2/file/?username=test&api_key=test&package_type=AIP&limit=1000"
    metas: list[dict[str, Any]] = []
    with anonymous(ss) as c:
        while url:
            page = c.get(url).json()
            metas.append(page["meta"])
            seen += [obj["uuid"] for obj in page["objects"]]
            url = page["meta"]["next"]
    assert len(seen) == len(set(seen)) == 2500
    assert [m["offset"] for m in metas] == [0, 1000, 2000]
    assert metas[0]["previous"] is None
    assert metas[0]["next"] == "/api/v2/file/?username=test&api_key=test&package_type=AIP&limit=1000&offset=1000"
    assert metas[2]["previous"] == ("/api/v2/file/?username=test&api_key=test&package_type=AIP&limit=1000&offset=1000")
    assert metas[2]["next"] is None
    assert {m["total_count"] for m in metas} == {2500}


@pytest.mark.parametrize(
    ("params", "limit", "offset", "count"),
    [
        ({}, 20, 0, 20),
        ({"limit": "0"}, 1000, 0, 30),
        ({"limit": "5000"}, 1000, 0, 30),
        ({"limit": "7", "offset": "28"}, 7, 28, 2),
    ],
)
def test_limit_defaults_and_caps(params: dict[str, str], limit: int, offset: int, count: int) -> None:
    ss = StorageServiceSimulator(packages=30)
    with anonymous(ss) as c:
        page = c.get("/api/v2/file/", params=params, headers=AUTH).json()
    assert (page["meta"]["limit"], page["meta"]["offset"], len(page["objects"])) == (limit, offset, count)


def test_previous_is_null_while_offset_is_below_limit() -> None:
    ss = StorageServiceSimulator(packages=30)
    with anonymous(ss) as c:
        meta = c.get("/api/v2/file/", params={"offset": "10"}, headers=AUTH).json()["meta"]
    assert meta["previous"] is None
    assert meta["next"] == "/api/v2/file/?offset=30&limit=20" or meta["next"] is None


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": "abc"}, "Invalid limit 'abc' provided. Please provide a positive integer."),
        # tastypie HTML-escapes its messages (quotes put back), so ">" arrives as "&gt;"
        ({"limit": "-1"}, "Invalid limit '-1' provided. Please provide a positive integer &gt;= 0."),
        ({"offset": "x"}, "Invalid offset 'x' provided. Please provide an integer."),
        ({"offset": "-5"}, "Invalid offset '-5' provided. Please provide a positive integer &gt;= 0."),
        ({"size": "3"}, "The 'size' field does not allow filtering."),
    ],
)
def test_bad_paging_or_filter_is_400(client: httpx.Client, params: dict[str, str], message: str) -> None:
    r = client.get("/api/v2/file/", params=params)
    assert r.status_code == 400
    assert r.json() == {"error": message}


def test_whitelisted_filters(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aips = ss.seed_packages(3)
    dip = ss.add_package("dip", package_type="DIP")
    ss.packages[aips[0].uuid].status = "DEL_REQ"

    def count(resource: str, **params: str) -> int:
        r = client.get(f"/api/v2/{resource}/", params={**params, "bogus": "ignored"})
        assert r.status_code == 200, r.text
        return int(r.json()["meta"]["total_count"])

    assert count("file", package_type="DIP") == 1
    assert count("file", status="DEL_REQ") == 1
    assert count("file", uuid=dip.uuid) == 1
    assert count("file", current_location__uuid=ss.defaults["AS"].uuid) == 3
    assert count("file", current_location__purpose="DS") == 1
    assert count("file", package_type__in="AIP,DIP") == 4
    assert count("location", purpose="TS") == 1
    assert count("location", purpose__in="TS,AS") == 2
    assert count("location", pipeline__uuid=ss.default_pipeline.uuid) == len(ss.defaults)
    assert count("location", pipeline__uuid="00000000-0000-4000-8000-000000000000") == 0
    assert count("space", access_protocol="FS") == 1
    assert client.get("/api/v2/location/", params={"enabled": "true"}).status_code == 400


# -- browse ------------------------------------------------------------------------------------------------


def test_location_browse_speaks_base64_including_a_name_that_is_not_utf8(
    ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    ts = ss.defaults["TS"].uuid
    listing = client.get(f"/api/v2/location/{ts}/browse/").json()
    names = {base64.b64decode(e) for e in listing["entries"]}
    assert b"r\xe9sum\xe9.txt" in names
    with pytest.raises(UnicodeDecodeError):
        b"r\xe9sum\xe9.txt".decode("utf-8")
    assert {base64.b64decode(d) for d in listing["directories"]} == {
        b"empty-dir",
        b"sample-transfer",
        b"second-transfer",
    }
    assert set(listing["properties"]) == set(listing["entries"])
    assert listing["properties"][b64(b"sample-transfer")]["object count"] == 4
    inner = client.get(f"/api/v2/location/{ts}/browse/", params={"path": b64(b"sample-transfer/images")}).json()
    assert [base64.b64decode(e) for e in inner["entries"]] == [b"photo-1.jpg", b"photo-2.jpg"]
    absolute = client.get(f"/api/v2/location/{ts}/browse/", params={"path": b64(b"/home/second-transfer")})
    assert len(absolute.json()["entries"]) == 2
    escape = client.get(f"/api/v2/location/{ts}/browse/", params={"path": b64(b"../etc")})
    assert (escape.status_code, escape.text) == (400, "The path parameter must be relative to the location path")
    assert client.get(f"/api/v2/location/{ts}/browse/", params={"path": "a"}).status_code == 500


def test_space_browse_has_base64_entries_but_plain_property_keys(
    ss: StorageServiceSimulator, client: httpx.Client
) -> None:
    space = ss.defaults["TS"].space.uuid
    listing = client.get(f"/api/v2/space/{space}/browse/", params={"path": "/home"}).json()
    assert b64(b"sample-transfer") in listing["entries"]
    assert "sample-transfer" in listing["properties"]
    assert b64(b"sample-transfer") not in listing["properties"]


def test_default_location_is_a_302(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    r = client.get("/api/v2/location/default/AS/")
    assert (r.status_code, r.headers["location"]) == (302, f"/api/v2/location/{ss.defaults['AS'].uuid}/")
    missing = client.get("/api/v2/location/default/RP/")
    assert (missing.status_code, missing.text) == (404, "Default location not defined for this purpose.")


# -- packages --------------------------------------------------------------------------------------------------


def test_download_is_real_bytes_matching_the_checksum(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("photos", objects=[("a.jpg", b"\xff\xd8jpeg"), ("sub/b.txt", b"hello")])
    detail = client.get(f"/api/v2/file/{aip.uuid}/").json()
    r = client.get(f"/api/v2/file/{aip.uuid}/download/")
    assert r.status_code == 200
    assert not {"checksum", "checksum_algorithm"} & set(detail)  # the real server never sends them
    assert hashlib.sha256(r.content).hexdigest() == aip.checksum
    assert detail["size"] == len(r.content) == int(r.headers["content-length"])
    assert r.headers["content-disposition"] == f'attachment; filename="photos-{aip.uuid}.tar.gz"'
    with tarfile.open(fileobj=io.BytesIO(r.content), mode="r:gz") as archive:
        names = archive.getnames()
        member = archive.extractfile(f"photos-{aip.uuid}/data/objects/sub/b.txt")
        assert member is not None
        assert member.read() == b"hello"
    assert f"photos-{aip.uuid}/data/METS.{aip.uuid}.xml" in names
    assert client.get(f"/api/v2/file/{aip.uuid}/download/").content == r.content  # deterministic
    pointer = client.get(f"/api/v2/file/{aip.uuid}/pointer_file/")
    assert pointer.headers["content-type"] == "application/xml"
    assert aip.checksum in pointer.text


def test_uncompressed_packages_are_tarred_on_the_fly(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    dip = ss.add_package("access", package_type="DIP", objects=[("x.mp4", b"video")])
    r = client.get(f"/api/v2/file/{dip.uuid}/download/")
    assert r.headers["content-type"] == "application/x-tar"
    with tarfile.open(fileobj=io.BytesIO(r.content)) as archive:
        assert f"access-{dip.uuid}/objects/x.mp4" in archive.getnames()
    assert client.get(f"/api/v2/file/{dip.uuid}/pointer_file/").status_code == 404


def test_a_truncate_fault_cuts_the_download_short() -> None:
    ss = StorageServiceSimulator()
    aip = ss.add_package("big", objects=[("blob.bin", bytes(range(256)) * 64)])
    ss.knobs = Knobs(fault_rate=1.0, faults=("truncate",))
    with anonymous(ss) as c, pytest.raises(httpx.RemoteProtocolError):
        c.get(f"/api/v2/file/{aip.uuid}/download/", headers=AUTH)
    ss.knobs.fault_rate = 0.0
    with anonymous(ss) as c:
        assert hashlib.sha256(c.get(f"/api/v2/file/{aip.uuid}/download/", headers=AUTH).content).hexdigest() == (
            aip.checksum
        )


def test_extract_file(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("mets")
    r = client.get(
        f"/api/v2/file/{aip.uuid}/extract_file/",
        params={"relative_path_to_file": f"mets-{aip.uuid}/data/METS.{aip.uuid}.xml"},
    )
    assert r.status_code == 200
    assert r.text.startswith("<?xml")
    missing = client.get(f"/api/v2/file/{aip.uuid}/extract_file/", params={"relative_path_to_file": "nope.txt"})
    assert (missing.status_code, missing.text) == (404, "Requested file, nope.txt, not found in AIP")
    assert client.get(f"/api/v2/file/{aip.uuid}/extract_file/").status_code == 400


def test_move_is_async_and_completes_when_the_clock_advances(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("traveller")
    second = ss.add_location("AS", "mnt/second", "Second AIP store")
    r = client.post(f"/api/v2/file/{aip.uuid}/move/", data={"location_uuid": second.uuid})
    assert r.status_code == 202
    task_url = r.headers["location"]
    assert client.get(task_url).json()["completed"] is False
    assert client.get(f"/api/v2/file/{aip.uuid}/").json()["status"] == "MOVING"
    ss.clock.advance(1)
    task = client.get(task_url).json()
    assert (task["completed"], task["was_error"]) == (True, False)
    assert task["result"] == "Package moved successfully"  # a string, as the real server's task
    moved = client.get(f"/api/v2/file/{aip.uuid}/").json()
    assert (moved["status"], moved["current_location"]) == ("UPLOADED", f"/api/v2/location/{second.uuid}/")


def test_move_reads_a_form_field_only(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("stay")
    r = client.post(f"/api/v2/file/{aip.uuid}/move/", json={"location_uuid": ss.defaults["AS"].uuid})
    assert (r.status_code, r.text) == (400, "All of these fields must be provided: location_uuid")
    wrong = client.post(f"/api/v2/file/{aip.uuid}/move/", data={"location_uuid": ss.defaults["DS"].uuid})
    assert wrong.json()["message"] == "New location must have the same purpose as the current location - AS"


def test_delete_request_and_its_duplicate(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("doomed")
    body = {"event_reason": "test", "pipeline": ss.default_pipeline.uuid, "user_id": 1, "user_email": "a@b.c"}
    first = client.post(f"/api/v2/file/{aip.uuid}/delete_aip/", content=json.dumps(body))  # no Content-Type
    assert first.status_code == 202
    assert first.json()["message"] == "Delete request created successfully."
    again = client.post(f"/api/v2/file/{aip.uuid}/delete_aip/", json=body)
    assert again.status_code == 200
    assert again.json() == {"message": "A deletion request already exists for this AIP."}
    assert client.get(f"/api/v2/file/{aip.uuid}/").json()["status"] == "DEL_REQ"
    ss.resolve_request(aip.uuid)
    assert client.get("/api/v2/file/", params={"status": "DELETED"}).json()["meta"]["total_count"] == 1
    form = client.post(f"/api/v2/file/{aip.uuid}/delete_aip/", data=body)  # a form body parses as nothing
    assert form.status_code == 400
    assert form.text == "All of these fields must be provided: event_reason, pipeline, user_id, user_email"


def test_tastypie_posts_take_json_and_refuse_forms_with_415(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    body = {
        "space": f"/api/v2/space/{ss.defaults['AS'].space.uuid}/",
        "purpose": "AS",
        "relative_path": "mnt/x",
        "pipeline": [f"/api/v2/pipeline/{ss.default_pipeline.uuid}/"],
        "description": "New store",
    }
    created = client.post("/api/v2/location/", json=body)
    assert created.status_code == 201
    assert created.headers["location"] == created.json()["resource_uri"]
    assert created.json()["path"] == "/mnt/x"
    form = client.post("/api/v2/location/", data={"purpose": "AS"})
    assert form.status_code == 415
    assert "application/x-www-form-urlencoded" in form.json()["error_message"]
    bad = client.post("/api/v2/location/", json={**body, "space": "/api/v2/space/nope/"})
    assert bad.json() == {"error": "Could not find the provided space object via resource URI '/api/v2/space/nope/'."}


def test_contents_and_patch_only_reingest(ss: StorageServiceSimulator, client: httpx.Client) -> None:
    aip = ss.add_package("indexed")
    rows = [
        {
            "relative_path": "objects/a.txt",
            "fileuuid": "f1",
            "accessionid": "acc",
            "sipuuid": aip.uuid,
            "origin": ss.default_pipeline.uuid,
        }
    ]
    put = client.put(f"/api/v2/file/{aip.uuid}/contents/", json=rows)
    assert (put.status_code, put.headers["content-type"]) == (201, "application_json")
    files = client.get(f"/api/v2/file/{aip.uuid}/contents/").json()["files"]
    assert files[0]["name"] == "objects/a.txt"
    assert client.get("/api/v2/file/metadata/", params={"fileuuid": "f1"}).json()[0]["filename"] == "a.txt"
    assert client.patch(f"/api/v2/file/{aip.uuid}/", json={"status": "X"}).json() == {
        "error": "PATCH only allowed on reingest"
    }
    assert client.patch(f"/api/v2/file/{aip.uuid}/", json={"reingest": None}).status_code == 202


def test_schema_document(client: httpx.Client) -> None:
    schema = client.get("/api/v2/file/schema/").json()
    assert schema["allowed_detail_http_methods"] == ["get", "put", "patch"]
    assert schema["filtering"]["current_location"] == 2
    assert schema["fields"]["current_location"]["related_type"] == "to_one"


@pytest.mark.loopback
def test_async_httpx_client_and_loopback_server() -> None:
    ss = StorageServiceSimulator(packages=3)

    async def fetch() -> int:
        async with httpx.AsyncClient(transport=ss.transport(), base_url="http://ss.test", headers=AUTH) as c:
            return int((await c.get("/api/v2/file/")).json()["meta"]["total_count"])

    assert asyncio.run(fetch()) == 3
    with ss.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        r = httpx.get(f"{base_url}/api/v2/file/", headers=AUTH)
        assert r.json()["meta"]["total_count"] == 3
        assert httpx.get(f"{base_url}/api/v2/file/").status_code == 401
