"""Generation is byte-for-byte reproducible, and the staleness check notices a one-character spec change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.apis import Api
from generator.cli import stale_files
from generator.compile import compile_api
from tests.conftest import ROOT


def _copy_spec(tmp: Path) -> Path:
    shutil.copytree(ROOT / "specs" / "archivematica", tmp / "spec")
    return tmp / "spec" / "openapi.yaml"


def test_two_generations_are_identical_even_under_a_foreign_ruff_config(tmp_path: Path) -> None:
    spec = _copy_spec(tmp_path)
    api = Api("archivematica", spec, "archivematica_api")
    first = compile_api(api, tmp_path / "one")
    # A ruff configuration above the output folder must not change the output (hooks run --isolated).
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "ruff.toml").write_text("line-length = 60\n[format]\nquote-style = 'single'\n")
    second = compile_api(api, tmp_path / "two")
    assert stale_files(first, second) == []
    assert stale_files(first, ROOT / "generated" / "archivematica_api") == []


def test_a_one_character_change_makes_generated_stale(tmp_path: Path) -> None:
    spec = _copy_spec(tmp_path)
    text = spec.read_text()
    spec.write_text(text.replace("summary: ", "summary: X", 1))
    fresh = compile_api(Api("archivematica", spec, "archivematica_api"), tmp_path / "out")
    changed = stale_files(fresh, ROOT / "generated" / "archivematica_api")
    assert changed
    assert "openapi.json" in changed


def test_generations_in_processes_with_different_hash_seeds_are_identical(tmp_path: Path) -> None:
    """Set and dict order must not leak into the output (string hashing differs between processes)."""
    script = (
        "import sys; from pathlib import Path; from generator.apis import APIS; from generator.compile import "
        "compile_api; compile_api(next(a for a in APIS if a.name == 'storage-service'), Path(sys.argv[1]))"
    )
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, cwd=ROOT, env=env, capture_output=True)
        outputs.append(out / "storage_service_api")
    assert stale_files(outputs[0], outputs[1]) == []
    assert stale_files(outputs[0], outputs[2]) == []
