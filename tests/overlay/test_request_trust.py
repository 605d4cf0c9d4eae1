"""Requests checked before sending: secrets that never show, bodies that are sent whole or not sent again, base
URLs and header values refused with a typed error before anything leaves."""

from __future__ import annotations

import asyncio
import io
import logging
import uuid
from pathlib import Path

import httpx
import pytest
from fonds import Archivematica, ArchivesSpace, AsyncStorageService, RetryPolicy, StorageService, errors
from storage_service_api.types import File

UUID = uuid.UUID("0f0e0d0c-0b0a-4908-8706-050403020100")
RETRY_POSTS = RetryPolicy(attempts=3, initial=0, maximum=0, unsafe=True)
PAYLOAD = b"PK\x03\x04" + bytes(range(256)) * 40  # 10 KiB: more than one httpx read chunk is not needed


# --- secrets -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [" k3y-with-space", "k3y-with-space ", "  "])
def test_an_api_key_with_a_space_at_an_end_is_refused_without_being_shown(key: str) -> None:
    with pytest.raises(errors.InvalidArgument, match="api_key") as caught:
        Archivematica("http://am.test", username="demo", api_key=key)
    assert key.strip() not in str(caught.value) + repr(caught.value) or not key.strip()


def test_a_session_token_with_a_space_at_an_end_is_refused_without_being_shown() -> None:
    with pytest.raises(errors.InvalidArgument, match="session_token") as caught:
        ArchivesSpace("http://aspace.test", session_token="abcdef-token ")
    assert "abcdef-token" not in str(caught.value)


def test_a_transport_error_quoting_a_secret_is_masked() -> None:
    key = "s3cret-api-key-123"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'ApiKey demo:{key}'")

    ss = StorageService(
        "http://ss.test",
        username="demo",
        api_key=key,
        retry=RetryPolicy(attempts=1),
        transport=httpx.MockTransport(refuse),
    )
    with pytest.raises(errors.TransportError) as caught:
        ss.packages.get(uuid=UUID)
    assert key not in str(caught.value) + repr(caught.value)
    assert "***" in str(caught.value)


def test_a_one_time_login_token_never_shows_in_logs_errors_or_paths(caplog: pytest.LogCaptureFixture) -> None:
    token = "one-time-reset-token-4711"

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"error": f"token {token} has expired"})

    aspace = ArchivesSpace(
        "http://aspace.test",
        session_token="abc123",
        retry=RetryPolicy(attempts=1),
        transport=httpx.MockTransport(server),
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.AccessDenied) as caught:
        aspace.users.login_with_token(username="admin", token=token)
    exc = caught.value
    shown = [str(exc), repr(exc), str(exc.path), str(exc.body), caplog.text]
    assert not [text for text in shown if token in text]
    assert exc.path == "/users/admin/***"


def test_httpx_own_request_lines_do_not_show_a_new_users_password(caplog: pytest.LogCaptureFixture) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "Created", "id": 5, "lock_version": 0, "uri": "/users/5"})

    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", transport=httpx.MockTransport(server))
    from archivesspace_api.models import User

    with caplog.at_level(logging.INFO, logger="httpx"):
        aspace.users.create(body=User(username="new", name="New"), password="hunter2-long")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines, "httpx logged nothing: the test would prove nothing"
    assert not [line for line in lines if "hunter2-long" in line]
    assert any("password=***" in line for line in lines)


# --- bodies read from files -------------------------------------------------------------------------------------


class Pipe(io.RawIOBase):
    """A body that cannot seek back: what a pipe or a socket is."""

    def __init__(self, data: bytes) -> None:
        self._left = data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        size = min(len(buffer), len(self._left))
        buffer[:size], self._left = self._left[:size], self._left[size:]
        return size


def flaky_upload_server(received: list[bytes], failures: int = 1) -> httpx.MockTransport:
    def server(request: httpx.Request) -> httpx.Response:
        received.append(request.read())
        if len(received) <= failures:
            return httpx.Response(503, text="busy")
        return httpx.Response(201, content=b"")

    return httpx.MockTransport(server)


def sword(ss: StorageService, payload: object) -> None:
    ss.packages.add_sword_media(
        uuid=UUID, content_disposition="attachment; filename=bag.zip", body=File(payload=payload)
    )


def test_a_retried_upload_from_a_file_sends_the_whole_file_each_time(tmp_path: Path) -> None:
    path = tmp_path / "bag.zip"
    path.write_bytes(PAYLOAD)
    received: list[bytes] = []
    ss = StorageService(
        "http://ss.test", username="d", api_key="k3y", retry=RETRY_POSTS, transport=flaky_upload_server(received)
    )
    with path.open("rb") as handle:
        handle.read(4)  # a body may start where the caller left the file: that is where each send starts
        sword(ss, handle)
    assert received == [PAYLOAD[4:], PAYLOAD[4:]]


def test_an_upload_that_cannot_be_rewound_is_sent_once_and_not_retried() -> None:
    received: list[bytes] = []
    ss = StorageService(
        "http://ss.test", username="d", api_key="k3y", retry=RETRY_POSTS, transport=flaky_upload_server(received)
    )
    with pytest.raises(errors.ServerError):
        sword(ss, io.BufferedReader(Pipe(PAYLOAD)))
    assert received == [PAYLOAD]


def test_a_closed_file_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "bag.zip"
    path.write_bytes(PAYLOAD)
    received: list[bytes] = []
    ss = StorageService("http://ss.test", username="d", api_key="k3y", transport=flaky_upload_server(received, 0))
    handle = path.open("rb")
    handle.close()
    with pytest.raises(errors.InvalidArgument, match="closed file"):
        sword(ss, handle)
    assert received == []


def test_the_async_client_rewinds_an_upload_from_a_file_too(tmp_path: Path) -> None:
    path = tmp_path / "bag.zip"
    path.write_bytes(PAYLOAD)
    received: list[bytes] = []

    async def server(request: httpx.Request) -> httpx.Response:
        received.append(await request.aread())
        return httpx.Response(503 if len(received) == 1 else 201, content=b"")

    async def main() -> None:
        async with AsyncStorageService(
            "http://ss.test", username="d", api_key="k3y", retry=RETRY_POSTS, transport=httpx.MockTransport(server)
        ) as ss:
            with path.open("rb") as handle:
                await ss.packages.add_sword_media(
                    uuid=UUID, content_disposition="attachment; filename=bag.zip", body=File(payload=handle)
                )

    asyncio.run(main())
    assert received == [PAYLOAD, PAYLOAD]


def expiring_aspace(received: list[bytes]) -> ArchivesSpace:
    logins = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            logins.append(1)
            return httpx.Response(200, json={"session": f"token-{len(logins)}"})
        received.append(request.read())
        if request.headers["X-ArchivesSpace-Session"] == "token-1":
            return httpx.Response(412, json={"code": "SESSION_GONE", "error": "No session found"})
        return httpx.Response(200, json={"status": "Created", "id": 1, "lock_version": 0, "uri": "/jobs/1"})

    return ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", repo_id=2, transport=httpx.MockTransport(server)
    )


def job_with(payload: object) -> object:
    from archivesspace_api.models import JobWithFilesForm
    from archivesspace_api.types import File as AspaceFile

    return JobWithFilesForm(job='{"jsonmodel_type": "job"}', files=[AspaceFile(payload=payload, file_name="ead.xml")])


def test_a_session_renewal_replays_a_job_whose_file_can_be_rewound(tmp_path: Path) -> None:
    path = tmp_path / "ead.xml"
    path.write_bytes(b"<ead>" + b"x" * 5000 + b"</ead>")
    received: list[bytes] = []
    aspace = expiring_aspace(received)
    with path.open("rb") as handle:
        aspace.jobs.create_with_files(body=job_with(handle))
    assert len(received) == 2
    assert received[0] == received[1]
    assert path.read_bytes() in received[1]


def test_a_session_renewal_does_not_replay_a_body_it_cannot_send_again() -> None:
    received: list[bytes] = []
    aspace = expiring_aspace(received)
    with pytest.raises(errors.SessionExpired):
        aspace.jobs.create_with_files(body=job_with(io.BufferedReader(Pipe(b"<ead></ead>"))))
    assert len(received) == 1


# --- base URLs and header values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://aspace.test/?x=1", "query or fragment"),
        ("http://aspace.test/#top", "query or fragment"),
        ("http://aspace.test?", "query or fragment"),
        ("ftp://aspace.test", "http:// or https://"),
        ("aspace.test:8089", "http:// or https://"),
        ("http://", "http:// or https://"),
        ("http://admin:pa55word@aspace.test", "user name or password"),
        ("http://aspace.test:notaport", "not a URL"),
        ("http://aspace.te\nst", "not a URL"),
    ],
)
def test_a_base_url_that_would_go_wrong_is_a_configuration_error(url: str, message: str) -> None:
    for make in (
        lambda: ArchivesSpace(url, session_token="abc123"),
        lambda: StorageService(url, username="d", api_key="k3y"),
    ):
        with pytest.raises(errors.ConfigurationError, match=message) as caught:
            make()
        assert "pa55word" not in str(caught.value)


def test_a_base_url_copied_with_its_line_end_works_and_a_non_text_one_is_refused() -> None:
    assert ArchivesSpace("http://aspace.test:8089/\n", session_token="abc123").url == "http://aspace.test:8089/"
    assert StorageService(httpx.URL("http://ss.test"), username="d", api_key="k3y").url == "http://ss.test"
    with pytest.raises(errors.ConfigurationError, match="must be text"):
        ArchivesSpace(8089, session_token="abc123")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [" attachment; filename=bag.zip", "attachment; filename=bag.zip\t"])
def test_a_header_value_with_a_space_at_an_end_is_refused_before_sending(value: str) -> None:
    received: list[bytes] = []
    ss = StorageService("http://ss.test", username="d", api_key="k3y", transport=flaky_upload_server(received, 0))
    with pytest.raises(errors.InvalidArgument, match="content_disposition"):
        ss.packages.add_sword_media(uuid=UUID, content_disposition=value, body=File(payload=b"x"))
    assert received == []


@pytest.mark.parametrize(
    ("payload", "found"),
    [
        (None, "NoneType"),
        (5, "int"),
        (["a"], "list"),
        (io.StringIO("a,b"), "text mode"),
        ("a\ud800b", "lone surrogate"),
        ((b for b in [b"x"]), "generator"),
    ],
)
def test_a_file_body_that_is_not_bytes_text_or_a_binary_file_is_refused_before_sending(
    payload: object, found: str
) -> None:
    received: list[bytes] = []
    ss = StorageService("http://ss.test", username="d", api_key="k3y", transport=flaky_upload_server(received, 0))
    with pytest.raises(errors.InvalidArgument, match=found):
        sword(ss, payload)
    assert received == []


# --- JSON bodies ------------------------------------------------------------------------------------------------


def created_server(sent: list[bytes]) -> httpx.MockTransport:
    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"status": "Created", "id": 1, "lock_version": 0, "uri": "/x"})

    return httpx.MockTransport(server)


def cyclic() -> list[object]:
    value: list[object] = []
    value.append(value)
    return value


@pytest.mark.parametrize(
    ("title", "found"),
    [
        (float("nan"), "got nan"),
        (float("-inf"), "got -inf"),
        (b"bytes", "got bytes"),
        ({1, 2}, "got set"),
        (object(), "got object"),
        ("a\ud800b", "lone surrogate"),
        (10**5000, "4,300 digits"),
        ({(1, 2): "x"}, "key of type tuple"),
        ({"deep": [1, {"x": float("inf")}]}, "got inf"),
        (cyclic(), "cycle"),
    ],
    ids=["nan", "-inf", "bytes", "set", "object", "surrogate", "huge-int", "tuple-key", "nested-inf", "cycle"],
)
def test_a_body_value_json_cannot_carry_is_refused_naming_where_it_is(title: object, found: str) -> None:
    from archivesspace_api.models import Accession

    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    body = Accession(title="t", id_0="1", accession_date="2020-01-01")
    body.additional_properties["x_plugin_field"] = title  # (an unknown key: any JSON value, so JSON is the check)
    with pytest.raises(errors.InvalidArgument, match=found) as caught:
        aspace.accessions.create(body=body)
    where = "body" if found == "cycle" else "body.x_plugin_field"  # (a cycle never ends its to_dict())
    assert str(caught.value).startswith(f"create_accession: {where}")
    assert sent == []


# --- body fields checked against their types ---------------------------------------------------------------------


def _accession(**fields: object) -> object:
    from archivesspace_api.models import Accession

    return Accession(**{"id_0": "1", "accession_date": "2020-01-01", **fields})  # type: ignore[arg-type]


def _extent() -> object:
    from archivesspace_api.models import Extent

    return Extent(portion="whole", number="1", extent_type="linear_feet")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": 5}, "body.title wants a string, got an integer"),
        ({"title": float("nan")}, "body.title wants a string, got a number"),
        ({"publish": "yes"}, "body.publish wants a boolean, got a string"),
        ({"publish": 1}, "body.publish wants a boolean, got an integer"),
        ({"dates": "1990"}, r"body.dates wants a list of an object \(Date\), got a string"),
        ({"dates": [5]}, r"body.dates\[0\] wants an object \(Date\), got an integer"),
        ({"dates": ["extent"]}, r"body.dates\[0\] wants an object \(Date\), got a string"),
        ({"extents": [_extent()], "dates": [_extent()]}, r"body.dates\[0\] wants .*got a record \(Extent\)"),
        ({"jsonmodel_type": "resource"}, "body.jsonmodel_type wants 'accession'"),
    ],
    ids=["int-title", "nan-title", "text-bool", "int-bool", "text-list", "int-item", "text-item", "record", "tag"],
)
def test_a_body_field_holding_another_type_is_refused_before_sending(fields: dict[str, object], message: str) -> None:
    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    with pytest.raises(errors.InvalidArgument, match=f"create_accession: {message}"):
        aspace.accessions.create(body=_accession(**fields))  # type: ignore[arg-type]
    assert sent == []


def test_a_secret_in_a_refused_field_is_not_shown() -> None:
    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    with pytest.raises(errors.InvalidArgument) as caught:
        aspace.accessions.create(body=_accession(title=["hunter2-secret"]))  # type: ignore[arg-type]
    assert "hunter2" not in str(caught.value)
    assert sent == []


class _Unhashable:
    def __hash__(self) -> int:
        raise ValueError("no hash")


def test_a_value_whose_hash_raises_is_refused_typed() -> None:
    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    with pytest.raises(errors.InvalidArgument, match=r"body\.jsonmodel_type wants 'accession', got _Unhashable"):
        aspace.accessions.create(body=_accession(jsonmodel_type=_Unhashable()))  # type: ignore[arg-type]
    assert sent == []


def test_values_the_wire_takes_pass_the_body_check() -> None:
    from archivesspace_api.models import Date

    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    body = _accession(
        title=None,  # (the server judges a null)
        user_mtime="2020-03-19 13:14:44 UTC",  # a timestamp as text
        dates=[Date(date_type="single", label="creation", begin="1990"), {"jsonmodel_type": "date", "x": 1}],
        lock_version="0",  # (int or text in the spec)
    )
    aspace.accessions.create(body=body)  # type: ignore[arg-type]
    assert len(sent) == 1


def record_server(record: dict[str, object], sent: list[bytes]) -> httpx.MockTransport:
    import json

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json=record)
        sent.append(request.content)
        return httpx.Response(200, json={"status": "Updated", "id": 1, "lock_version": 1, "uri": record["uri"]})

    assert json.dumps(record)  # (plain JSON)
    return httpx.MockTransport(server)


OLD_ACCESSION: dict[str, object] = {
    "jsonmodel_type": "accession",
    "uri": "/repositories/2/accessions/1",
    "id_0": "1",
    "accession_date": "2020-01-01",
    "title": "Letters",
    "publish": "true",  # what some older server wrote: a boolean field as text
    "dates": [{"jsonmodel_type": "date", "date_type": "single", "label": "creation", "begin": 1990}],
    "lock_version": 0,
}


def test_a_record_an_older_server_sent_goes_back_unchanged_but_for_the_change() -> None:
    import json

    sent: list[bytes] = []
    aspace = ArchivesSpace(
        "http://aspace.test", session_token="abc123", repo_id=2, transport=record_server(OLD_ACCESSION, sent)
    )
    record = aspace.accessions.get(id=1)
    with pytest.raises(errors.RecordError):
        record.publish  # noqa: B018 (the damaged field raises when read...)
    record.title = "Letters, 1990"
    aspace.accessions.update(id=1, body=record)  # (...and is sent back as it came)
    assert json.loads(sent[0]) == {**OLD_ACCESSION, "title": "Letters, 1990"}
    record.dates[0].begin = 1991  # a change of the wrong type, where the server's own value was one too
    with pytest.raises(errors.InvalidArgument, match=r"update_accession: body.dates\[0\].begin wants a string"):
        aspace.accessions.update(id=1, body=record)
    assert len(sent) == 1


def test_a_record_changed_deep_to_another_type_is_refused_before_sending() -> None:
    sent: list[bytes] = []
    good = {**OLD_ACCESSION, "publish": True, "dates": [{**OLD_ACCESSION["dates"][0], "begin": "1990"}]}  # type: ignore[index]
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=record_server(good, sent))
    record = aspace.accessions.get(id=1)
    record.dates[0].begin = 1990  # type: ignore[assignment]
    with pytest.raises(errors.InvalidArgument, match=r"body.dates\[0\].begin wants a string, got an integer"):
        aspace.accessions.update(id=1, body=record)
    record.dates[0].begin = "1990"
    record.publish = "false"  # type: ignore[assignment]
    with pytest.raises(errors.InvalidArgument, match=r"body\.publish wants a boolean, got a string"):
        aspace.accessions.update(id=1, body=record)
    assert sent == []


def test_a_json_body_goes_as_the_bytes_httpx_would_send() -> None:
    from archivesspace_api.models import Accession

    sent: list[bytes] = []
    aspace = ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=created_server(sent))
    body = Accession(title="Étude «1»", id_0="1", accession_date="2020-01-01")
    aspace.accessions.create(body=body)
    assert sent == [httpx.Request("POST", "http://x", json=body.to_dict()).read()]
    assert aspace.last_response is not None
    assert aspace.last_response.request.headers["content-type"] == "application/json"


# --- list, paging and polling arguments ---------------------------------------------------------------------------


def recording_aspace(sent: list[httpx.Request]) -> ArchivesSpace:
    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"jsonmodel_type": "accession", "uri": "/repositories/2/accessions/1"})

    return ArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2, transport=httpx.MockTransport(server))


@pytest.mark.parametrize("resolve", ["subjects", 5, b"subjects", {"subjects": 1}])
def test_a_resolve_that_is_not_a_list_is_refused_not_split_into_characters(resolve: object) -> None:
    sent: list[httpx.Request] = []
    aspace = recording_aspace(sent)
    with pytest.raises(errors.InvalidArgument, match="resolve wants a list of text"):
        aspace.get("/repositories/2/accessions/1", resolve=resolve)  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgument, match="resolve wants a list of text"):
        aspace.by_external_id.records(eid="ocm1", resolve=resolve)  # type: ignore[arg-type]
    assert sent == []
    aspace.get("/repositories/2/accessions/1", resolve=("subjects",))
    assert sent[-1].url.params.get_list("resolve[]") == ["subjects"]


@pytest.mark.parametrize("item", [None, b"resource", 5, object()])
def test_a_search_list_item_that_is_not_text_is_refused_not_stringified(item: object) -> None:
    sent: list[httpx.Request] = []
    aspace = recording_aspace(sent)
    with pytest.raises(errors.InvalidArgument, match=r"type wants a list of strings.*item 1"):
        aspace.search.all(page=1, q="x", type=["resource", item])  # type: ignore[list-item]
    with pytest.raises(errors.InvalidArgument, match=r"fields wants a list of strings.*item 0"):
        list(aspace.search("x", fields=[item]))  # type: ignore[list-item]
    assert sent == []


@pytest.mark.parametrize("bad", ["100", None, 2.5, True, 0])
def test_paging_options_that_are_not_whole_numbers_are_refused(bad: object) -> None:
    sent: list[httpx.Request] = []
    aspace = recording_aspace(sent)
    for name, call in [
        ("page_size", lambda: aspace.accessions.list(page_size=bad)),
        ("start_page", lambda: aspace.accessions.list(start_page=bad)),
        ("page_size", lambda: list(aspace.search("x", page_size=bad))),
    ]:
        with pytest.raises(errors.InvalidArgument, match=f"{name} wants an integer >= 1"):
            call()
    assert sent == []


def test_async_concurrency_that_is_not_a_whole_number_is_refused() -> None:
    from fonds import AsyncArchivesSpace

    aspace = AsyncArchivesSpace("http://aspace.test", session_token="abc123", repo_id=2)
    for bad in ("8", None, 0):
        with pytest.raises(errors.InvalidArgument, match="concurrency wants an integer >= 1"):
            aspace.accessions.list(concurrency=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("ids", [None, 5, "123", {1: 2}])
def test_get_many_with_ids_that_are_not_a_list_is_refused(ids: object) -> None:
    sent: list[httpx.Request] = []
    aspace = recording_aspace(sent)
    with pytest.raises(errors.InvalidArgument, match="ids wants an iterable of record ids"):
        list(aspace.accessions.get_many(ids=ids))  # type: ignore[arg-type]
    assert sent == []


@pytest.mark.parametrize("timeout", ["600", True, 0, -1, float("nan")])
def test_a_poll_timeout_that_is_not_seconds_above_zero_is_refused_before_the_first_poll(timeout: object) -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"completed": True})

    ss = StorageService("http://ss.test", username="d", api_key="k3y", transport=httpx.MockTransport(server))
    with pytest.raises(errors.InvalidArgument, match="timeout wants a number of seconds above 0"):
        ss.wait_for_task("/api/v2/async/12/", timeout=timeout)  # type: ignore[arg-type]
    assert sent == []


# --- advanced queries ---------------------------------------------------------------------------------------------


def test_query_builders_refuse_what_the_server_could_not_read() -> None:
    from fonds.archivesspace import query as Q

    for build, where in [
        (lambda: Q.field(None, "x"), "field"),  # type: ignore[arg-type]
        (lambda: Q.field("title", 5), "value"),  # type: ignore[arg-type]
        (lambda: Q.field("title", "x", comparator="bogus"), "comparator"),  # type: ignore[arg-type]
        (lambda: Q.boolean("publish", "yes"), "value"),  # type: ignore[arg-type]
        (lambda: Q.date("create_time", "Jan 2024"), "value"),
        (lambda: Q.date("create_time", "2024", precision="week"), "precision"),  # type: ignore[arg-type]
        (lambda: Q.field("title", "x") & 5, r"subqueries\[1\]"),  # type: ignore[operator]
        (lambda: 5 | Q.field("title", "x"), r"subqueries\[0\]"),  # type: ignore[operator]
        (lambda: Q.to_aq("title:x"), "query"),  # type: ignore[arg-type]
    ]:
        with pytest.raises(errors.InvalidArgument, match=where):
            build()


def test_query_builders_take_dates_and_whole_years_as_the_server_writes_them() -> None:
    import datetime as dt

    from fonds.archivesspace import query as Q

    assert Q.date("create_time", dt.date(2024, 3, 5)).value == "2024-03-05"
    assert Q.date("create_time", dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone.utc)).value == "2024-03-05"
    assert Q.between("year", 1900, 1950).to_dict() == {
        "jsonmodel_type": "range_query",
        "field": "year",
        "from": "1900",
        "to": "1950",
    }


# --- Archivematica and Storage Service helpers ------------------------------------------------------------------


def recording_am(sent: list[httpx.Request]) -> Archivematica:
    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "2b5c3f0e-0000-4000-8000-000000000000"})

    return Archivematica("http://am.test", username="d", api_key="k3y", transport=httpx.MockTransport(server))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"type": "bogus"}, "type wants one of"),
        ({"type": None}, "type wants one of"),
        ({"name": None}, "name wants non-empty text"),
        ({"name": ""}, "name wants non-empty text"),
        ({"name": "a\ud800"}, "name wants text that can be encoded"),
        ({"path": "incoming/photos"}, "path wants base64"),
        ({"path": b"aW4="}, "path wants non-empty text"),
        ({"processing_config": float("nan")}, "processing_config wants non-empty text"),
        ({"accession": 5}, "accession wants non-empty text"),
        ({"auto_approve": "yes"}, "auto_approve wants True or False"),
    ],
)
def test_a_transfer_start_with_a_bad_argument_is_refused_before_sending(change: dict[str, object], where: str) -> None:
    from fonds import ss_location_path

    sent: list[httpx.Request] = []
    am = recording_am(sent)
    arguments: dict[str, object] = {"name": "photos", "path": ss_location_path(str(UUID), "incoming/photos")}
    with pytest.raises(errors.InvalidArgument, match=where):
        am.transfers.start(**{**arguments, **change})  # type: ignore[arg-type]
    assert sent == []
    am.transfers.start(**arguments, type="zipped bag")  # type: ignore[arg-type]
    assert b'"type":"zipped bag"' in sent[-1].content


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (5, "got int"),
        (None, "got NoneType"),
        ([b"a"], "got list"),
        ("a\ud800", "lone surrogate"),
        (File(payload=5), "got int"),
    ],
)
def test_validate_csv_refuses_a_body_that_is_not_a_csv_document(body: object, found: str) -> None:
    sent: list[httpx.Request] = []
    am = recording_am(sent)
    with pytest.raises(errors.InvalidArgument, match=found):
        am.validators.validate_csv(validator="rights", body=body)  # type: ignore[arg-type]
    assert sent == []


def test_validate_csv_takes_bytes_text_and_files() -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"valid": True})

    am = Archivematica("http://am.test", username="d", api_key="k3y", transport=httpx.MockTransport(server))
    for body in (
        b"file,basis\n",
        "file,basis\n",
        bytearray(b"file,basis\n"),
        File(payload=io.BytesIO(b"file,basis\n")),
    ):
        assert am.validators.validate_csv(validator="rights", body=body).valid  # type: ignore[arg-type]
        assert sent[-1].content == b"file,basis\n"


@pytest.mark.parametrize(("path", "found"), [(None, "NoneType"), (5, "int"), ("a\ud800", "lone surrogate")])
def test_ss_location_path_refuses_a_path_that_is_not_text_or_bytes(path: object, found: str) -> None:
    from fonds import ss_location_path

    with pytest.raises(errors.InvalidArgument, match=found):
        ss_location_path(UUID, path)  # type: ignore[arg-type]


def test_a_browse_path_with_a_lone_surrogate_is_refused_and_an_escaped_byte_is_sent_as_its_byte() -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"directories": [], "entries": [], "properties": {}})

    ss = StorageService("http://ss.test", username="d", api_key="k3y", transport=httpx.MockTransport(server))
    with pytest.raises(errors.InvalidArgument, match="lone surrogate"):
        ss.locations.browse(uuid=UUID, path="in/\ud800")
    assert sent == []
    ss.locations.browse(uuid=UUID, path="in/\udcff")  # os.fsdecode(b"in/\xff")
    assert sent[-1].url.params["path"] == "aW4v/w=="


@pytest.mark.parametrize("answer", [{}, {"results": [], "total": 0}, [1, "2"], [True]])
def test_an_ids_answer_that_is_not_a_list_of_ids_is_an_invalid_response(answer: object) -> None:
    aspace = ArchivesSpace(
        "http://aspace.test",
        session_token="abc123",
        repo_id=2,
        retry=RetryPolicy(attempts=1),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=answer)),
    )
    with pytest.raises(errors.InvalidResponse):
        aspace.accessions.ids()


# --- answers with a success status the spec does not list ---------------------------------------------------------


def test_a_success_status_the_spec_does_not_list_is_read_as_the_documented_one() -> None:
    from archivematica_api.models import CreatePackageRequest, CreatePackageResult

    def am_answering(status: int, body: object) -> Archivematica:
        transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
        return Archivematica("http://am.test", username="d", api_key="k3y", transport=transport)

    request = CreatePackageRequest(name="photos", path="aW4=")
    created = am_answering(200, {"id": "2b5c3f0e-0000-4000-8000-000000000000"}).packages.create(body=request)
    assert isinstance(created, CreatePackageResult)  # the spec says 202; a 200 was dropped as None before
    assert str(created.id) == "2b5c3f0e-0000-4000-8000-000000000000"
    with pytest.raises(errors.InvalidResponse, match="not its shape"):
        am_answering(201, ["not", "a", "result"]).packages.create(body=request)


def test_a_redirect_the_operation_never_answers_is_an_invalid_response_not_none() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "https://sso.example/login?next=/x&token=abc12345"})

    aspace = ArchivesSpace(
        "http://aspace.test", session_token="abc123", repo_id=2, transport=httpx.MockTransport(server)
    )
    with pytest.raises(errors.InvalidResponse, match=r"redirect to https://sso\.example/login") as caught:
        aspace.accessions.get(id=1)
    assert "abc12345" not in str(caught.value)
    with pytest.raises(errors.InvalidResponse, match="302"):
        list(aspace.archival_objects.get_many(ids=[1]))
    # A redirect the spec documents reads as before: the default location answers 302 to the location.
    ss_redirect = StorageService(
        "http://ss.test",
        username="d",
        api_key="k3y",
        transport=httpx.MockTransport(lambda request: httpx.Response(302, headers={"location": "/api/v2/location/x/"})),
    )
    assert ss_redirect.locations.get_default(purpose="TS") is None


def test_a_base_url_refused_for_its_query_does_not_show_a_key_in_it() -> None:
    with pytest.raises(errors.ConfigurationError, match="query or fragment") as caught:
        StorageService("http://ss.test/?api_key=s3cret-in-url", username="d", api_key="k3y")
    assert "s3cret-in-url" not in str(caught.value)
