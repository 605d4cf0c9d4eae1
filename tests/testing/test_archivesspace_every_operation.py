"""Every operation of the ArchivesSpace spec, sent to the simulator with arguments built from the spec and the
seeded data: none answers "not simulated", none answers an HTML page, none a 404 for a record that exists."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from fonds.testing import ArchivesSpaceSimulator
from fonds.testing.archivesspace._generic import deref, operations, record_kind, spec
from jsonschema import Draft202012Validator

PATH_VALUES = {
    "repo_id": "2",
    "enum_id": "1",
    "enum_val_id": "1001",
    "enum_name": "archival_record_level",
    "schema": "accession",
    "username": "admin",
    "token": "not-a-token",
    "record_type": "accession",
    "fmt": "xml",
    "file_id": "1",
}


def _value(schema: dict[str, Any], example: Any = None) -> Any:
    if example is not None:
        return example
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [_value(schema.get("items") or {})]
    return {"integer": 1, "boolean": True, "number": 1}.get(str(kind), "x")


def _request(op: dict[str, Any], template: str) -> tuple[str, list[tuple[str, str]], Any]:
    doc = spec()
    path = re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES.get(m.group(1), "1"), template).replace("*", "x")
    query: list[tuple[str, str]] = []
    for raw in op.get("parameters") or []:
        param = deref(doc, raw)
        if param.get("in") != "query" or not (param.get("required") or param.get("name") in ("page", "password")):
            continue
        value = _value(param.get("schema") or {}, param.get("example"))
        for item in value if isinstance(value, list) else [value]:
            text = (
                json.dumps(item)
                if isinstance(item, dict | list)
                else str(item).lower()
                if isinstance(item, bool)
                else str(item)
            )
            query.append((param["name"], text))
    body = None
    content = (op.get("requestBody") or {}).get("content") or {}
    if "application/json" in content:
        schema = deref(doc, content["application/json"].get("schema") or {})
        body = (schema.get("examples") or [{}])[0] if schema.get("type") != "array" else []
    return path, query, body


@pytest.fixture
def client() -> httpx.Client:
    """A fresh simulator for each operation (a delete would take the records the next one needs)."""
    sim = ArchivesSpaceSimulator(archival_objects=60)
    client = httpx.Client(transport=sim.transport(), base_url="http://aspace.test")
    token = client.post("/users/admin/login", data={"password": "admin"}).json()["session"]
    client.headers["X-ArchivesSpace-Session"] = token
    return client


OPERATIONS = operations()


@pytest.mark.parametrize(("method", "template", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS])
def test_every_operation_is_served(client: httpx.Client, method: str, template: str, op: dict[str, Any]) -> None:
    path, query, body = _request(op, template)
    answer = client.request(method, path, params=query, json=body if body is not None else None)
    kind = answer.headers.get("content-type", "")
    assert answer.status_code != 501, answer.text
    assert not (answer.status_code == 404 and "html" in kind), answer.text
    if answer.status_code == 404:
        assert kind == "application/json"
        found = record_kind(template)
        seeded = (
            found is not None
            and found.name not in ("digital_object_component",)
            and client.get(f"{found.base(2 if found.repo_scoped else None)}/1").status_code == 200
        )
        # A 404 may name another record (a tree node that is not in this tree), never the one the path names.
        named = found is not None and answer.json().get("error") == f"{found.model} not found"
        assert not (seeded and named), f"{method} {path}: 404 for an existing record: {answer.text}"
    assert_documented_shape(op, answer)


def assert_documented_shape(op: dict[str, Any], answer: httpx.Response) -> None:
    """A JSON answer with a status the spec lists validates against the schema the spec gives for it."""
    documented = op["responses"].get(str(answer.status_code))
    if answer.headers.get("content-type") != "application/json" or documented is None:
        return  # XML, CSV and text answers; statuses the spec does not list
    if op["operationId"] == "find_by_external_id" and answer.status_code == 404:
        assert answer.json() == []  # the server's own body; the spec's shared 404 says an error object
        return
    doc = spec()
    media = (deref(doc, documented).get("content") or {}).get("application/json")
    if media is None:
        return
    schema = {**media["schema"], "components": doc["components"]}
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(answer.json())]
    assert errors == [], f"{op['operationId']} {answer.status_code}: {errors[:3]}"


def test_the_spec_has_every_operation() -> None:
    assert len(operations()) == 322
