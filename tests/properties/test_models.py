"""Every generated model: instances survive ``from_dict(to_dict(x))``, JSON drawn from the model's own schema
parses, and fields the model does not know survive a round trip (plugins and newer servers add them)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from hypothesis import given
from openapi_python_client.strings import ClassName

from tests.properties._specs import PACKAGES, document
from tests.properties._strategies import json_data


def _models() -> list[tuple[str, str]]:
    cases = []
    for api, package in PACKAGES.items():
        models = importlib.import_module(f"{package}.models")
        for name, schema in document(api)["components"]["schemas"].items():
            if schema.get("properties") and hasattr(models, str(ClassName(name, "field_"))):
                cases.append((api, name))
    return cases


MODELS = _models()


def model_class(api: str, name: str) -> Any:
    return getattr(importlib.import_module(f"{PACKAGES[api]}.models"), str(ClassName(name, "field_")))


def test_every_spec_has_models_under_test() -> None:
    assert {api for api, _ in MODELS} == set(PACKAGES)
    assert len(MODELS) > 300


@pytest.mark.parametrize(("api", "name"), MODELS, ids=[f"{a}.{n}" for a, n in MODELS])
def test_model_round_trips_and_keeps_unknown_fields(api: str, name: str) -> None:
    cls = model_class(api, name)
    doc = document(api)
    schema = doc["components"]["schemas"][name]
    extra_schema = schema.get("additionalProperties", {})
    binary = "binary" in str(schema)  # File fields serialise to multipart tuples, not back into models

    @given(data=json_data(doc, schema), extra=json_data(doc, extra_schema if extra_schema is not True else {}))
    def run(data: dict[str, Any], extra: Any) -> None:
        instance = cls.from_dict(data)
        if not binary:
            assert cls.from_dict(instance.to_dict()) == instance
        if extra_schema is not False:
            kept = cls.from_dict({**data, "x-fonds-unknown": extra})
            assert "x-fonds-unknown" in kept.additional_properties

    run()
