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
