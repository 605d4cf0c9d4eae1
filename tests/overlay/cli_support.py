"""Running the ``fonds`` command line as a subprocess, the way users run it, and checking how it fails; the
ArchivesSpace simulator with the export routes it lacks (``ExportingSimulator``)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fonds.testing import ArchivesSpaceSimulator, Request, Response

FONDS_SCRIPT = Path(sys.executable).with_name("fonds")

EXPORTS = {
    "/repositories/{repo_id}/resource_descriptions/{id}.xml": ("resource", "ead"),
    "/repositories/{repo_id}/resources/marc21/{id}.xml": ("resource", "marc"),
    "/repositories/{repo_id}/digital_objects/mods/{id}.xml": ("digital_object", "mods"),
    "/repositories/{repo_id}/digital_objects/mets/{id}.xml": ("digital_object", "mets"),
    "/repositories/{repo_id}/digital_objects/dublin_core/{id}.xml": ("digital_object", "dc"),
}
RECORD_URI = re.compile(r"^/repositories/(\d+)/([a-z_]+)s/(\d+)$")


def document(fmt: str, record: dict[str, Any]) -> bytes:
    """The export the test simulator answers: small, but a whole XML document naming the record."""
    title = str(record.get("title", "")).replace("&", "&amp;").replace("<", "&lt;")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f'{head}<{fmt} uri="{record["uri"]}"><title>{title}</title></{fmt}>\n'.encode()


class ExportingSimulator(ArchivesSpaceSimulator):
    """The ArchivesSpace simulator plus the export routes it lacks (EAD, MARC, MODS, METS, Dublin Core), and
    records someone else saves right after the command fetched them (``contested``)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.contested: set[str] = set()
        self.exported: list[str] = []
        for pattern, (kind, fmt) in EXPORTS.items():
            self.router.add("GET", pattern, self._export(kind, fmt))
            # Ahead of the simulator's own export routes: these count what was exported.
            self.router._routes.insert(0, self.router._routes.pop())

    def _export(self, kind: str, fmt: str) -> Callable[..., Response]:
        def handler(call: Any, repo_id: str, id: str) -> Response:
            record = self.store.get(kind, int(id), int(repo_id))
            if record is None:
                return Response.json({"error": f"{kind} not found"}, 404)
            self.exported.append(f"{fmt}:{record['uri']}")
            return Response.text(document(fmt, record), content_type="application/xml")

        return handler

    def handle(self, request: Request) -> Response:
        answer = super().handle(request)
        if request.method == "GET" and request.path in self.contested and answer.status == 200:
            m = RECORD_URI.match(request.path)
            assert m is not None
            self.store.touch(m.group(2), int(m.group(3)), int(m.group(1)), "someone-else")
        return answer


def command(*args: str) -> list[str]:
    """The argv that runs ``fonds`` (the installed script, else ``python -m fonds.cli``)."""
    if FONDS_SCRIPT.exists():
        return [str(FONDS_SCRIPT), *args]
    return [sys.executable, "-m", "fonds.cli", *args]


def clean_env(home: Path, **settings: str) -> dict[str, str]:
    """An environment with no FONDS_* or ArchivesSnake settings of the machine: ``home`` is HOME and the config
    folder; ``settings`` are added."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONDS_", "ASNAKE_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), LC_ALL="C.UTF-8", PYTHONUTF8="1")
    env.pop("COLUMNS", None)
    env.update(settings)
    return env


def run(env: dict[str, str], *args: str, cwd: Path | None = None, stdin: str | None = None) -> Any:
    """``fonds *args`` in a subprocess; the completed process (text output)."""
    return subprocess.run(
        command(*args), env=env, cwd=cwd, capture_output=True, text=True, timeout=120, input=stdin, check=False
    )


def ok(result: Any) -> Any:
    """Assert the run succeeded with nothing on standard error but remarks; returns it."""
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def failed(result: Any, *fragments: str, status: int | None = None) -> str:
    """Assert the run failed with a non-zero status and ONE line on standard error (no traceback), containing
    ``fragments``; returns the line."""
    assert result.returncode != 0, f"succeeded: {result.stdout}"
    if status is not None:
        assert result.returncode == status, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"stderr has {len(lines)} lines: {result.stderr!r}"
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("fonds: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def json_lines(result: Any) -> list[Any]:
    """Every line of standard output parsed as JSON (a listing with ``--json``)."""
    return [json.loads(line) for line in ok(result).stdout.splitlines() if line.strip()]


def json_doc(result: Any) -> Any:
    """Standard output parsed as one JSON document."""
    return json.loads(ok(result).stdout)


def tmux() -> str | None:
    """The tmux executable, or None when the machine has none."""
    return shutil.which("tmux")
