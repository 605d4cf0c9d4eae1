"""The adapters every simulator shares: the in-process httpx transport, the loopback server and the command line."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from fonds.testing import Knobs, Request, Response, Simulator, SimulatorTransport
from fonds.testing.__main__ import knobs_from, main
from fonds.testing._server import is_loopback, serve


class Echo(Simulator):
    """Answers with what it saw, so the adapters' conversions can be checked."""

    def handle(self, request: Request) -> Response:
        return Response.json(
            {
                "method": request.method,
                "path": request.path,
                "query": [list(p) for p in request.query],
                "headers": dict(request.headers),
                "body": request.body.decode("latin-1"),
                "form": [list(p) for p in request.form()],
            },
            headers=[("x-echo", "1")],
        )


@pytest.fixture
def echo() -> Echo:
    return Echo()


@pytest.fixture
def client(echo: Echo) -> Iterator[httpx.Client]:
    with httpx.Client(transport=echo.transport(), base_url="http://sim.test") as c:
        yield c


def test_transport_is_both_sync_and_async(echo: Echo) -> None:
    transport = echo.transport()
    assert isinstance(transport, SimulatorTransport)
    assert isinstance(transport, httpx.BaseTransport)
    assert isinstance(transport, httpx.AsyncBaseTransport)


def test_requests_are_converted_faithfully(client: httpx.Client) -> None:
    answer = client.post(
        "/a%20b/c%2Fd",
        params=[("z", "1"), ("a", ""), ("resolve[]", "x"), ("resolve[]", "y")],
        headers={"X-ArchivesSpace-Session": "tok"},
        data={"password": "p w"},
    )
    seen = answer.json()
    assert seen["method"] == "POST"
    assert seen["path"] == "/a b/c/d"
    assert seen["query"] == [["z", "1"], ["a", ""], ["resolve[]", "x"], ["resolve[]", "y"]]
    assert seen["headers"]["x-archivesspace-session"] == "tok"
    assert all(name == name.lower() for name in seen["headers"])
    assert seen["body"] == "password=p+w"
    assert seen["form"] == [["password", "p w"]]
    assert answer.headers["x-echo"] == "1"
    assert int(answer.headers["content-length"]) == len(answer.content)


def test_async_clients_use_the_same_transport(echo: Echo) -> None:
    async def go() -> dict[str, object]:
        async with httpx.AsyncClient(transport=echo.transport(), base_url="http://sim.test") as aclient:
            answer = await aclient.put("/x", content=b"raw")
            result: dict[str, object] = answer.json()
            return result

    seen = asyncio.run(go())
    assert (seen["method"], seen["body"]) == ("PUT", "raw")
    assert echo.requests_served == 1


def test_async_latency_does_not_block_the_event_loop(echo: Echo) -> None:
    echo.knobs.latency = 0.2

    async def go() -> float:
        async with httpx.AsyncClient(transport=echo.transport(), base_url="http://sim.test") as aclient:
            started = time.perf_counter()
            answers = await asyncio.gather(*(aclient.get(f"/{i}") for i in range(3)))
            assert [a.status_code for a in answers] == [200, 200, 200]
            return time.perf_counter() - started

    elapsed = asyncio.run(go())
    assert 0.2 <= elapsed < 0.5


def test_reset_never_reaches_the_simulator_and_truncate_does(echo: Echo, client: httpx.Client) -> None:
    echo.knobs = Knobs(fault_rate=1.0, faults=("reset",))
    with pytest.raises(httpx.ReadError):
        client.get("/x")
    assert echo.requests_served == 0
    echo.knobs = Knobs(fault_rate=1.0, faults=("truncate",))
    with client.stream("GET", "/x") as answer:
        assert answer.status_code == 200
        declared = int(answer.headers["content-length"])
        received: list[bytes] = []

        def drain() -> None:
            received.extend(answer.iter_raw())

        with pytest.raises(httpx.RemoteProtocolError):
            drain()
    assert 0 < len(b"".join(received)) < declared
    assert echo.requests_served == 1


def test_fault_pages(echo: Echo, client: httpx.Client) -> None:
    echo.knobs = Knobs(fault_rate=1.0, faults=("server_error",))
    answer = client.get("/x")
    assert (answer.status_code, answer.headers["content-type"]) == (503, "application/json")
    echo.knobs = Knobs(fault_rate=1.0, faults=("html_error",))
    answer = client.get("/x")
    assert answer.status_code == 500
    assert "<html>" in answer.text
    assert echo.requests_served == 0


def test_fault_draws_replay_with_the_seed() -> None:
    def draws(seed: int) -> list[str | None]:
        knobs = Knobs(fault_rate=0.5, faults=("reset", "truncate", "server_error"), seed=seed)
        return [knobs.draw_fault() for _ in range(50)]

    assert draws(3) == draws(3)
    assert draws(3) != draws(4)
    assert {None, "reset", "truncate", "server_error"} == set(draws(3))


# -- the loopback server --------------------------------------------------------------------------------------------


@pytest.mark.loopback
def test_serve_converts_like_the_transport_and_keeps_connections_alive(echo: Echo) -> None:
    with serve(echo) as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        assert host == "127.0.0.1"
        connection = http.client.HTTPConnection(host, int(port), timeout=5)
        connection.request("POST", "/a%20b?x=1&x=2&y=", body=b"hello", headers={"X-Custom": "V"})
        first = connection.getresponse()
        seen = json.loads(first.read())
        sock = connection.sock
        connection.request("GET", "/again")
        second = connection.getresponse()
        assert second.status == 200
        second.read()
        assert connection.sock is sock  # the same connection served both requests
        connection.close()
    assert seen["path"] == "/a b"
    assert seen["query"] == [["x", "1"], ["x", "2"], ["y", ""]]
    assert seen["headers"]["x-custom"] == "V"
    assert seen["body"] == "hello"
    assert echo.requests_served == 2


@pytest.mark.loopback
def test_serve_faults_on_the_wire(echo: Echo) -> None:
    with serve(echo) as base_url, httpx.Client(base_url=base_url) as client:
        echo.knobs = Knobs(fault_rate=1.0, faults=("truncate",))
        with client.stream("GET", "/x") as answer:
            declared = int(answer.headers["content-length"])
            with pytest.raises(httpx.RemoteProtocolError):
                answer.read()
        assert declared > 0
        echo.knobs = Knobs(fault_rate=1.0, faults=("reset",))
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get("/x")
        echo.knobs = Knobs()
        assert client.get("/x").status_code == 200


@pytest.mark.loopback
def test_serve_latency_overlaps_between_connections(echo: Echo) -> None:
    echo.knobs.latency = 0.3

    async def go(base_url: str) -> float:
        async with httpx.AsyncClient(base_url=base_url) as aclient:
            started = time.perf_counter()
            answers = await asyncio.gather(*(aclient.get(f"/{i}") for i in range(3)))
            assert all(a.status_code == 200 for a in answers)
            return time.perf_counter() - started

    with echo.serve() as base_url:
        elapsed = asyncio.run(go(base_url))
    assert 0.3 <= elapsed < 0.8


def test_serve_binds_only_loopback_unless_allowed(echo: Echo) -> None:
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0")
    assert not is_loopback("example.org")
    for host in ("0.0.0.0", "192.168.1.5"):
        with pytest.raises(ValueError, match="loopback"), serve(echo, host=host):
            pass


# -- the command line -----------------------------------------------------------------------------------------------


def test_cli_options_and_knobs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["archivesspace", "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for option in ("--port", "--archival-objects", "--latency", "--seed", "--faults"):
        assert option in text
    with pytest.raises(SystemExit):
        main(["nosuchsimulator"])
    args = type("Args", (), {"latency": 0.5, "fault_rate": 0.1, "faults": "reset, truncate", "seed": 9})()
    knobs = knobs_from(args)
    assert (knobs.latency, knobs.fault_rate, knobs.faults, knobs.seed) == (0.5, 0.1, ("reset", "truncate"), 9)
    bad = type("Args", (), {"latency": 0, "fault_rate": 0, "faults": "meltdown", "seed": 0})()
    with pytest.raises(SystemExit):
        knobs_from(bad)


@pytest.mark.loopback
def test_cli_serves_archivesspace() -> None:
    command = [sys.executable, "-m", "fonds.testing", "archivesspace", "--port", "0", "--archival-objects", "50"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "listening on http://127.0.0.1:" in line, (process.poll(), line)
        base_url = line.split("listening on ")[1].split()[0]
        token = httpx.post(f"{base_url}/users/admin/login", data={"password": "admin"}).json()["session"]
        page = httpx.get(
            f"{base_url}/repositories/2/archival_objects",
            params={"page": 1},
            headers={"X-ArchivesSpace-Session": token},
        ).json()
        assert page["total"] == 50
    finally:
        process.terminate()
        process.wait(timeout=10)
