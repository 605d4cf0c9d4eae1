"""Every public name of the overlay has a docstring with an example (issue 18): the names in ``fonds.__all__`` and
the subpackages' ``__all__``, the public names of the modules users import without ``__all__`` (``fonds.errors``,
``fonds.archivesspace.query``, ``fonds.pagination``), and the public methods and properties fonds itself defines
on the exported classes. The README's names are exported."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Iterator
from typing import Any

import fonds
import pytest

from tests.conftest import ROOT

PACKAGES = ["fonds", "fonds.archivesspace", "fonds.archivematica", "fonds.storage_service", "fonds.testing"]
MODULES = ["fonds.errors", "fonds.archivesspace.query", "fonds.pagination"]
#: Classes whose own methods are checked too (the simulators' internals are another story).
WITH_MEMBERS = ["fonds", "fonds.archivesspace", "fonds.archivematica", "fonds.storage_service", *MODULES]


#: A code span that calls something or uses an operator: ``aspace.get("/repositories/2")``, ``a & b``.
_CODE = re.compile(r"``[^`]*(\w\(|\w\.\w|[&|~=])[^`]*``")


def _has_example(obj: Any) -> bool:
    """An ``Example`` section, a doctest, or a code span that shows the name in use."""
    doc = inspect.getdoc(obj) or ""
    return "Example" in doc or ">>>" in doc or bool(_CODE.search(doc))


def _exported(name: str) -> Iterator[tuple[str, Any]]:
    module = importlib.import_module(name)
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            n
            for n, obj in vars(module).items()
            if not n.startswith("_")
            and (inspect.isclass(obj) or inspect.isfunction(obj))
            and getattr(obj, "__module__", None) == name
        ]
    for n in names:
        yield f"{name}.{n}", getattr(module, n)


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods and properties fonds defines on ``cls`` (not those of a protocol another library
    documents, such as ``httpx.Auth.sync_auth_flow``, nor the generated namespaces' own)."""
    foreign = {attr for klass in cls.__mro__ if not klass.__module__.startswith("fonds") for attr in vars(klass)}
    for klass in cls.__mro__:
        if not klass.__module__.startswith("fonds"):
            continue
        for attr, value in vars(klass).items():
            if (attr.startswith("_") and attr != "__call__") or attr in foreign:
                continue
            target = value.fget if isinstance(value, property) else getattr(value, "func", value)
            if isinstance(value, (classmethod, staticmethod)):
                target = value.__func__
            if inspect.isfunction(target):
                yield f"{klass.__module__}.{klass.__qualname__}.{attr}", target


def _public() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in PACKAGES + MODULES:
        for qualified, obj in _exported(name):
            if inspect.ismodule(obj):
                continue
            out.setdefault(qualified, obj)
            if inspect.isclass(obj) and name in WITH_MEMBERS:
                for member, target in _members(obj):
                    out.setdefault(member, target)
    return out


def test_the_walk_finds_the_names_it_should() -> None:
    public = _public()
    assert "fonds.PollPolicy" in public
    assert "fonds.archivesspace._client.ArchivesSpace.get" in public
    assert "fonds.errors.ConflictError" in public
    assert len(public) > 150


def test_every_public_name_has_a_docstring_with_an_example() -> None:
    missing = sorted(name for name, obj in _public().items() if not _has_example(obj))
    assert missing == []


def test_the_names_the_readme_imports_from_fonds_are_exported() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    imported = {
        name.strip()
        for line in re.findall(r"^from fonds import (.+)$", readme, re.MULTILINE)
        for name in line.split(",")
    }
    assert imported
    assert imported <= set(fonds.__all__)
    for name in fonds.__all__:
        assert getattr(fonds, name) is not None


@pytest.mark.parametrize("name", ["PollPolicy", "RetryPolicy", "decode_name", "ss_location_path"])
def test_policies_and_helpers_are_importable_from_fonds(name: str) -> None:
    assert name in fonds.__all__
    assert callable(getattr(fonds, name))
