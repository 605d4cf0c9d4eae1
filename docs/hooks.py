"""mkdocs hooks: one API reference page per generated namespace, written at build time from the generated
packages (so the reference can never go stale against generated/), and added to the navigation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
APIS = (
    ("ArchivesSpace", "archivesspace_api", "aspace"),
    ("Archivematica", "archivematica_api", "am"),
    ("Storage Service", "storage_service_api", "ss"),
)


def _class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_")) + "Namespace"


def _namespaces(package: str) -> list[str]:
    api = ROOT / "generated" / package / "api"
    return sorted(p.name for p in api.iterdir() if (p / "__init__.py").exists())


def _page(title: str, package: str, client: str, tag: str) -> str:
    cls = _class_name(tag)
    return (
        f"# {title}: `{client}.{tag}`\n\n"
        f"The `{tag}` namespace of the {title} client (`{client}.{tag}`), generated from the spec; its twin "
        f"`Async{cls}` has the same methods, awaitable.\n\n"
        f"::: {package}.api.{tag}.{cls}\n\n"
        f"::: {package}.api.{tag}.Async{cls}\n"
    )


def _pages() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    out = []
    for title, package, client in APIS:
        entries = [(tag, f"reference/namespaces/{package}/{tag}.md") for tag in _namespaces(package)]
        out.append((title, package, client, entries))
    return out


def on_config(config: Any) -> Any:
    """Add a "Namespaces" section per API under "API reference"."""
    reference = next(item for item in config["nav"] if isinstance(item, dict) and "API reference" in item)
    for title, _package, _client, entries in _pages():
        reference["API reference"].append({f"{title} namespaces": [{tag: path} for tag, path in entries]})
    return config


def on_files(files: Files, config: Any) -> Files:
    """Add the generated namespace pages to the site."""
    for title, package, client, entries in _pages():
        for tag, path in entries:
            files.append(File.generated(config, path, content=_page(title, package, client, tag)))
    return files
