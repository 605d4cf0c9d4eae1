"""The bundler, the lint and the naming rule, on small specs written in the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundle import BundleError, bundle
from generator.lint import lint
from generator.naming import method_name, singular


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def op(**extra: Any) -> dict[str, Any]:
    base = {
        "operationId": "get_thing",
        "summary": "Get a thing",
        "tags": ["things"],
        "security": [{"k": []}],
        "responses": {"200": {"description": "ok"}},
    }
    return {**base, **extra}


def minimal(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"k": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "K"}},
            "schemas": schemas or {},
        },
    }


def test_bundle_turns_refs_through_the_index_into_local_refs(tmp_path: Path) -> None:
    write(
        tmp_path,
        "schemas/things.yaml",
        {"Thing": {"type": "object", "properties": {"child": {"$ref": "../openapi.yaml#/components/schemas/Thing"}}}},
    )
    write(
        tmp_path,
        "paths/things.yaml",
        {
            "thing": {
                "get": op(
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "../schemas/things.yaml#/Thing"}}},
                        }
                    }
                )
            }
        },
    )
    root = write(
        tmp_path,
        "openapi.yaml",
        minimal(
            {"/things/{id}": {"$ref": "paths/things.yaml#/thing"}}, {"Thing": {"$ref": "schemas/things.yaml#/Thing"}}
        ),
    )
    doc = bundle(root)
    get = doc["paths"]["/things/{id}"]["get"]
    assert get["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Thing"}
    assert doc["components"]["schemas"]["Thing"]["properties"]["child"] == {"$ref": "#/components/schemas/Thing"}
    assert "$ref" not in yaml.safe_dump(doc).replace("$ref: '#/", "")  # no external ref left


def test_bundle_names_a_dangling_ref(tmp_path: Path) -> None:
    root = write(tmp_path, "openapi.yaml", minimal({"/x": {"$ref": "paths/missing.yaml#/x"}}))
    with pytest.raises(BundleError, match=r"missing\.yaml"):
        bundle(root)


def test_bundle_refuses_a_cycle_outside_the_index(tmp_path: Path) -> None:
    write(tmp_path, "s.yaml", {"A": {"type": "object", "properties": {"a": {"$ref": "#/A"}}}})
    root = write(
        tmp_path,
        "openapi.yaml",
        minimal(
            {
                "/x": {
                    "get": op(
                        responses={
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": "s.yaml#/A"}}},
                            }
                        }
                    )
                }
            }
        ),
    )
    with pytest.raises(BundleError, match="cycle outside the index"):
        bundle(root)


def test_lint_passes_a_clean_spec() -> None:
    assert lint(minimal({"/x": {"get": op()}})) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"security": None}, "no `security` of its own"),
        ({"operationId": None}, "no operationId"),
        ({"summary": None}, "no summary"),
        ({"tags": ["a", "b"]}, "exactly one tag"),
        ({"parameters": [{"name": "aq", "in": "query", "content": {"application/json": {"schema": {}}}}]}, "content"),
        (
            {
                "responses": {
                    "403": {"description": "no", "content": {"application/json": {"schema": {"type": "object"}}}}
                }
            },
            "inline schema",
        ),
        (
            {
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
                }
            },
            "inline object; name it",
        ),
    ],
)
def test_lint_names_each_construct_the_generator_mishandles(change: dict[str, Any], expected: str) -> None:
    operation = {k: v for k, v in {**op(), **change}.items() if v is not None}
    problems = lint(minimal({"/x": {"get": operation}}))
    assert any(expected in p for p in problems), problems


def test_lint_wants_a_const_on_union_branches() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"kind": {"type": "string", "const": "a"}, "x": {"type": "string"}}},
        "B": {"type": "object", "properties": {"kind": {"type": "string"}, "y": {"type": "string"}}},
    }
    union = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    spec = minimal(
        {
            "/x": {
                "get": op(responses={"200": {"description": "ok", "content": {"application/json": {"schema": union}}}})
            }
        },
        schemas,
    )
    assert any("share no property with a distinct const" in p for p in lint(spec))
    schemas["B"]["properties"]["kind"]["const"] = "b"
    assert lint(spec) == []


@pytest.mark.parametrize(
    ("operation_id", "tag", "singular_name", "expected"),
    [
        ("get_accession", "accessions", None, "get"),
        ("list_accessions", "accessions", None, "list"),
        ("get_resource_tree_root", "resources", None, "get_tree_root"),
        ("get_agent_person", "agents_people", "agent_person", "get"),
        ("list_repositories", "repositories", None, "list"),
        ("search_all", "search", "search", "all"),
        ("frobnicate", "things", None, "frobnicate"),
    ],
)
def test_method_names_drop_the_tag_noun(operation_id: str, tag: str, singular_name: str | None, expected: str) -> None:
    assert method_name(operation_id, tag, [tag, singular_name or singular(tag)]) == expected


def _linked(holder: dict[str, Any]) -> dict[str, Any]:
    ref = {"type": "object", "properties": {"ref": {"type": "string"}, "_resolved": {"type": "object"}}}
    thing = {"type": "object", "properties": {"title": {"type": "string"}}}
    return minimal({"/x": {"get": op()}}, {"Ref": ref, "Thing": thing, "Holder": holder})


@pytest.mark.parametrize(
    ("prop", "expected"),
    [
        ({"$ref": "#/components/schemas/Ref"}, "say what they point to"),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Ref"}}, "say what they point to"),
        ({"$ref": "#/components/schemas/Ref", "x-fonds-links-to": "Nothing"}, "'Nothing', which is not a schema"),
        ({"type": "string", "x-fonds-links-to": "Thing"}, "holds no link"),
    ],
)
def test_lint_wants_every_link_to_say_what_it_points_to(prop: dict[str, Any], expected: str) -> None:
    problems = lint(_linked({"type": "object", "properties": {"link": prop}}))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("target", ["Thing", ["Thing", "Ref"], "Record"])
def test_lint_passes_links_that_name_schemas(target: Any) -> None:
    listed = {"type": "array", "items": {"$ref": "#/components/schemas/Ref"}, "x-fonds-links-to": target}
    assert lint(_linked({"type": "object", "properties": {"links": listed}})) == []
