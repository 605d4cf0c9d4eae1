"""The APIs fonds compiles: where each spec lives and which package it becomes."""

from __future__ import annotations

from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent


@attrs.frozen
class Api:
    """One API: ``name`` (as in ``--only``), its spec entry point, and the Python package it compiles into.

    ``ready`` is False while a spec is being written: the default run and ``--check`` pass over it (saying so),
    and ``--only NAME`` still compiles it for the people writing it.
    """

    name: str
    spec: Path
    package: str
    ready: bool = True


APIS: tuple[Api, ...] = (
    Api("archivesspace", ROOT / "specs" / "archivesspace" / "openapi.yaml", "archivesspace_api"),
    Api("archivematica", ROOT / "specs" / "archivematica" / "openapi.yaml", "archivematica_api"),
    Api("storage-service", ROOT / "specs" / "storage-service" / "openapi.yaml", "storage_service_api"),
)


def select(only: list[str] | None) -> list[Api]:
    """The APIs named in ``only`` (all when empty); raises ``SystemExit`` naming an unknown one."""
    if not only:
        for api in APIS:
            if not api.ready:
                print(f"{api.name}: spec in progress, passed over (compile it with --only {api.name})")
        return [api for api in APIS if api.ready]
    known = {api.name: api for api in APIS}
    unknown = [name for name in only if name not in known]
    if unknown:
        raise SystemExit(f"unknown API {', '.join(unknown)}; choose from {', '.join(known)}")
    return [known[name] for name in only]
