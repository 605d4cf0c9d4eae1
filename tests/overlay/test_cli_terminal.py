"""The command line in a real terminal (tmux): the progress bar of a download renders, and ``--quiet`` hides it.

Skipped, saying why, on machines without tmux (``apt-get install tmux``)."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fonds.testing import ArchivesSpaceSimulator, StorageServiceSimulator

from .cli_support import ExportingSimulator, clean_env, command, tmux

pytestmark = [
    pytest.mark.loopback,
    pytest.mark.skipif(
        tmux() is None, reason="tmux is not installed: the real-terminal test of progress bars needs it"
    ),
]

BAR = "━"  # rich's bar


@pytest.fixture(scope="module")
def storage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    sim = StorageServiceSimulator()
    aip = sim.add_package("big", objects=[("data/big.bin", os.urandom(3 << 20))])
    home = tmp_path_factory.mktemp("home")
    with sim.serve() as url:
        yield aip.uuid, clean_env(home, FONDS_SS_URL=url, FONDS_SS_USERNAME="test", FONDS_SS_API_KEY="test")


def in_terminal(
    env: dict[str, str], args: list[str], tmp_path: Path, answer: tuple[str, str] | None = None
) -> tuple[str, int]:
    """Run ``fonds args`` in a 150x40 tmux terminal; what the screen shows at the end, and the exit status.
    ``answer`` is ``(prompt, text)``: once the screen shows ``prompt``, type ``text`` and Enter."""
    server = ["tmux", "-L", f"fonds-test-{os.getpid()}-{tmp_path.name}", "-f", "/dev/null"]
    status = tmp_path / "status"
    script = (
        f"{shlex.join(command(*args))}; echo $? > {shlex.quote(str(status))}; "
        f"{shlex.join([*server, 'wait-for', '-S', 'done'])}; sleep 60"
    )
    env = {**env, "TERM": "xterm-256color"}

    def screen() -> str:
        return subprocess.run(
            [*server, "capture-pane", "-p", "-t", "cli"], env=env, check=True, capture_output=True, text=True
        ).stdout

    try:
        subprocess.run(
            [*server, "new-session", "-d", "-s", "cli", "-x", "150", "-y", "40", "sh", "-c", script],
            env=env,
            check=True,
            cwd=tmp_path,
        )
        if answer is not None:
            prompt, text = answer
            for _ in range(600):  # up to a minute for the prompt (the command starts, then asks)
                if prompt in screen():
                    break
                time.sleep(0.1)
            subprocess.run([*server, "send-keys", "-t", "cli", text, "Enter"], env=env, check=True)
        subprocess.run([*server, "wait-for", "done"], env=env, check=True, timeout=60)
        shown = screen()
    finally:
        subprocess.run([*server, "kill-server"], env=env, check=False, capture_output=True)
    return shown, int(status.read_text())


def test_a_download_shows_a_progress_bar_and_quiet_hides_it(
    storage: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    aip, env = storage
    shown_dir, quiet_dir = tmp_path / "shown", tmp_path / "quiet"
    shown_dir.mkdir()
    quiet_dir.mkdir()
    screen, status = in_terminal(env, ["ss", "download-aip", aip, "--directory", "aips"], shown_dir)
    assert status == 0, screen
    assert BAR in screen, screen
    assert f"aip {aip[:8]}" in screen
    assert "MB" in screen  # the bytes column: 3.1/3.1 MB
    saved = next((shown_dir / "aips").iterdir())
    assert saved.stat().st_size > 3 << 20
    assert str(Path("aips") / saved.name) in screen  # the path, on standard output
    screen, status = in_terminal(env, ["ss", "download-aip", aip, "--directory", "aips", "--quiet"], quiet_dir)
    assert status == 0, screen
    assert BAR not in screen, screen
    assert f"aip {aip[:8]}" not in screen
    assert str(Path("aips") / saved.name) in screen
    assert (quiet_dir / "aips" / saved.name).read_bytes() == saved.read_bytes()


def test_a_missing_password_is_asked_for_on_a_terminal_and_never_echoed(tmp_path: Path) -> None:
    sim = ArchivesSpaceSimulator(archival_objects=1)
    sim.add_user("typist", "typed-pw-42")
    with sim.serve() as url:
        env = clean_env(tmp_path, FONDS_ASPACE_URL=url, FONDS_ASPACE_USERNAME="typist")
        args = ["aspace", "get", "/repositories/2", "--fields", "uri"]
        screen, status = in_terminal(env, args, tmp_path, answer=("ArchivesSpace password for typist:", "typed-pw-42"))
    assert status == 0, screen
    lines = [line.strip() for line in screen.splitlines() if line.strip()]
    assert lines == ["ArchivesSpace password for typist:", "uri  /repositories/2"]


def test_an_export_counts_records_in_a_progress_bar(tmp_path: Path) -> None:
    sim = ExportingSimulator(archival_objects=1)
    with sim.serve() as url:
        env = clean_env(tmp_path, FONDS_ASPACE_URL=url, FONDS_ASPACE_USERNAME="admin", FONDS_ASPACE_PASSWORD="admin")
        screen, status = in_terminal(
            env, ["aspace", "export", "--repo", "2", "--format", "mods", "--to", "m"], tmp_path
        )
    records = len(sim.store.ids("digital_object", 2))
    assert status == 0, screen
    assert BAR in screen
    assert f"MODS of repository 2 {BAR}" in screen
    assert f"{records}/{records}" in screen  # done of total
    assert len(list((tmp_path / "m").iterdir())) == records
