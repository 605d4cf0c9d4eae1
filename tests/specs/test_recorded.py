"""Answers recorded against real ArchivesSpace servers (``../shared/reference/archivesspace/recorded/``) parse
into their typed models through the generated operations, and ``to_dict()`` gives each one back exactly.

The recordings are read from ``../shared`` at test time (never copied into the project). A 2015 server omits
fields later versions send (a resource without ``lang_materials``, a tree without ``jsonmodel_type``): parsing
never fails on that; reading such a field raises ``RecordError`` when the spec requires it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from archivesspace_api.client import AuthenticatedClient
from archivesspace_api.types import Unset
from fonds.errors import RecordError

from tests.conftest import SHARED
from tests.properties._specs import Operation, operations

RECORDED = SHARED / "reference" / "archivesspace" / "recorded"
pytestmark = pytest.mark.skipif(not RECORDED.is_dir(), reason="../shared/reference/archivesspace/recorded is absent")


def _exchanges() -> list[tuple[str, dict[str, Any]]]:
    if not RECORDED.is_dir():
        return []
    out = []
    for file in sorted(RECORDED.glob("*.json")):
        for i, exchange in enumerate(json.loads(file.read_text())):
            if "response_json" in exchange and 200 <= exchange["status"] < 300:
                out.append((f"{file.stem}#{i}:{exchange['method']} {exchange['path']}", exchange))
    return out


EXCHANGES = _exchanges()


def _route(method: str, path: str) -> Operation:
    """The spec operation a recorded request was sent to (literal segments beat templated ones)."""
    best: tuple[int, Operation] | None = None
    for op in operations("archivesspace"):
        if op.method != method:
            continue
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "/?$"
        if re.match(pattern, path):
            literal = op.path.count("/") - op.path.count("{")
            if best is None or literal > best[0]:
                best = (literal, op)
    assert best is not None, f"no operation of the spec for {method} {path}"
    return best[1]


def _parse(exchange: dict[str, Any]) -> Any:
    if re.fullmatch(r"/repositories/\d+/resources/\d+/tree", exchange["path"]):
        # The whole-tree route of servers before 3.0 is not in the spec (tree/root and waypoints replace it);
        # its answer is the spec's ResourceTree.
        from archivesspace_api.models.resource_tree import ResourceTree

        return ResourceTree.from_dict(exchange["response_json"])
    op = _route(exchange["method"], exchange["path"])
    body = json.dumps(exchange["response_json"]).encode()
    request = httpx.Request(exchange["method"], "http://aspace.test" + exchange["path"])
    response = httpx.Response(
        exchange["status"], content=body, headers={"content-type": "application/json"}, request=request
    )
    client = AuthenticatedClient(base_url="http://aspace.test", token="")
    return op.module()._parse_response(client=client, response=response)


def _give_back(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_give_back(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def _read_everything(value: Any, seen: list[str]) -> None:
    """Read every field of a record, recursively; the ones that raise are noted, not fatal."""
    if isinstance(value, list):
        for item in value:
            _read_everything(item, seen)
        return
    for field in getattr(type(value), "_order", ()):
        try:
            inner = getattr(value, field.name)
        except RecordError as exc:
            seen.append(f"{exc.model}.{exc.field}" if exc.model == type(value).__name__ else f"wrong model: {exc}")
            continue
        if not isinstance(inner, Unset):
            _read_everything(inner, seen)


def test_the_recordings_are_there() -> None:
    assert len(EXCHANGES) >= 89


@pytest.mark.parametrize("exchange", [e for _, e in EXCHANGES], ids=[i for i, _ in EXCHANGES])
def test_a_recorded_answer_parses_and_gives_back_exactly_what_came(exchange: dict[str, Any]) -> None:
    parsed = _parse(exchange)
    assert parsed is not None
    assert _give_back(parsed) == exchange["response_json"]
    # Reading every field, nested ones included, never raises anything but RecordError.
    _read_everything(parsed, [])
    # ... and reading does not change what to_dict() gives back.
    assert _give_back(parsed) == exchange["response_json"]


def test_every_field_of_every_recorded_record_reads() -> None:
    damaged: list[str] = []
    for _, exchange in EXCHANGES:
        _read_everything(_parse(exchange), damaged)
    # Fields a 2015 server leaves out (a resource's lang_materials, a search page's page_size, a legacy tree's
    # jsonmodel_type) are optional in the spec, since a supported version omits them: nothing raises.
    assert damaged == []


def test_timestamps_and_unknown_keys_come_back_as_text() -> None:
    exchange = next(e for _, e in EXCHANGES if e["method"] == "GET" and "/archival_objects/" in e["path"])
    parsed = _parse(exchange)
    assert parsed.system_mtime.tzinfo is not None
    stamp = exchange["response_json"]["system_mtime"]
    assert parsed.to_dict()["system_mtime"] == stamp
