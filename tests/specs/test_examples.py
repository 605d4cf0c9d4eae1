"""Every example written in a spec parses into its generated model and survives a round trip.

The examples are part of the specs' documentation (realistic records); this keeps them true to the models.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from tests.conftest import ROOT

PACKAGES = ("archivesspace_api", "archivematica_api", "storage_service_api")


def _examples() -> list[tuple[str, str, Any]]:
    cases = []
    for package in PACKAGES:
        doc = json.loads((ROOT / "generated" / package / "openapi.json").read_text())
        for name, schema in doc["components"]["schemas"].items():
            if schema.get("type") != "object" and "properties" not in schema:
                continue
            values = schema.get("examples") or ([schema["example"]] if "example" in schema else [])
            cases += [(package, name, value) for value in values if isinstance(value, dict)]
    return cases


CASES = _examples()


def test_there_are_examples_to_check() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize(("package", "name", "example"), CASES, ids=[f"{p}.{n}" for p, n, _ in CASES])
def test_example_round_trips_through_its_model(package: str, name: str, example: dict[str, Any]) -> None:
    models = importlib.import_module(f"{package}.models")
    cls = getattr(models, name)
    parsed = cls.from_dict(example)
    again = cls.from_dict(parsed.to_dict())
    assert again == parsed
    assert set(parsed.to_dict()) == set(example)
