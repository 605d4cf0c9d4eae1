"""The README's quickstarts run as written, against the simulators served over loopback (only the URLs change)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fonds.testing.archivematica import ArchivematicaSimulator
from fonds.testing.archivesspace import ArchivesSpaceSimulator
from fonds.testing.storage_service import StorageServiceSimulator

from tests.conftest import ROOT

pytestmark = pytest.mark.loopback


def snippet(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text[text.index(heading) :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, f"no code under {heading}"
    return match.group(1)


def test_archivesspace_quickstart(capsys: pytest.CaptureFixture[str]) -> None:
    code = snippet("## Quickstart: ArchivesSpace")
    assert "http://localhost:8089" in code
    with ArchivesSpaceSimulator(archival_objects=300).serve() as url:
        exec(compile(code.replace("http://localhost:8089", url), "README", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 300 + 300


def test_archivematica_quickstart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = snippet("## Quickstart: Archivematica and the Storage Service")
    monkeypatch.chdir(tmp_path)
    ss_sim = StorageServiceSimulator(packages=5, realtime=True, speed=1.0, async_seconds=0.01)
    am_sim = ArchivematicaSimulator(storage=ss_sim, realtime=True, speed=1.0, job_seconds=0.01)
    with am_sim.serve() as am_url, ss_sim.serve() as ss_url:
        code = code.replace("http://localhost:62080", am_url).replace("http://localhost:62081", ss_url)
        namespace: dict[str, object] = {}
        exec(compile(code, "README", "exec"), namespace)
    aip = str(namespace["aip_uuid"])
    downloaded = list((tmp_path / "aips").iterdir())
    assert len(downloaded) == 1
    assert downloaded[0].stat().st_size > 0
    assert aip in {str(p) for p in ss_sim.packages}


def test_simulator_snippet() -> None:
    exec(compile(snippet("## Testing your scripts"), "README", "exec"), {})
