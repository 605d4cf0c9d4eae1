"""Every Python example of the documentation site and of the README runs, against the simulators served on
127.0.0.1 (only the URLs change).

The blocks of one page run in order in one namespace, as a reader would type them, in a fresh folder. A block
right after the comment ``<!-- docs: no-run (why) -->`` is only compiled: old ArchivesSnake or amclient code in
the migration guides, and the few examples that need a real server.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fonds.testing.archivematica import ArchivematicaSimulator
from fonds.testing.archivesspace import ArchivesSpaceSimulator
from fonds.testing.storage_service import StorageServiceSimulator

from tests.conftest import ROOT

pytestmark = pytest.mark.loopback

NO_RUN = "<!-- docs: no-run"
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)
ALL_PAGES = [*sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs" / "pages").rglob("*.md")), "README.md"]
PAGES = [page for page in ALL_PAGES if "```python" in (ROOT / page).read_text()]
URLS = {"aspace": "http://localhost:8089", "am": "http://localhost:62080", "ss": "http://localhost:62081"}


def blocks(text: str) -> Iterator[tuple[int, str, bool]]:
    """``(line, code, runs)`` of each fenced ``python`` block of a Markdown text."""
    for match in FENCE.finditer(text):
        if match.group("lang") not in ("python", "py"):
            continue
        before = text[: match.start()].rstrip().rsplit("\n", 1)[-1].strip()
        indent = match.group("indent")
        code = "\n".join(line[len(indent) :] for line in match.group("body").splitlines())
        yield text[: match.start()].count("\n") + 1, code, not before.startswith(NO_RUN)


@contextlib.contextmanager
def servers(text: str) -> Iterator[dict[str, str]]:
    """The simulators the page's examples talk to, served on 127.0.0.1: their URLs by the docs' URL."""
    with contextlib.ExitStack() as stack:
        urls: dict[str, str] = {}
        if URLS["aspace"] in text:
            urls[URLS["aspace"]] = stack.enter_context(ArchivesSpaceSimulator(archival_objects=300).serve())
        if URLS["am"] in text or URLS["ss"] in text:
            ss_sim = StorageServiceSimulator(packages=5, realtime=True, speed=1.0, async_seconds=0.01)
            am_sim = ArchivematicaSimulator(storage=ss_sim, realtime=True, speed=1.0, job_seconds=0.01)
            urls[URLS["am"]] = stack.enter_context(am_sim.serve())
            urls[URLS["ss"]] = stack.enter_context(ss_sim.serve())
        yield urls


def test_the_guides_have_examples_to_run() -> None:
    assert len(PAGES) >= 15
    assert {"README.md", "docs/pages/migrating/archivessnake.md", "docs/pages/migrating/amclient.md"} <= set(PAGES)


def test_the_fence_reader_sees_blocks_and_no_run_marks() -> None:
    text = (
        "# t\n\n```python\nx = 1\n```\n\n<!-- docs: no-run (needs a server) -->\n```python\ny\n```\n\n"
        "    ```python\n    z = 2\n    ```\n\n```sh\nls\n```\n"
    )
    found = list(blocks(text))
    assert [(code, runs) for _, code, runs in found] == [("x = 1", True), ("y", False), ("z = 2", True)]
    assert found[0][0] == 3


@pytest.mark.parametrize("page", PAGES)
def test_every_python_example_runs(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / page).read_text()
    found = list(blocks(text))
    assert found, f"{page} has no Python example the reader finds"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.archivessnake.yml of the machine's
    for name in ("ASNAKE_CONFIG_FILE", "FONDS_ASPACE_URL", "FONDS_AM_URL", "FONDS_SS_URL"):
        monkeypatch.delenv(name, raising=False)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    with servers(text) as urls:
        for line, code, runs in found:
            source = code
            for docs_url, served_url in urls.items():
                source = source.replace(docs_url, served_url)
            compiled = compile(source, f"{page}:{line}", "exec")
            if runs:
                exec(compiled, namespace)
