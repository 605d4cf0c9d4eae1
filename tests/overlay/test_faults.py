"""Answers that cannot go wrong (issue 14): against servers that misbehave as real ones do, fonds never hangs,
never loses or repeats a record without an exception, and raises only ``FondsError``s."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any
from uuid import UUID

import httpx
import pytest
from fonds import Archivematica, ArchivesSpace, AsyncArchivesSpace, RetryPolicy, errors
from fonds.archivematica._transfers import TransferOperation

from ._standin import FAULTS, LISTING, PAGE_FAULTS, LoopbackServer, StandIn, finishes

FAST = RetryPolicy(attempts=4, initial=0.001, maximum=0.005)
NO_RETRY = RetryPolicy(attempts=1)
URL = "http://aspace.test"


def aspace(standin: StandIn, **kwargs: Any) -> ArchivesSpace:
    kwargs.setdefault("retry", FAST)
    return ArchivesSpace(URL, username="admin", password="admin", transport=httpx.MockTransport(standin), **kwargs)


def async_aspace(standin: StandIn, **kwargs: Any) -> AsyncArchivesSpace:
    kwargs.setdefault("retry", FAST)
    return AsyncArchivesSpace(URL, username="admin", password="admin", transport=httpx.MockTransport(standin), **kwargs)


def harvest(client: ArchivesSpace, page_size: int = 250) -> tuple[Counter[str], Counter[str]]:
    """Every record of the listing, resuming after each typed error where it says; untyped errors escape."""
    seen, raised = Counter[str](), Counter[str]()
    start = 1
    while True:
        pager = client.archival_objects.list(repo_id=2, page_size=page_size, start_page=start)
        try:
            for page in pager.by_page():
                seen.update(str(r.uri) for r in page)
            return seen, raised
        except errors.FondsError as exc:
            raised[type(exc).__name__] += 1
            stopped = exc.resume_page
        assert stopped == pager.next_page
        start = stopped


async def async_harvest(client: AsyncArchivesSpace, concurrency: int) -> tuple[Counter[str], Counter[str]]:
    seen, raised = Counter[str](), Counter[str]()
    start = 1
    while True:
        pager = client.archival_objects.list(repo_id=2, start_page=start, concurrency=concurrency)
        try:
            async for page in pager.by_page():
                seen.update(str(r.uri) for r in page)
            return seen, raised
        except errors.FondsError as exc:
            raised[type(exc).__name__] += 1
            stopped = exc.resume_page
        assert stopped == pager.next_page
        start = stopped


def every_record_once(seen: Counter[str], total: int) -> None:
    assert len(seen) == total, f"{total - len(seen)} records lost"
    assert set(seen.values()) == {1}, f"{sum(n - 1 for n in seen.values())} records repeated"
    assert set(seen) == {f"{LISTING}/{i}" for i in range(1, total + 1)}


# -- logins, deadlines, pollers ------------------------------------------------------------------------------------


def test_a_login_against_a_silent_server_times_out() -> None:
    with LoopbackServer("silent").running() as server:
        client = ArchivesSpace(server.url, username="admin", password="secret-pw", timeout=0.5, retry=NO_RETRY)
        outcome = finishes(lambda: client.accessions.get(repo_id=2, id=1))
        assert isinstance(outcome, errors.TimeoutError), outcome
        outcome = finishes(client.login)
        assert isinstance(outcome, errors.TimeoutError), outcome
        assert "secret-pw" not in str(outcome)


def test_every_request_carries_the_clients_timeout_logins_and_relogins_included() -> None:
    standin = StandIn(100, expire_every=2)
    seen: list[tuple[str, object]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.extensions.get("timeout")))
        return standin(request)

    client = ArchivesSpace(URL, username="admin", password="admin", timeout=7, transport=httpx.MockTransport(server))
    for _ in range(3):
        client.archival_objects.list_page(repo_id=2, page=1)
    logins = [t for path, t in seen if path.endswith("/login")]
    assert len(logins) >= 2  # the first login and a re-login after the expiry
    assert {str(t) for _, t in seen} == {str({"connect": 7, "read": 7, "write": 7, "pool": 7})}


def test_an_async_login_against_a_silent_server_times_out() -> None:
    async def main() -> BaseException | None:
        async with AsyncArchivesSpace(
            server.url, username="admin", password="admin", timeout=0.5, retry=NO_RETRY
        ) as client:
            try:
                await client.accessions.get(repo_id=2, id=1)
            except BaseException as exc:
                return exc
        return None

    with LoopbackServer("silent").running() as server:
        outcome = finishes(lambda: asyncio.run(main()))
        assert isinstance(outcome, errors.TimeoutError), outcome


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_dripping_answer_is_cut_at_the_call_timeout(asynchronous: bool) -> None:
    body = json.dumps({"session": "t" * 200}).encode()
    with LoopbackServer("drip", body=body, pause=0.05).running() as server:
        if asynchronous:

            async def main() -> BaseException | None:
                client = AsyncArchivesSpace(server.url, username="u", password="p", timeout=2, call_timeout=0.5)
                try:
                    await client.login()
                except BaseException as exc:
                    return exc
                finally:
                    await client.http.aclose()
                return None

            outcome = finishes(lambda: asyncio.run(main()))
        else:
            client = ArchivesSpace(server.url, username="u", password="p", timeout=2, call_timeout=0.5)
            outcome = finishes(client.login)
        assert isinstance(outcome, errors.TimeoutError), outcome
        assert "call_timeout" in str(outcome)
        assert server.sent < len(body)  # the client hung up before the whole answer dripped in


def test_a_poller_raises_operation_timeout_when_the_server_stops_answering() -> None:
    with LoopbackServer("silent").running() as server:
        am = Archivematica(server.url, username="test", api_key="k" * 20, timeout=30, retry=FAST)
        op = TransferOperation(am, "6f1b5c2e-0000-4000-8000-000000000001")
        outcome = finishes(lambda: op.result(timeout=1))
        assert isinstance(outcome, errors.OperationTimeout), outcome
        assert isinstance(outcome, TimeoutError)


def test_retries_stop_at_the_call_timeout() -> None:
    standin = StandIn(10, faults=("status_503",), fault_rate=1.0)
    client = aspace(standin, retry=RetryPolicy(attempts=1000, initial=0.05, maximum=0.05), call_timeout=0.5)
    outcome = finishes(lambda: client.archival_objects.list_page(repo_id=2, page=1))
    # the last answer's error, or the deadline's when it passed during the last wait (a busy machine)
    assert isinstance(outcome, (errors.ServerError, errors.TimeoutError)), outcome
    assert 2 <= standin.requests < 1000


def test_call_timeout_is_checked() -> None:
    with pytest.raises(errors.ConfigurationError, match="call_timeout"):
        ArchivesSpace(URL, session_token="t", call_timeout=0)


# -- broken 2xx answers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["short", "html_200", "json_error_200", "cut", "cut_chunked"])
def test_a_broken_2xx_body_is_a_typed_error_with_status_method_path(fault: str) -> None:
    standin = StandIn(30, faults=(fault,), fault_rate=1.0)
    client = aspace(standin, retry=RetryPolicy(attempts=1))
    standin.faults, standin.fault_rate = (), 0.0
    client.login()
    standin.faults, standin.fault_rate = (fault,), 1.0
    # A body that is only an error message says the call failed (ErrorAnswer); the others cannot be used.
    expected = errors.ErrorAnswer if fault == "json_error_200" else errors.InvalidResponse
    with pytest.raises(expected) as caught:
        client.archival_objects.list_page(repo_id=2, page=1, page_size=10)
    exc = caught.value
    assert (exc.status, exc.method, exc.path) == (200, "GET", LISTING)
    assert isinstance(exc, errors.FondsError)


def test_records_that_do_not_fit_their_model_parse_and_raise_when_the_damaged_field_is_read() -> None:
    # Records are lazy views of their JSON (issue 12): a record without its required ``level`` is handed out,
    # and reading ``level`` raises the typed RecordError naming the model, the record and the field.
    standin = StandIn(30, faults=("not_model",), fault_rate=1.0)
    client = aspace(standin, retry=RetryPolicy(attempts=1))
    page = client.archival_objects.list_page(repo_id=2, page=1, page_size=10)
    record = page.results[0]
    assert record.title.startswith("Item ")
    with pytest.raises(errors.RecordError) as caught:
        _ = record.level
    assert (caught.value.model, caught.value.field, caught.value.uri) == ("ArchivalObject", "level", record.uri)


def test_a_read_whose_body_is_broken_is_sent_again_like_a_502() -> None:
    standin = StandIn(30)
    client = aspace(standin)
    client.login()
    standin.faults, standin.fault_rate = ("short",), 1.0
    real = standin._respond
    calls: list[str] = []

    def once(request: httpx.Request, answer: dict[str, object], fault: str | None) -> httpx.Response:
        calls.append(str(fault))
        return real(request, answer, fault if len(calls) == 1 else None)

    standin._respond = once  # type: ignore[method-assign]
    page = client.archival_objects.list_page(repo_id=2, page=1, page_size=10)
    assert len(page.results) == 10
    assert len(calls) == 2


def test_a_post_whose_body_is_broken_is_not_sent_again() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=b'{"status": "Created", "id": ', headers={"content-type": "application/json"}
        )

    client = ArchivesSpace(URL, session_token="tok-123456", transport=httpx.MockTransport(server))
    with pytest.raises(errors.InvalidResponse) as caught:
        client.users.logout()
    assert caught.value.method == "POST"
    assert len(seen) == 1


def test_an_error_body_answered_with_200_is_an_error_with_the_servers_message() -> None:
    message = "Cannot fetch unitTransfer with UUID 6f1b5c2e"

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"error": True, "message": message, "type": "transfer"})

    am = Archivematica("http://am.test", username="test", api_key="key-1234", transport=httpx.MockTransport(server))
    with pytest.raises(errors.ErrorAnswer) as caught:
        am.transfers.get_status(uuid=UUID("6f1b5c2e-0000-4000-8000-000000000001"))
    assert caught.value.message == message
    assert caught.value.status == 200


def test_an_error_message_comes_from_the_body() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json={"removed": False})

    am = Archivematica("http://am.test", username="test", api_key="key-1234", transport=httpx.MockTransport(server))
    with pytest.raises(errors.ConflictError, match="removed"):
        am.transfers.hide(uuid=UUID("6f1b5c2e-0000-4000-8000-000000000001"))


def test_raw_http_calls_raise_typed_transport_errors() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = ArchivesSpace(URL, session_token="tok-123456", transport=httpx.MockTransport(server))
    with pytest.raises(errors.TransportError):
        client.http.get("/version")


# -- paging --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", PAGE_FAULTS)
def test_each_paging_fault_alone_loses_nothing_sync(fault: str) -> None:
    standin = StandIn(2_000, faults=(fault,), fault_rate=0.3, seed=3)
    seen, _raised = harvest(aspace(standin), page_size=100)
    every_record_once(seen, 2_000)
    assert standin.injected[fault] > 0


@pytest.mark.parametrize("fault", PAGE_FAULTS)
def test_each_paging_fault_alone_loses_nothing_async(fault: str) -> None:
    standin = StandIn(2_000, faults=(fault,), fault_rate=0.3, seed=4)
    seen, _raised = asyncio.run(async_harvest(async_aspace(standin), concurrency=6))
    every_record_once(seen, 2_000)
    assert standin.injected[fault] > 0


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_page_that_stays_wrong_raises_paging_error_naming_where_to_resume(asynchronous: bool) -> None:
    standin = StandIn(1_000)

    def answered(page: int) -> None:
        original = standin._listing

        def listing(request: httpx.Request, fault: str | None) -> dict[str, object]:
            return original(request, "empty_page" if request.url.params.get("page") == str(page) else fault)

        standin._listing = listing  # type: ignore[method-assign]

    answered(3)
    if asynchronous:

        async def main() -> tuple[list[int], errors.PagingError]:
            client = async_aspace(standin)
            pager = client.archival_objects.list(repo_id=2, page_size=100, concurrency=4)
            got: list[int] = []

            async def collect() -> None:
                async for page in pager.by_page():
                    got.append(len(page))

            with pytest.raises(errors.PagingError) as caught:
                await collect()
            return got, caught.value

        got, exc = asyncio.run(main())
    else:
        pager = aspace(standin).archival_objects.list(repo_id=2, page_size=100)
        got = []

        def collect() -> None:
            got.extend(len(page) for page in pager.by_page())

        with pytest.raises(errors.PagingError) as caught:
            collect()
        exc = caught.value
    assert got == [100, 100]
    assert exc.resume_page == 3
    assert "start_page=3" in str(exc)
    assert "page 3 of 10 is empty" in str(exc)


def test_every_fault_alone_ends_with_every_record_once() -> None:
    for fault in FAULTS:
        standin = StandIn(3_000, faults=(fault,), fault_rate=0.2, seed=11, expire_every=7)
        seen, _ = harvest(aspace(standin))
        every_record_once(seen, 3_000)


def test_a_sync_harvest_with_mixed_faults_and_expiring_sessions() -> None:
    standin = StandIn(20_000, faults=FAULTS, fault_rate=0.1, seed=5, expire_every=50)
    seen, _raised = harvest(aspace(standin))
    every_record_once(seen, 20_000)
    assert standin.logins > 1
    assert sum(standin.injected.values()) > 0


def test_the_100000_record_harvest_16_in_flight_10_percent_faults_sessions_expiring_every_50() -> None:
    """The issue's "Done when" harvest: every record exactly once, or a typed error naming where to resume
    (the loop resumes there), and no untyped exception at all."""
    standin = StandIn(100_000, faults=FAULTS, fault_rate=0.1, seed=14, expire_every=50)
    seen, _raised = asyncio.run(async_harvest(async_aspace(standin), concurrency=16))
    every_record_once(seen, 100_000)
    assert sum(standin.injected.values()) > 30
    assert len(standin.injected) > 10
    assert standin.logins > 5


def test_a_harvest_through_the_simulator_with_its_faults_and_expiring_sessions() -> None:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=2_000, session_expiry_requests=50)
    with ArchivesSpace(URL, username="admin", password="admin", transport=sim.transport()) as plain:
        expected = {f"{LISTING}/{i}" for i in plain.archival_objects.ids(repo_id=2)}
    sim.knobs.fault_rate, sim.knobs.faults = 0.1, ("server_error", "reset", "truncate", "html_error")
    client = AsyncArchivesSpace(URL, username="admin", password="admin", transport=sim.transport(), retry=FAST)
    seen, _ = asyncio.run(async_harvest(client, concurrency=16))
    assert set(seen) == expected
    assert set(seen.values()) == {1}


@pytest.mark.parametrize("over_loopback", [False, True])
def test_the_simulators_drip_fault_is_cut_at_the_call_timeout(over_loopback: bool) -> None:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=10)
    sim.knobs.fault_rate, sim.knobs.faults, sim.knobs.drip_seconds = 1.0, ("drip",), 0.1
    if over_loopback:
        with sim.serve() as url:
            client = ArchivesSpace(url, username="admin", password="admin", call_timeout=0.5)
            outcome = finishes(lambda: client.version.get())
    else:
        client = ArchivesSpace(URL, username="admin", password="admin", transport=sim.transport(), call_timeout=0.5)
        outcome = finishes(lambda: client.version.get())
    assert isinstance(outcome, errors.TimeoutError), outcome
    sim.knobs.drip_seconds = 0.001  # a slow answer that still ends in time is whole
    assert ArchivesSpace(URL, username="admin", password="admin", transport=sim.transport()).version.get()


def test_the_simulators_json_error_fault_is_a_typed_error_and_retried_for_reads() -> None:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=600, session_expiry_requests=50)
    client = AsyncArchivesSpace(URL, username="admin", password="admin", transport=sim.transport(), retry=FAST)
    sim.knobs.fault_rate, sim.knobs.faults = 0.2, ("json_error", "drip")
    sim.knobs.drip_seconds = 0.0005
    seen, _ = asyncio.run(async_harvest(client, concurrency=4))
    assert len(seen) == 600
    assert set(seen.values()) == {1}
    sim.knobs.fault_rate, sim.knobs.faults = 1.0, ("json_error",)
    with pytest.raises(errors.ErrorAnswer, match="a fault injected"):
        ArchivesSpace(URL, session_token="t" * 10, transport=sim.transport(), retry=FAST).version.get()
