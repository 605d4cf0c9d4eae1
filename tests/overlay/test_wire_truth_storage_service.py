"""Issue 15 and 16: what a real Storage Service 0.23 answered, held by fonds. Each fact twice: replayed through
``httpx.MockTransport`` (the answer as the real server gave it), and against the simulator, which answers the same."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Callable, Iterator
from email.header import Header
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from fonds import AsyncStorageService, StorageService, errors
from fonds.storage_service._filename import filename_from_disposition
from fonds.testing import StorageServiceSimulator
from storage_service_api.models.location import Location
from storage_service_api.models.package import Package
from storage_service_api.models.package_create import PackageCreate
from storage_service_api.models.package_event_request import PackageEventRequest
from storage_service_api.models.package_reingest_patch import PackageReingestPatch
from storage_service_api.models.package_update import PackageUpdate

UUID_A = "0c9d5f4e-2b0a-4b8e-a3c4-6f3e7d2c1b0a"
AUTH = {"Authorization": "ApiKey test:test"}
COMPRESSION_EVENT = [
    "event",
    {"version": "2.2"},
    ["event_type", "compression"],
    ["event_detail", "program=7z; algorithm=bzip2"],
]
UNSERIALIZABLE = (
    f"The model '<Package: {UUID_A}: /deposits/d>' has an empty attribute 'origin_pipeline' "
    "and doesn't allow a null value."
)


def replay(handler: Callable[[httpx.Request], httpx.Response]) -> StorageService:
    return StorageService("http://ss.test", username="test", api_key="test", transport=httpx.MockTransport(handler))


def answer(status: int, body: bytes | str = b"", content_type: str | None = None, **headers: str) -> httpx.Response:
    raw = body.encode() if isinstance(body, str) else body
    more = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=raw, headers={**more, **headers})


@pytest.fixture
def sim() -> StorageServiceSimulator:
    return StorageServiceSimulator()


@pytest.fixture
def ss(sim: StorageServiceSimulator) -> Iterator[StorageService]:
    with StorageService("http://ss.test", username="test", api_key="test", transport=sim.transport()) as client:
        yield client


@pytest.fixture
def raw(sim: StorageServiceSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url="http://ss.test", headers=AUTH) as client:
        yield client


def create_body(sim: StorageServiceSimulator, events: list[Any], uuid: str = UUID_A) -> PackageCreate:
    return PackageCreate.from_dict(
        {
            "uuid": uuid,
            "package_type": "AIP",
            "origin_location": f"/api/v2/location/{sim.defaults['CP'].uuid}/",
            "origin_path": f"MyAIP-{uuid}.7z",
            "current_location": "/api/v2/location/default/AS/",
            "current_path": f"MyAIP-{uuid}.7z",
            "origin_pipeline": f"/api/v2/pipeline/{sim.default_pipeline.uuid}/",
            "events": events,
        }
    )


# -- PREMIS events are nested arrays ---------------------------------------------------------------------------


def test_create_sends_premis_events_as_nested_arrays() -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(201, json={**seen[-1], "resource_uri": f"/api/v2/file/{UUID_A}/", "status": "UPLOADED"})

    body = create_body(StorageServiceSimulator(), [COMPRESSION_EVENT])
    package = replay(handler).packages.create(body=body)
    assert seen[0]["events"] == [COMPRESSION_EVENT]
    assert package.additional_properties["events"] == [COMPRESSION_EVENT]  # the real server echoes request keys


def object_events_body(sim: StorageServiceSimulator) -> dict[str, Any]:
    """A create body with its event as an object, as the old model let through (sent raw: fonds refuses it)."""
    body = create_body(sim, []).to_dict()
    body["events"] = [{"event_type": "compression"}]
    return body


def test_object_shaped_events_break_the_store_with_a_500_as_on_the_real_server(
    sim: StorageServiceSimulator, ss: StorageService, raw: httpx.Client
) -> None:
    r = raw.post("/api/v2/file/", json=object_events_body(sim))
    assert (r.status_code, r.json()) == (500, {"error_message": "Failed to extract compression details"})
    assert sim.packages[UUID_A].status == "UPLOADED"  # stored anyway...
    assert raw.get(f"/api/v2/file/{UUID_A}/pointer_file/").status_code == 404  # ...without its pointer file
    second = "5a6b8c1e-6a6f-4c0f-9c52-5b1a3d1f0d7e"
    created = ss.packages.create(body=create_body(sim, [COMPRESSION_EVENT], second))
    assert created.status == "UPLOADED"
    assert created.additional_properties["events"] == [COMPRESSION_EVENT]
    assert ss.packages.get_pointer_file(uuid=UUID(second)).startswith(b"<?xml")


# -- PUT needs the uuid and replaces related_packages ---------------------------------------------------------


def test_package_update_requires_the_uuid() -> None:
    with pytest.raises(TypeError):
        PackageUpdate()  # type: ignore[call-arg]
    assert PackageUpdate(uuid=UUID(UUID_A)).to_dict() == {"uuid": UUID_A}


def test_a_put_without_uuid_is_a_500_replayed_and_simulated(sim: StorageServiceSimulator, raw: httpx.Client) -> None:
    ss = replay(lambda request: answer(500, json.dumps({"error_message": "'uuid'"}), "application/json"))
    with pytest.raises(errors.ServerError) as caught:
        ss.packages.update(uuid=UUID(UUID_A), body=PackageUpdate(uuid=UUID(UUID_A)))
    assert caught.value.body == {"error_message": "'uuid'"}
    aip = sim.add_package("x")
    r = raw.put(f"/api/v2/file/{aip.uuid}/", json={"status": "UPLOADED"})
    assert (r.status_code, r.json()) == (500, {"error_message": "'uuid'"})


def test_a_put_empties_related_packages_it_does_not_repeat(sim: StorageServiceSimulator, ss: StorageService) -> None:
    aip, dip = sim.add_package("aip"), sim.add_package("dip", package_type="DIP")
    aip.related_packages.append(dip.uuid)
    kept = ss.packages.update(
        uuid=UUID(aip.uuid),
        body=PackageUpdate(uuid=UUID(aip.uuid), related_packages=[f"/api/v2/file/{dip.uuid}/"]),
    )
    assert kept.related_packages == [f"/api/v2/file/{dip.uuid}/"]
    emptied = ss.packages.update(uuid=UUID(aip.uuid), body=PackageUpdate(uuid=UUID(aip.uuid), status="UPLOADED"))
    assert emptied.related_packages == []
    assert sim.packages[aip.uuid].related_packages == []


# -- downloads name files from every Content-Disposition form -------------------------------------------------

CYRILLIC = "Кириллица-" + UUID_A + ".7z"


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (Header(f'attachment; filename="{CYRILLIC}"', "utf-8", maxlinelen=10**6).encode(), CYRILLIC),
        ("attachment; filename*=UTF-8''%D0%9A%D0%B8%D1%80.7z", "Кир.7z"),
        ("attachment; filename=\"plain.7z\"; filename*=UTF-8''%C3%A9t%C3%A9.7z", "été.7z"),
        ("attachment; filename=unquoted.tar", "unquoted.tar"),
        ('attachment; filename="=?utf-8?q?caf=C3=A9.7z?="', "café.7z"),
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename=".."', None),
        ("inline", None),
    ],
)
def test_filename_from_every_disposition_form(header: str, name: str | None) -> None:
    assert filename_from_disposition(header) == name


def test_a_download_replayed_with_an_rfc2047_header_keeps_the_cyrillic_name(tmp_path: Path) -> None:
    encoded = Header(f'attachment; filename="{CYRILLIC}"', "utf-8", maxlinelen=10**6).encode()
    ss = replay(
        lambda request: answer(200, b"7z-bytes", "application/x-7z-compressed", **{"content-disposition": encoded})
    )
    path = ss.packages.download(UUID_A, to=tmp_path)
    assert (path.name, path.read_bytes()) == (CYRILLIC, b"7z-bytes")


@pytest.mark.parametrize("name", ["Кириллица", "résumé"])
def test_the_simulator_serves_non_ascii_names_as_django_does(
    sim: StorageServiceSimulator, tmp_path: Path, name: str
) -> None:
    aip = sim.add_package(name)
    with StorageService("http://ss.test", username="test", api_key="test", transport=sim.transport()) as ss:
        assert ss.packages.download(aip.uuid, to=f"{tmp_path}/in-process/").name == f"{name}-{aip.uuid}.tar.gz"
    with sim.serve() as url, StorageService(url, username="test", api_key="test") as ss:
        header = ss.http.get(f"/api/v2/file/{aip.uuid}/download/").headers["content-disposition"]
        assert header.startswith("=?utf-8?b?") == (name == "Кириллица")  # Latin-1 names go as they are
        assert ss.packages.download(aip.uuid, to=f"{tmp_path}/loopback/").name == f"{name}-{aip.uuid}.tar.gz"


# -- XML, Atom and the bare word come back as what they are -----------------------------------------------------


def test_documents_are_bytes_replayed() -> None:
    bodies = {
        "/pointer_file/": ("application/xml", b'<?xml version="1.0"?><mets:mets/>'),
        "/sword/state/": ("application/atom+xml;type=feed", b"<feed/>"),
        "/sword/collection/": ("application/atom+xml;type=feed", b"<feed><entry/></feed>"),
        "/api/v2/sword/": ("application/atomserv+xml", b"<service/>"),
        "/compress/": ("application/json", b"response"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        kind, body = next(v for k, v in bodies.items() if request.url.path.endswith(k))
        return answer(200, body, kind)

    ss = replay(handler)
    uuid = UUID(UUID_A)
    assert ss.packages.get_pointer_file(uuid=uuid) == b'<?xml version="1.0"?><mets:mets/>'
    assert ss.packages.get_sword_state(uuid=uuid) == b"<feed/>"
    assert ss.locations.list_sword_deposits(uuid=uuid) == b"<feed><entry/></feed>"
    assert ss.sword.get_service_document() == b"<service/>"
    assert ss.packages.compress(uuid=uuid) == "response"


def test_documents_are_bytes_from_the_simulator(sim: StorageServiceSimulator, ss: StorageService) -> None:
    aip = sim.add_package("doc")
    uuid = UUID(aip.uuid)
    assert aip.checksum.encode() in ss.packages.get_pointer_file(uuid=uuid)
    assert ss.packages.get_sword_deposit(uuid=uuid).startswith(b"<?xml")
    assert b"<feed" in ss.packages.get_sword_state(uuid=uuid)
    assert b"<feed" in ss.locations.list_sword_deposits(uuid=UUID(sim.defaults["AS"].uuid))
    assert b"<service" in ss.sword.get_service_document()
    assert ss.last_response is not None
    assert ss.last_response.headers["content-type"] == "application/atomserv+xml"  # sic, as the real server
    assert ss.packages.compress(uuid=uuid) == "response"


def test_documents_are_bytes_async(sim: StorageServiceSimulator) -> None:
    aip = sim.add_package("doc")
    asyncio.run(_documents_async(sim, aip.uuid))


async def _documents_async(sim: StorageServiceSimulator, uuid: str) -> None:
    async with AsyncStorageService("http://ss.test", username="test", api_key="test", transport=sim.transport()) as ss:
        assert (await ss.packages.get_pointer_file(uuid=UUID(uuid))).startswith(b"<?xml")
        assert b"<service" in await ss.sword.get_service_document()
        assert b"<feed" in await ss.locations.list_sword_deposits(uuid=UUID(sim.defaults["AS"].uuid))


# -- a package with a null origin_pipeline -------------------------------------------------------------------


def test_a_listing_skips_the_package_the_server_cannot_serialize_replayed(caplog: pytest.LogCaptureFixture) -> None:
    good = [
        {
            "uuid": f"00000000-0000-4000-8000-00000000000{i}",
            "package_type": "AIP",
            "status": "UPLOADED",
            "resource_uri": f"/api/v2/file/00000000-0000-4000-8000-00000000000{i}/",
        }
        for i in range(3)
    ]
    stored: list[dict[str, Any] | None] = [good[0], None, good[1], good[2]]  # None: the SWORD deposit

    def handler(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        page = stored[offset : offset + limit]
        if None in page:
            return answer(400, UNSERIALIZABLE, "text/html; charset=utf-8")
        meta = {"limit": limit, "offset": offset, "total_count": len(stored), "next": None, "previous": None}
        return httpx.Response(200, json={"meta": meta, "objects": page})

    with caplog.at_level(logging.WARNING, logger="fonds"):
        listed = [str(p.uuid) for p in replay(handler).packages.list(page_size=2)]
    assert listed == [g["uuid"] for g in good]
    assert "offset 1" in caplog.text


def test_the_simulator_answers_400_for_a_deposit_and_the_listing_skips_it(
    sim: StorageServiceSimulator, ss: StorageService
) -> None:
    first = sim.add_package("first")
    deposit = sim.add_package("deposit", package_type="deposit")
    last = sim.add_package("last")
    with pytest.raises(errors.ValidationError) as caught:
        ss.packages.get(uuid=UUID(deposit.uuid))
    assert "has an empty attribute 'origin_pipeline'" in caught.value.body
    with pytest.raises(errors.ValidationError):
        ss.packages.list_page()
    assert [str(p.uuid) for p in ss.packages.list()] == [first.uuid, last.uuid]


def test_the_async_listing_skips_it_too(sim: StorageServiceSimulator) -> None:
    sim.add_package("deposit", package_type="deposit")
    kept = sim.add_package("kept")

    async def main() -> list[str]:
        transport = sim.transport()
        async with AsyncStorageService("http://ss.test", username="test", api_key="test", transport=transport) as ss:
            return [str(p.uuid) async for p in ss.packages.list(concurrency=2)]

    assert asyncio.run(main()) == [kept.uuid]


# -- SWORD with an API key ---------------------------------------------------------------------------------------


def test_sword_writes_are_403_with_an_api_key_and_the_gets_answer(
    sim: StorageServiceSimulator, raw: httpx.Client
) -> None:
    aip = sim.add_package("sworded")
    location = sim.defaults["AS"].uuid
    writes = [
        ("POST", f"/api/v2/location/{location}/sword/collection/"),
        ("POST", f"/api/v2/file/{aip.uuid}/sword/"),
        ("PUT", f"/api/v2/file/{aip.uuid}/sword/"),
        ("DELETE", f"/api/v2/file/{aip.uuid}/sword/"),
        ("POST", f"/api/v2/file/{aip.uuid}/sword/media/"),
        ("PUT", f"/api/v2/file/{aip.uuid}/sword/media/"),
        ("DELETE", f"/api/v2/file/{aip.uuid}/sword/media/"),
    ]
    for method, path in writes:
        r = raw.request(method, path, content=b"x")
        assert (r.status_code, r.text) == (403, "Permission denied"), (method, path)
    for path in (
        "/api/v2/sword/",
        f"/api/v2/location/{location}/sword/collection/",
        f"/api/v2/file/{aip.uuid}/sword/",
        f"/api/v2/file/{aip.uuid}/sword/media/",
        f"/api/v2/file/{aip.uuid}/sword/state/",
    ):
        assert raw.get(path).status_code == 200, path


def test_a_sword_403_is_access_denied() -> None:
    ss = replay(lambda request: answer(403, "Permission denied", "text/html; charset=utf-8"))
    with pytest.raises(errors.AccessDenied) as caught:
        ss.packages.delete_sword_deposit(uuid=UUID(UUID_A))
    assert caught.value.body == "Permission denied"


# -- requests with an unknown pipeline, async results, old servers ------------------------------------------


def event_request(pipeline: str) -> PackageEventRequest:
    return PackageEventRequest(event_reason="dup", pipeline=UUID(pipeline), user_id=1, user_email="a@example.com")


def test_an_unknown_pipeline_on_delete_or_recover_is_404(sim: StorageServiceSimulator, ss: StorageService) -> None:
    aip = sim.add_package("aip")
    unknown = "11111111-2222-4333-8444-555555555555"
    for ask in (ss.packages.request_deletion, ss.packages.request_recovery):
        with pytest.raises(errors.NotFoundError) as caught:
            ask(uuid=UUID(aip.uuid), body=event_request(unknown))
        assert caught.value.body == {"error_message": "Pipeline matching query does not exist."}
    replayed = replay(lambda r: answer(404, json.dumps({"error_message": "Sorry"}), "application/json"))
    with pytest.raises(errors.NotFoundError):
        replayed.packages.request_deletion(uuid=UUID(UUID_A), body=event_request(unknown))


def test_create_package_async_result_is_a_plain_dict(sim: StorageServiceSimulator, ss: StorageService) -> None:
    ss.packages.create_async(body=create_body(sim, [COMPRESSION_EVENT]))
    assert ss.last_response is not None
    location = ss.last_response.headers["Location"]
    sim.clock.advance(5)
    task = ss.wait_for_task(location, timeout=10)
    assert isinstance(task.result, dict)
    assert str(Package.from_dict(task.result).uuid) == UUID_A


def test_the_async_client_waits_for_an_async_task_as_the_sync_one_does(sim: StorageServiceSimulator) -> None:
    import asyncio

    from fonds import AsyncStorageService

    async def main() -> Any:
        async with AsyncStorageService(
            "http://ss.test", username="test", api_key="test", transport=sim.transport()
        ) as ss:
            await ss.packages.create_async(body=create_body(sim, [COMPRESSION_EVENT]))
            assert ss.last_response is not None
            sim.clock.advance(5)
            return await ss.wait_for_task(ss.last_response.headers["Location"], timeout=10)

    task = asyncio.run(main())
    assert task.completed
    assert str(Package.from_dict(task.result).uuid) == UUID_A


def test_object_events_fail_the_async_task_too(
    sim: StorageServiceSimulator, ss: StorageService, raw: httpx.Client
) -> None:
    sent = raw.post("/api/v2/file/async/", json=object_events_body(sim))
    assert sent.status_code == 202
    sim.clock.advance(5)
    task = ss.wait_for_task(sent.headers["Location"], timeout=10)
    assert (task.was_error, task.error) == (True, "Failed to extract compression details")


def test_the_typed_client_refuses_object_events_before_sending(
    sim: StorageServiceSimulator, ss: StorageService
) -> None:
    """What the old model let through (an event as an object), and what stores a package without its pointer
    file on a real server, is refused before anything is sent."""
    for create in (ss.packages.create, ss.packages.create_async):
        body = create_body(sim, [])
        body.events = [{"event_type": "compression"}]  # type: ignore[list-item]
        with pytest.raises(errors.InvalidArgument, match=r"body\.events\[0\] wants a list of .*, got an object"):
            create(body=body)
    assert UUID_A not in sim.packages


def test_old_servers_used_as_the_string_zero() -> None:
    location = Location.from_dict({"uuid": UUID_A, "purpose": "AS", "resource_uri": "/api/v2/location/x/", "used": "0"})
    assert location.used == "0"
    assert location.to_dict()["used"] == "0"
    assert Location.from_dict({**location.to_dict(), "used": 42}).used == 42


# -- the simulator's other differences from a real 0.23 (issue 16) -----------------------------------------------


def test_creates_echo_the_request_keys(raw: httpx.Client) -> None:
    body = {
        "uuid": "75981ce2-0fb6-4570-893a-a6cfaa9a77f0",
        "description": "Second",
        "api_key": "k",
        "api_username": "u",
        "create_default_locations": False,
    }
    created = raw.post("/api/v2/pipeline/", json=body).json()
    assert {k: created[k] for k in body} == body
    assert raw.get(f"/api/v2/pipeline/{body['uuid']}/").json().get("api_key") is None  # only the create echoes


def test_browse_gives_directories_only_an_object_count(sim: StorageServiceSimulator, raw: httpx.Client) -> None:
    listing = raw.get(f"/api/v2/location/{sim.defaults['TS'].uuid}/browse/").json()
    props = {base64.b64decode(k): v for k, v in listing["properties"].items()}
    assert props[b"sample-transfer"] == {"object count": 4}
    assert props[b"empty-dir"] == {"object count": 0}
    assert set(props[b"r\xe9sum\xe9.txt"]) == {"size"}


def test_spaces_carry_their_protocol_fields(raw: httpx.Client) -> None:
    body = {
        "access_protocol": "NFS",
        "path": "/mnt/nfs",
        "staging_path": "/tmp",
        "remote_name": "nas",
        "remote_path": "/export",
        "version": "nfs4",
        "manually_mounted": False,
    }
    uri = raw.post("/api/v2/space/", json=body).json()["resource_uri"]
    space = raw.get(uri).json()
    assert (space["remote_name"], space["remote_path"], space["version"], space["manually_mounted"]) == (
        "nas",
        "/export",
        "nfs4",
        False,
    )


def test_backlog_transfers_and_their_contents(sim: StorageServiceSimulator, raw: httpx.Client) -> None:
    transfer = sim.add_package("t", package_type="transfer")
    assert raw.get(f"/api/v2/file/{transfer.uuid}/").json()["stored_date"] is None
    row = {
        "relative_path": "t/objects/a.txt",
        "fileuuid": UUID_A,
        "accessionid": "",
        "sipuuid": transfer.uuid,
        "origin": sim.default_pipeline.uuid,
    }
    assert raw.put(f"/api/v2/file/{transfer.uuid}/contents/", json=[row]).status_code == 201
    assert raw.get(f"/api/v2/file/{transfer.uuid}/contents/").json()["files"][0]["checksum"] == ""
    deleted = raw.delete(f"/api/v2/file/{transfer.uuid}/contents/")
    assert deleted.status_code == 204
    assert "content-type" not in deleted.headers  # an empty 204 has no content type


def test_clearing_a_reingest_keeps_it_as_null(sim: StorageServiceSimulator, ss: StorageService) -> None:
    aip = sim.add_package("re")
    aip.misc_attributes["reingest_pipeline"] = sim.default_pipeline.uuid
    patched = ss.packages.clear_reingest(uuid=UUID(aip.uuid), body=PackageReingestPatch(reingest=None))
    assert patched.additional_properties["reingest"] is None
    assert patched.misc_attributes is not None
    assert patched.misc_attributes["reingest_pipeline"] is None


def test_the_related_packages_uuid_filter(sim: StorageServiceSimulator, ss: StorageService) -> None:
    aip, dip = sim.add_package("aip"), sim.add_package("dip", package_type="DIP")
    dip.related_packages.append(aip.uuid)
    assert [str(p.uuid) for p in ss.packages.list(related_packages_uuid=UUID(aip.uuid))] == [dip.uuid]
    assert list(ss.packages.list(related_packages_uuid=UUID(dip.uuid))) == []
