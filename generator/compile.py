"""Validates, lints, bundles and compiles one API's spec into its package."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.apis import Api
from generator.bundle import BundleError, bundle
from generator.context import FondsContext
from generator.lint import lint
from generator.records import parameter_name

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
CONFIG = HERE / "config.yaml"


class SpecError(Exception):
    """The spec is invalid, fails the lint, or the generator reported a problem: the message lists them."""


def check_spec(api: Api) -> dict[str, Any]:
    """The bundled document of ``api`` after validation and lint; raises :class:`SpecError` listing problems."""
    try:
        doc = bundle(api.spec)
    except BundleError as exc:
        raise SpecError(f"{api.name}: cannot bundle: {exc}") from exc
    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        raise SpecError(f"{api.name}: invalid OpenAPI at {where or '(root)'}: {exc.message}") from exc
    problems = lint(doc)
    if problems:
        raise SpecError(f"{api.name}: {len(problems)} lint problem(s):\n  " + "\n  ".join(problems))
    return doc


def plain_parameter_names(data: GeneratorData) -> None:
    """Name operations' parameters as the wire does where Python allows, as models name their fields
    (:func:`generator.records.parameter_name`): ``type``, ``filter``, ``format``, ``set``, where
    openapi-python-client adds a ``_`` to every builtin's name. A keyword (``from``) keeps its ``_``, and so does a
    builtin the generated functions call or annotate with (``list``, ``str``...)."""
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            groups = (endpoint.path_parameters, endpoint.query_parameters, endpoint.header_parameters)
            for param in [p for group in groups for p in group]:
                name = parameter_name(param)
                if name != param.python_name:
                    object.__setattr__(param, "python_name", str.__new__(PythonIdentifier, name))


def compile_api(api: Api, out_root: Path) -> Path:
    """Compile ``api`` into ``out_root/<package>`` (replacing it) and return that folder."""
    doc = check_spec(api)
    package_dir = out_root / api.package
    if package_dir.exists():
        shutil.rmtree(package_dir)
    config_file = ConfigFile.load_from_path(CONFIG)
    config_file.package_name_override = api.package
    config_file.project_name_override = api.package
    config = Config.from_sources(config_file, MetaType.NONE, api.spec, "utf-8", True, package_dir)  # type: ignore[arg-type]
    data = GeneratorData.from_dict(doc, config=config)
    if isinstance(data, GeneratorError):
        raise SpecError(f"{api.name}: {data.header}: {data.detail}")
    plain_parameter_names(data)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals["fonds"] = FondsContext(doc)
    # The post-hooks run `ruff` by name: make sure it is this environment's pinned one.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    errors = project.build()
    if errors:
        lines = [f"{e.level.name} {e.header}: {e.detail}" for e in errors]
        raise SpecError(f"{api.name}: the generator reported {len(errors)} problem(s):\n  " + "\n  ".join(lines))
    # The record runtime every model uses, hand-written, copied as it is (see templates/_records.py).
    shutil.copyfile(TEMPLATES / "_records.py", package_dir / "_records.py")
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    (package_dir / "openapi.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return package_dir
