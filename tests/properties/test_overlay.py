"""Properties of the hand-written layer: bad arguments never reach the wire, and the session flow never sends a
request without its header once logged in."""

from __future__ import annotations

import httpx
import pytest
from fonds import ArchivesSpace, errors, ss_location_path
from fonds.archivesspace import ArchivesSpaceSession
from fonds.archivesspace import query as Q
from hypothesis import given
from hypothesis import strategies as st

from tests.overlay.test_session import FakeBackend


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


@given(location=st.text(max_size=40).filter(lambda s: len(s) != 36 or s.count("-") != 4), path=st.text(max_size=5))
def test_a_location_path_is_refused_unless_its_uuid_is_one(location: str, path: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        ss_location_path(location, path or "x")


BAD_CALLS = [
    lambda a: list(a.archival_objects.list(repo_id=2, page_size=0)),
    lambda a: list(a.archival_objects.list(repo_id=2, start_page=0)),
    lambda a: list(a.search("x", page_size=0)),
    lambda a: list(a.search(aq=Q.between("year"))),
    lambda a: list(a.walk_tree("/repositories/2/accessions/1")),
]


@pytest.mark.parametrize("call", BAD_CALLS)
def test_bad_arguments_are_refused_before_anything_is_sent(call: object) -> None:
    recorder = Recorder()
    aspace = ArchivesSpace("http://aspace.test", session_token="tok", transport=httpx.MockTransport(recorder))
    with pytest.raises((errors.ConfigurationError, ValueError, TypeError)):
        call(aspace)  # type: ignore[operator]
    assert recorder.requests == []


@given(expire_every=st.integers(1, 9), calls=st.integers(1, 40))
def test_after_login_every_request_carries_the_session_header(expire_every: int, calls: int) -> None:
    backend = FakeBackend(expire_every=expire_every)
    session = ArchivesSpaceSession("http://aspace.test", "admin", "admin")
    with httpx.Client(base_url="http://aspace.test", auth=session, transport=httpx.MockTransport(backend)) as http:
        for i in range(calls):
            assert http.get(f"/r/{i}").status_code == 200
    for request in backend.seen:
        if not request.url.path.endswith("/login"):
            assert request.headers.get("X-ArchivesSpace-Session", "").startswith("tok")
    assert session.logins == backend.logins


def test_a_header_that_http_cannot_carry_is_refused_before_sending() -> None:
    import io
    import uuid

    from fonds import StorageService
    from storage_service_api.types import File

    recorder = Recorder()
    ss = StorageService("http://ss.test", username="u", api_key="k", transport=httpx.MockTransport(recorder))
    with pytest.raises(errors.ConfigurationError, match="ASCII"):
        ss.packages.add_sword_media(
            body=File(payload=io.BytesIO(b"x")), uuid=uuid.uuid4(), content_disposition="attachment; filename=été.zip"
        )
    assert recorder.requests == []
