"""The connected Archivematica + Storage Service simulators: the README's quickstart, run from a shell against
``python -m fonds.testing all`` (two processes, the code pointed at the ports the set listens on)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fonds import Archivematica, StorageService
from fonds.testing import connected, serve_all

from tests.conftest import ROOT

pytestmark = pytest.mark.loopback

AUTH = {"Authorization": "ApiKey test:test"}


def quickstart() -> str:
    text = (ROOT / "README.md").read_text()
    section = text[text.index("## Quickstart: Archivematica and the Storage Service") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match
    return match.group(1)


@pytest.fixture
def served_set() -> Iterator[tuple[str, str]]:
    """``python -m fonds.testing all`` in its own process, on free ports; yields the two URLs it prints."""
    command = [sys.executable, "-m", "fonds.testing", "all", "--am-port", "0", "--ss-port", "0", "--speed", "200"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline(), process.stdout.readline()]
        urls = [re.search(r"http://[\d.]+:\d+", line) for line in lines]
        assert all(urls), f"the set did not start: {lines} {process.stderr.read() if process.poll() else ''}"
        yield urls[0].group(0), urls[1].group(0)  # type: ignore[union-attr]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_readme_quickstart_runs_from_a_shell_against_the_connected_set(
    served_set: tuple[str, str], tmp_path: Path
) -> None:
    am_url, ss_url = served_set
    code = quickstart()
    assert "http://localhost:62080" in code
    assert "http://localhost:62081" in code
    script = tmp_path / "quickstart.py"
    script.write_text(code.replace("http://localhost:62080", am_url).replace("http://localhost:62081", ss_url))
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    downloaded = list((tmp_path / "aips").iterdir())
    assert len(downloaded) == 1
    assert downloaded[0].name.endswith(".tar.gz")  # named from Content-Disposition
    assert downloaded[0].stat().st_size > 0
    with StorageService(ss_url, username="test", api_key="test") as ss:  # the AIP is in the other server
        assert [str(p.uuid) for p in ss.packages.list(package_type="AIP")] == [
            line.split()[0] for line in done.stdout.splitlines()
        ]


def test_serve_all_shares_one_state_between_the_two_servers() -> None:
    am, ss = connected(speed=1000, packages=2)
    assert am.storage is ss
    with serve_all(am) as (am_url, ss_url):
        assert am_url != ss_url
        pipeline = httpx.get(f"{ss_url}/api/v2/pipeline/", headers=AUTH).json()["objects"][0]
        assert pipeline["uuid"] == am.pipeline_uuid
        assert pipeline["remote_name"] == am_url
        with Archivematica(am_url, username="test", api_key="test") as client:
            assert client.processing_configurations.list().processing_configurations == ["automated", "default"]
        assert httpx.get(f"{ss_url}/api/v2/file/", headers=AUTH).json()["meta"]["total_count"] == 2
