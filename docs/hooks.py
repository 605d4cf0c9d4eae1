"""mkdocs hooks: one API reference page per generated namespace, and one page of each API's records (models),
written at build time from the generated packages (so the reference can never go stale against generated/), and
added to the navigation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
APIS = (
    ("ArchivesSpace", "archivesspace_api", "aspace"),
    ("Archivematica", "archivematica_api", "am"),
    ("Storage Service", "storage_service_api", "ss"),
)


#: Namespaces fonds extends by hand (the client's attribute is the overlay class, which adds or replaces methods).
EXTENDED = {
    ("archivesspace_api", "search"): ("fonds.archivesspace._search.Search", "fonds.archivesspace._search.AsyncSearch"),
    ("archivematica_api", "transfers"): (
        "fonds.archivematica._namespaces.Transfers",
        "fonds.archivematica._namespaces.AsyncTransfers",
    ),
    ("archivematica_api", "ingests"): (
        "fonds.archivematica._namespaces.Ingests",
        "fonds.archivematica._namespaces.AsyncIngests",
    ),
    ("storage_service_api", "packages"): ("fonds.storage_service._namespaces.Packages",),
}


def _class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_")) + "Namespace"


def _namespaces(package: str) -> list[str]:
    api = ROOT / "generated" / package / "api"
    return sorted(p.name for p in api.iterdir() if (p / "__init__.py").exists())


def _page(title: str, package: str, client: str, tag: str) -> str:
    cls = _class_name(tag)
    extended = EXTENDED.get((package, tag), ())
    head = f"# {title}: `{client}.{tag}`\n\n"
    if extended:
        head += (
            f"fonds extends this namespace: `{client}.{tag}` is the class below, whose methods add to or replace "
            "the generated ones that follow it.\n\n" + "".join(f"::: {name}\n\n" for name in extended)
        )
    return (
        head + f"The `{tag}` namespace of the {title} client (`{client}.{tag}`), generated from the spec; its twin "
        f"`Async{cls}` has the same methods, awaitable.\n\n"
        f"::: {package}.api.{tag}.{cls}\n\n"
        f"::: {package}.api.{tag}.Async{cls}\n"
    )


#: The records' docstrings come from openapi-python-client's model template, which wraps a long union type over
#: two lines in a few ``Attributes`` entries (griffe cannot pair those); their pages render without those warnings,
#: every other page stays strict.
OPTIONS = ["    options:", "      members: false", "      docstring_options:", "        warnings: false"]


def _models_page(title: str, package: str) -> str:
    """Every record class of a generated package: its docstring (what it is, its fields) and signature."""
    lines = [
        f"# {title} records",
        "",
        f"The typed records (`{package}.models`) the {title} client sends and answers, generated from the spec's "
        "schemas. `Record.from_dict(json)` parses one, `record.to_dict()` gives the JSON back.",
        "",
    ]
    for module in sorted((ROOT / "generated" / package / "models").glob("*.py")):
        for name in re.findall(r"^class (\w+)", module.read_text(), re.M):
            lines += [f"::: {package}.models.{module.stem}.{name}", *OPTIONS, ""]
    return "\n".join(lines)


def _pages() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    out = []
    for title, package, client in APIS:
        entries = [(tag, f"reference/namespaces/{package}/{tag}.md") for tag in _namespaces(package)]
        out.append((title, package, client, entries))
    return out


def on_config(config: Any) -> Any:
    """Add a "Namespaces" section per API under "API reference"."""
    reference = next(item for item in config["nav"] if isinstance(item, dict) and "API reference" in item)
    for title, package, _client, entries in _pages():
        reference["API reference"].append({f"{title} namespaces": [{tag: path} for tag, path in entries]})
        reference["API reference"].append({f"{title} records": f"reference/models/{package}.md"})
    return config


def on_files(files: Files, config: Any) -> Files:
    """Add the generated namespace pages to the site."""
    for title, package, client, entries in _pages():
        for tag, path in entries:
            files.append(File.generated(config, path, content=_page(title, package, client, tag)))
        files.append(File.generated(config, f"reference/models/{package}.md", content=_models_page(title, package)))
    return files
