"""Answers checked after receiving: what a misbehaving server sends never comes back untyped, silently short or
repeated, or with a credential sent somewhere else."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fonds import ArchivesSpace, AsyncArchivesSpace, RetryPolicy, StorageService, errors

ONCE = RetryPolicy(attempts=1)
Handler = Callable[[httpx.Request], httpx.Response]


def aspace(handler: Handler, **options: Any) -> ArchivesSpace:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"session": "tok-123456"})
        return handler(request)

    return ArchivesSpace(
        "http://aspace.test", username="admin", password="pw", repo_id=2, retry=ONCE,
        transport=httpx.MockTransport(server), **options,
    )  # fmt: skip


def ss(handler: Handler) -> StorageService:
    return StorageService(
        "http://ss.test", username="d", api_key="k3y", retry=ONCE, transport=httpx.MockTransport(handler)
    )


def ao(n: int) -> dict[str, Any]:
    return {"jsonmodel_type": "archival_object", "uri": f"/repositories/2/archival_objects/{n}", "title": f"AO {n}"}


# --- bodies no parser can take ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 400, 404, 412, 500])
def test_json_nested_past_the_interpreters_limit_is_a_typed_error(status: int) -> None:
    deep = b"[" * 100_000
    client = aspace(lambda r: httpx.Response(status, content=deep, headers={"content-type": "application/json"}))
    with pytest.raises(errors.FondsError):
        client.accessions.get(id=1)


def test_a_login_answer_nested_too_deep_is_an_invalid_response() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"session":' + b"[" * 100_000)

    client = ArchivesSpace(
        "http://aspace.test", username="admin", password="pw", retry=ONCE, transport=httpx.MockTransport(server)
    )
    with pytest.raises(errors.InvalidResponse, match="no session token"):
        client.login()


@pytest.mark.parametrize("lead", [b"\n", b"  \r\n", b"\xef\xbb\xbf"])
def test_an_error_body_after_blank_lines_or_a_bom_is_an_error_answer(lead: bytes) -> None:
    body = lead + b'{"error": true, "message": "Cannot fetch"}'
    client = aspace(lambda r: httpx.Response(200, content=body))
    with pytest.raises(errors.ErrorAnswer, match="Cannot fetch"):
        client.accessions.get(id=1)


@pytest.mark.parametrize("token", ["sessTOKEN\x00secretvalue", "tok\ud800en-value", "tok en ", "tok-value\n"])
def test_a_login_token_that_cannot_travel_in_a_header_is_an_invalid_response_that_does_not_show_it(
    token: str, caplog: pytest.LogCaptureFixture
) -> None:
    import json

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"session": token}).encode())

    client = ArchivesSpace(
        "http://aspace.test", username="admin", password="pw", retry=ONCE, transport=httpx.MockTransport(server)
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.InvalidResponse, match="cannot travel") as caught:
        client.accessions.get(repo_id=2, id=1)
    shown = str(caught.value) + repr(caught.value) + caplog.text
    assert "secretvalue" not in shown
    assert "en-value" not in shown


# --- credentials stay with their server ----------------------------------------------------------------------------


def test_a_followed_redirect_to_another_server_carries_no_session_token() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"session": "tok-SECRET-123"})
        if request.url.host == "aspace.test":
            return httpx.Response(302, headers={"location": "http://elsewhere.example/x"})
        return httpx.Response(200, json=ao(1))

    http = httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True)
    client = ArchivesSpace("http://aspace.test", username="admin", password="pw", repo_id=2, http_client=http)
    client.archival_objects.get(id=1)
    away = [r for r in seen if r.url.host == "elsewhere.example"]
    assert away, "the redirect was not followed: the test would prove nothing"
    assert "X-ArchivesSpace-Session" not in away[0].headers
    home = [r for r in seen if r.url.host == "aspace.test" and not r.url.path.endswith("/login")]
    assert home[0].headers["X-ArchivesSpace-Session"] == "tok-SECRET-123"


# --- paging: nothing lost or repeated unnoticed --------------------------------------------------------------------


def aspace_pages(pages: dict[int, list[int]], total: int, last: int) -> ArchivesSpace:
    def server(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        body = {"first_page": 1, "last_page": last, "this_page": page, "total": total}
        return httpx.Response(200, json={**body, "results": [ao(n) for n in pages.get(page, [])]})

    return aspace(server)


def test_a_page_repeating_records_of_the_page_before_is_a_paging_error() -> None:
    # Page 2 repeats two records of page 1, as a listing does when records are added before it while it is read.
    client = aspace_pages({1: [1, 2, 3], 2: [2, 3, 4], 3: [5]}, total=7, last=3)
    got: list[str] = []
    with pytest.raises(errors.PagingError, match="repeats 2 record") as caught:
        got.extend(r.uri for r in client.archival_objects.list(page_size=3))
    assert caught.value.resume_page == 2


def test_a_page_holding_a_record_twice_is_a_paging_error() -> None:
    client = aspace_pages({1: [1, 1, 2]}, total=3, last=1)
    with pytest.raises(errors.PagingError, match="twice"):
        list(client.archival_objects.list(page_size=3))


def test_the_async_pager_refuses_repeated_records_too() -> None:
    import asyncio

    def server(request: httpx.Request) -> httpx.Response:
        if "page" not in request.url.params:  # the logout as the client closes
            return httpx.Response(200, json={"status": "session logged out"})
        page = int(request.url.params["page"])
        results = [ao(n) for n in {1: [1, 2], 2: [2, 3], 3: [4]}[page]]
        return httpx.Response(200, json={"last_page": 3, "this_page": page, "total": 5, "results": results})

    def login_or(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"session": "tok-123456"})
        return server(request)

    async def main() -> None:
        async with AsyncArchivesSpace(
            "http://aspace.test", username="admin", password="pw", repo_id=2, retry=ONCE,
            transport=httpx.MockTransport(login_or),
        ) as client:  # fmt: skip
            async for _ in client.archival_objects.list(page_size=2, concurrency=3):
                pass

    with pytest.raises(errors.PagingError, match="repeats"):
        asyncio.run(main())


@pytest.mark.parametrize(
    ("answer", "match"), [({"total": -1, "last_page": 1}, "-1 records"), ({"total": 2, "last_page": 0}, "0 pages")]
)
def test_a_page_with_an_impossible_total_or_last_page_is_a_paging_error(answer: dict[str, int], match: str) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**answer, "this_page": 1, "results": [ao(1), ao(2)]})

    with pytest.raises(errors.PagingError, match=match):
        list(aspace(server).archival_objects.list(page_size=2))


def package(n: int) -> dict[str, Any]:
    uuid = f"00000000-0000-4000-8000-{n:012d}"
    return {"uuid": uuid, "resource_uri": f"/api/v2/file/{uuid}/", "package_type": "AIP", "status": "UPLOADED"}


def tastypie(answers: Callable[[int], tuple[int, list[int]]], total: int) -> StorageService:
    def server(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        answered_offset, numbers = answers(offset)
        meta = {"limit": 2, "offset": answered_offset, "total_count": total, "next": None, "previous": None}
        return httpx.Response(200, json={"meta": meta, "objects": [package(n) for n in numbers]})

    return ss(server)


def test_a_package_listing_answering_the_wrong_offset_is_a_paging_error() -> None:
    client = tastypie(lambda offset: (0, [0, 1]), total=4)  # every page is page 1 again
    with pytest.raises(errors.PagingError, match="offset"):
        list(client.packages.list(page_size=2))


def test_a_package_listing_whose_last_page_is_short_is_a_paging_error() -> None:
    client = tastypie(lambda offset: (offset, [offset, offset + 1] if offset == 0 else [2]), total=4)
    with pytest.raises(errors.PagingError, match="last page"):
        list(client.packages.list(page_size=2))


def test_a_package_listing_still_skips_what_the_server_cannot_serialize_without_a_paging_error() -> None:
    unserializable = "Package has an empty attribute 'origin_pipeline' and doesn't allow a null value."

    def server(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        meta = {"limit": limit, "offset": offset, "total_count": 4}
        if limit > 1 and offset == 0:
            return httpx.Response(400, text=unserializable)
        if limit == 1 and offset == 1:
            return httpx.Response(400, text=unserializable)
        numbers = list(range(offset, min(offset + limit, 4)))
        return httpx.Response(200, json={"meta": meta, "objects": [package(n) for n in numbers]})

    listed = [p.uuid for p in ss(server).packages.list(page_size=2)]
    assert [str(u)[-1] for u in listed] == ["0", "2", "3"]


# --- get_many and ids ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "match"),
    [
        ([ao(1), ao(1), ao(2)], "twice"),
        ([ao(1), ao(99)], "not asked for"),
        ([1, 2], "not asked for"),
        ({"results": []}, "not a list of records"),
    ],
)
def test_a_get_many_answer_with_records_twice_or_not_asked_for_is_an_invalid_response(
    answer: object, match: str
) -> None:
    client = aspace(lambda r: httpx.Response(200, json=answer))
    with pytest.raises(errors.InvalidResponse, match=match):
        list(client.archival_objects.get_many(ids=[1, 2]))


def test_get_many_gives_the_records_in_the_order_asked_leaving_out_those_the_server_has_not() -> None:
    client = aspace(lambda r: httpx.Response(200, json=[ao(3), ao(1)]))
    assert [r.uri for r in client.archival_objects.get_many(ids=[1, 2, 3])] == [
        "/repositories/2/archival_objects/1",
        "/repositories/2/archival_objects/3",
    ]


@pytest.mark.parametrize(("answer", "match"), [([1, 1, 2], "twice"), ([-5, 0, 3], "below 1")])
def test_an_ids_answer_with_an_id_twice_or_below_one_is_an_invalid_response(answer: list[int], match: str) -> None:
    client = aspace(lambda r: httpx.Response(200, json=answer))
    with pytest.raises(errors.InvalidResponse, match=match):
        client.archival_objects.ids()


# --- search, tasks, downloads --------------------------------------------------------------------------------------


def test_facet_counts_that_are_not_numbers_are_a_record_error_and_note_nothing() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        facets = {"facet_fields": {"level": ["file", "abc"]}}
        page = {"first_page": 1, "last_page": 1, "this_page": 1, "total_hits": 0, "results": [], "facets": facets}
        return httpx.Response(200, json=page)

    results = aspace(server).search("x", facet=["level"])
    with pytest.raises(errors.RecordError, match=r"facet_fields\.level"):
        results.facets  # noqa: B018
    with pytest.raises(errors.RecordError):
        results.total_hits  # noqa: B018 - nothing was noted from the page that failed


def test_a_task_location_with_an_absurd_id_is_refused() -> None:
    with pytest.raises(errors.InvalidArgument, match="location"):
        ss(lambda r: httpx.Response(200, json={})).wait_for_task("/api/v2/async/" + "9" * 5000 + "/")


@pytest.mark.parametrize(
    "disposition", ["attachment; filename*=UTF-8''a%00b.7z", 'attachment; filename="' + "n" * 300 + '.7z"']
)
def test_a_download_name_no_file_system_takes_falls_back_to_the_uuid(tmp_path: Path, disposition: str) -> None:
    uuid = "0f0e0d0c-0b0a-4908-8706-050403020100"

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"7z-bytes", headers={"content-disposition": disposition})

    written = ss(server).packages.download(uuid=uuid, to=tmp_path)
    assert written.parent == tmp_path
    assert uuid in written.name
    assert written.read_bytes() == b"7z-bytes"


def test_a_download_onto_a_folder_is_a_download_error_leaving_nothing(tmp_path: Path) -> None:
    (tmp_path / "MyAIP.7z").mkdir()

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"7z-bytes", headers={"content-disposition": 'attachment; filename="MyAIP.7z"'}
        )

    with pytest.raises(errors.DownloadError, match="could not be written"):
        ss(server).packages.download(uuid="0f0e0d0c-0b0a-4908-8706-050403020100", to=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["MyAIP.7z"]


def test_a_sync_login_whose_headers_drip_in_is_cut_at_the_call_timeout() -> None:
    import socket
    import threading
    import time

    server = socket.create_server(("127.0.0.1", 0))
    sent = [0]
    head = b"HTTP/1.1 200 OK\r\n" + b"X-Pad: p\r\n" * 40 + b"Content-Length: 18\r\n\r\n" + b'{"session":"abcd"}'

    def drip() -> None:
        connection, _ = server.accept()
        connection.recv(65536)
        try:
            for byte in head:  # one byte every 20 ms: each read is well inside timeout=2, the whole takes 9 s
                time.sleep(0.02)
                connection.sendall(bytes([byte]))
                sent[0] += 1
        except OSError:  # the client hung up: what it should do at its deadline
            pass
        finally:
            connection.close()

    threading.Thread(target=drip, daemon=True).start()
    port = server.getsockname()[1]
    client = ArchivesSpace(
        f"http://127.0.0.1:{port}", username="u", password="p", timeout=2, call_timeout=0.5, retry=ONCE
    )
    with pytest.raises(errors.CallTimeout):
        client.login()
    # Cut at 0.5 s, about 25 bytes in; without the deadline on each read, only once the headers were whole.
    assert sent[0] < len(head) // 2
    server.close()


def test_a_package_record_whose_size_cannot_be_read_does_not_stop_its_download(tmp_path: Path) -> None:
    uuid = "0f0e0d0c-0b0a-4908-8706-050403020100"

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/download/"):
            return httpx.Response(
                200, content=b"7z-bytes", headers={"content-disposition": 'attachment; filename="a.7z"'}
            )
        record = {**package(1), "uuid": uuid, "size": "a lot", "current_path": "a.7z"}
        return httpx.Response(200, json=record)

    assert ss(server).packages.download(uuid, to=tmp_path).read_bytes() == b"7z-bytes"


def test_a_transfer_status_naming_a_sip_that_is_not_a_uuid_is_an_invalid_response() -> None:
    from fonds import Archivematica

    transfer = "2b5c3f0e-0000-4000-8000-000000000000"

    def server(request: httpx.Request) -> httpx.Response:
        status = {
            "status": "COMPLETE",
            "sip_uuid": "../../etc",
            "microservice": "Move to SIP creation",
            "uuid": transfer,
        }
        return httpx.Response(200, json={**status, "name": "photos", "type": "transfer", "directory": "photos"})

    am = Archivematica("http://am.test", username="d", api_key="k3y", retry=ONCE, transport=httpx.MockTransport(server))
    with pytest.raises(errors.InvalidResponse, match="not a UUID"):
        am.transfers.follow(transfer).status()


def test_an_error_answer_whose_body_cannot_be_decoded_is_still_the_statuss_error() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, stream=httpx.ByteStream(b"not gzip at all"), headers={"content-encoding": "gzip"})

    with pytest.raises(errors.NotFoundError, match="could not be decoded"):
        aspace(server).accessions.get(id=1)


def test_search_hits_are_told_apart_by_their_solr_id_not_their_uri() -> None:
    # A record's staff and public documents share a uri; their Solr ids differ: both are hits, no PagingError.
    uri = "/repositories/2/resources/1"
    docs = [
        {"id": uri, "uri": uri, "primary_type": "resource", "types": ["resource"], "json": "{}"},
        {"id": uri + "#pui", "uri": uri, "primary_type": "resource", "types": ["pui"], "json": "{}"},
    ]

    def server(request: httpx.Request) -> httpx.Response:
        page = {"first_page": 1, "last_page": 1, "this_page": 1, "total_hits": 2, "results": docs}
        return httpx.Response(200, json=page)

    assert len(list(aspace(server).search("x"))) == 2
