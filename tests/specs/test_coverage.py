"""Each spec against the reference inventories of the real servers (run whenever ../shared is present).

The shared tool (``shared/tools/spec_coverage.py``) measures operations, parameters, bodies, schemas and
properties. Two gaps of the tool itself are made up for here, not in the specs: it compares a reference method
written as ``GET|HEAD`` as one string, and it counts no parameters for references that list them under
``input.fields`` (Archivematica, Storage Service). Both are checked directly below.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest
import yaml

from generator.bundle import bundle
from generator.lint import deref
from tests.conftest import ROOT, SHARED
from tests.properties._specs import norm_path

pytestmark = pytest.mark.skipif(not (SHARED / "reference").is_dir(), reason="../shared is not beside the project")

TOOL = SHARED / "tools" / "spec_coverage.py"


def coverage(api: str, schemas: bool = False) -> dict[str, Any]:
    args = [
        sys.executable,
        str(TOOL),
        str(ROOT / "specs" / api / "openapi.yaml"),
        str(SHARED / "reference" / api / "endpoints.json"),
        "--json",
    ]
    if schemas:
        args += ["--schemas", str(SHARED / "reference" / api / "schemas.json")]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def test_archivesspace_covers_every_operation_parameter_schema_and_property() -> None:
    totals = coverage("archivesspace", schemas=True)
    assert totals["operations"] == 322
    assert totals["schemas"] == 162
    for key in ("operations_pct", "params_pct", "schemas_pct", "properties_pct"):
        assert totals[key] == 100.0, totals
    assert totals["bodies_missing"] == 0


def _reference(api: str) -> list[dict[str, Any]]:
    data = json.loads((SHARED / "reference" / api / "endpoints.json").read_text())
    return list(data["endpoints"] if isinstance(data, dict) else data)


def _spec_operations(api: str) -> dict[tuple[str, str], dict[str, Any]]:
    doc = bundle(ROOT / "specs" / api / "openapi.yaml")
    ops = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "responses" in op:
                ops[(method.upper(), norm_path(path))] = {"op": op, "item": item, "doc": doc}
    return ops


def _names(entry: dict[str, Any]) -> set[str]:
    """Every name the operation takes: parameters, form fields, JSON body properties."""
    doc, op, item = entry["doc"], entry["op"], entry["item"]
    names = {deref(doc, p)["name"] for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]}
    for media in (deref(doc, op.get("requestBody") or {}).get("content") or {}).values():
        schema = deref(doc, media.get("schema") or {})
        names |= set((schema.get("properties") or {}).keys())
    return names


@pytest.mark.parametrize("api", ["archivematica", "storage-service"])
def test_every_reference_operation_and_field_is_in_the_spec(api: str) -> None:
    ops = _spec_operations(api)
    missing_ops, missing_fields = [], []
    for ref in _reference(api):
        methods = [m for m in ref["method"].split("|") if m]
        found = [ops.get((m.upper(), norm_path(ref["path"]))) for m in methods]
        entry = next((f for f in found if f), None)
        if entry is None:
            missing_ops.append(f"{ref['method']} {ref['path']}")
            continue
        for field in (ref.get("input") or {}).get("fields") or []:
            name = field.get("name", "")
            if not re.fullmatch(r"[\w\[\]]+", name):
                continue  # placeholders such as "<body>"
            names = _names(entry)
            if name not in names and f"{name}[]" not in names and name.rstrip("[]") not in names:
                missing_fields.append(f"{ref['method']} {ref['path']}: {name}")
    assert missing_ops == []
    assert missing_fields == []


@pytest.mark.parametrize("api", ["archivematica", "storage-service"])
def test_the_shared_tool_finds_no_gap_but_its_multi_method_blind_spot(api: str) -> None:
    totals = coverage(api)
    multi = sum(1 for ref in _reference(api) if "|" in ref["method"])
    assert totals["operations_covered"] == totals["operations"] - multi
    assert totals["bodies_missing"] == 0


def test_storage_service_models_carry_every_live_schema_field() -> None:
    doc = bundle(ROOT / "specs" / "storage-service" / "openapi.yaml")
    schemas = doc["components"]["schemas"]
    names = {"pipeline": "Pipeline", "space": "Space", "location": "Location", "file": "Package", "async": "AsyncTask"}
    for resource, model in names.items():
        live = yaml.safe_load(
            (SHARED / "reference" / "storage-service" / "live-schemas" / f"{resource}.schema.json").read_text()
        )
        missing = set(live["fields"]) - set(schemas[model]["properties"])
        assert not missing, f"{model} lacks {sorted(missing)}"
