"""The ``fonds`` command line in-process: its command tree (every amclient subcommand, an example on every
``--help``), usage errors as one line with status 2, settings and their precedence, output helpers. The
subprocess tests against simulators are in test_cli_archivematica.py, test_cli_archivesspace.py and
test_cli_terminal.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fonds import __version__
from fonds._cli import AM_COMMANDS, SS_COMMANDS, _route
from fonds._cli._output import lookup, plain
from fonds.cli import main

# amclient's 28 subcommands (amclient/amclientargs.py, SUBCOMMANDS)
AMCLIENT = {
    "close-completed-transfers", "close-completed-ingests", "completed-transfers", "completed-ingests",
    "unapproved-transfers", "transferables", "aips", "dips", "get-all-compressed-aips", "aips2dips", "aip2dips",
    "download-dip", "download-aip", "delete-aip", "get-pipelines", "get-transfer-status", "get-ingest-status",
    "get-processing-config", "approve-transfer", "approve-partial-reingest", "reingest-aip", "get-package-details",
    "list-storage-locations", "create-package", "extract-file", "extract-file-stream", "get-jobs", "create-location",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(__import__("os").environ):
        if name.startswith(("FONDS_", "ASNAKE_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))


def one_line(capsys: pytest.CaptureFixture[str], *fragments: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def leaves(command: Any, path: str = "fonds") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, sub in getattr(command, "commands", {}).items():
        if hasattr(sub, "commands"):
            found |= leaves(sub, f"{path} {name}")
        else:
            found[f"{path} {name}"] = sub
    return found


def test_every_amclient_subcommand_is_in_fonds_am_or_fonds_ss() -> None:
    from fonds._cli._app import build
    from typer.main import get_command

    commands = leaves(get_command(build()))
    assert len(AMCLIENT) == 28
    assert AM_COMMANDS | SS_COMMANDS == AMCLIENT
    assert not AM_COMMANDS & SS_COMMANDS
    for name in AMCLIENT:
        group = "am" if name in AM_COMMANDS else "ss"
        assert f"fonds {group} {name}" in commands
    for chore in ("get", "list", "search", "facets", "export", "update", "tree"):
        assert f"fonds aspace {chore}" in commands
    assert {"fonds am transfer start", "fonds am transfer follow", "fonds config show", "fonds simulate"} <= set(
        commands
    )


def test_every_command_has_an_example_in_its_help() -> None:
    from fonds._cli._app import build
    from typer.main import get_command

    for path, command in leaves(get_command(build())).items():
        assert "$ fonds" in (command.epilog or ""), path
        assert command.help, path


def test_amclient_habits_route_to_the_right_group() -> None:
    assert _route(["aips", "--json"]) == ["ss", "aips", "--json"]
    assert _route(["get-jobs", "u"]) == ["am", "get-jobs", "u"]
    assert _route(["am", "download-aip", "u"]) == ["ss", "download-aip", "u"]
    assert _route(["ss", "completed-transfers"]) == ["am", "completed-transfers"]
    assert _route(["aspace", "get", "/x"]) == ["aspace", "get", "/x"]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip() == __version__
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"fonds {__version__}"
    assert main([]) == 0
    assert "simulate" in capsys.readouterr().out
    assert main(["ss", "--help"]) == 0
    assert "download-aip" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["frobnicate"], ("No such command",)),
        (["ss", "aips", "--bogus"], ("No such option: --bogus", "fonds ss aips --help")),
        (["ss", "download-aip"], ("Missing argument",)),
        (["ss", "aips", "--output-mode", "xml"], ("--output-mode",)),
        (["aspace", "export", "--repo", "0", "--to", "x"], ("--repo",)),
        (["simulate", "dspace"], ("invalid choice", "dspace")),
        (["simulate", "archivesspace", "--port", "x"], ("--port",)),
        (["simulate", "archivesspace", "--faults", "gremlins"], ("gremlins",)),
    ],
)
def test_usage_errors_are_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragments: tuple[str, ...]
) -> None:
    assert main(argv) == 2
    one_line(capsys, *fragments)


UUID0 = "00000000-0000-4000-8000-000000000000"
ASPACE = ["--url", "http://127.0.0.1:9", "--username", "u"]


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["ss", "get-package-details", "nope"], ("PACKAGE_UUID wants a UUID",)),
        (["am", "get-jobs", "nope"], ("UNIT_UUID wants a UUID",)),
        (["ss", "create-location", "x", "y", "XX", "p"], ("LOCATION_PURPOSE",)),
        (["ss", "reingest-aip", UUID0, UUID0, "--reingest-type", "bogus"], ("--reingest-type",)),
        (["aspace", "search", "--where", "title:maybe", *ASPACE, "--password", "p"], ("--where",)),
        (
            ["aspace", "export", "--repo", "2", "--to", "x", "--format", "pdf", *ASPACE, "--password", "p"],
            ("--format",),
        ),
        (["aspace", "get", "/x"], ("no ArchivesSpace URL",)),
        (["aspace", "get", "/x", *ASPACE, "--no-input"], ("no ArchivesSpace password",)),
        (["ss", "aips", "--ss-url", "ftp://example.org", "--api-key", "k"], ("not an http(s) URL",)),
        (["--profile", "lab", "ss", "aips"], ("profile 'lab'", "no configuration file")),
    ],
)
def test_bad_input_fails_before_anything_is_sent(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragments: tuple[str, ...]
) -> None:
    assert main(argv) == 1
    one_line(capsys, *fragments)


def _show(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[tuple[str, str], dict[str, Any]]:
    assert main(["config", "show", "--json", *argv]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {(r["server"], r["setting"]): r for r in rows}


def test_settings_precedence_flags_env_profile_archivessnake_defaults(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / ".config" / "fonds" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        '[default.archivematica]\nurl = "http://profile:1"\nusername = "from-profile"\n'
        '[default.archivesspace]\nusername = "profile-user"\npassword_file = "~/pw"\n'
        '[prod.archivematica]\nurl = "http://prod:1"\napi_key = "prod-key"\n'
    )
    (tmp_path / "pw").write_text("secret-from-file\n")
    (tmp_path / ".archivessnake.yml").write_text("baseurl: http://snake:4567\nusername: snake\npassword: snakepw\n")
    rows = _show(capsys)
    assert rows["archivematica", "url"]["value"] == "http://profile:1"
    assert "profile 'default'" in rows["archivematica", "url"]["source"]
    assert rows["storage_service", "url"] == {
        "server": "storage_service", "setting": "url", "value": "http://127.0.0.1:62081", "source": "amclient's default"
    }  # fmt: skip
    assert rows["storage_service", "username"]["value"] == "test"
    assert rows["archivesspace", "url"] == {
        "server": "archivesspace", "setting": "url", "value": "http://snake:4567", "source": "~/.archivessnake.yml"
    }  # fmt: skip
    assert rows["archivesspace", "username"]["value"] == "profile-user"  # the profile before ArchivesSnake's file
    assert rows["archivesspace", "password"]["value"] == "****** (set)"
    assert rows["archivesspace", "password"]["source"].startswith("file (profile")
    monkeypatch.setenv("FONDS_AM_URL", "http://env:1")
    assert _show(capsys)["archivematica", "url"]["source"] == "FONDS_AM_URL"
    prod = _show(capsys, "--profile", "prod")
    assert prod["archivematica", "url"]["value"] == "http://env:1"  # the environment beats the profile
    assert prod["archivematica", "api_key"]["value"] == "****** (set)"
    assert prod["archivematica", "username"]["value"] == "test"  # prod names no user: amclient's default
    out = capsys.readouterr()
    assert "secret-from-file" not in out.out + out.err
    assert "prod-key" not in out.out + out.err
    assert main(["config", "show", "--profile", "nosuch"]) == 1
    one_line(capsys, "no profile 'nosuch'", "default, prod")
    config.write_text("[broken\n")
    assert main(["config", "show"]) == 1
    one_line(capsys, "not valid TOML")


def test_plain_and_lookup() -> None:
    import datetime
    import uuid

    from fonds.archivesspace import ArchivesSpace  # noqa: F401 - the generated models import lazily
    from storage_service_api.types import UNSET

    value = uuid.UUID(int=1)
    data = plain({"u": value, "when": datetime.date(2024, 1, 2), "missing": UNSET, "items": ({"a": 1},)})
    assert data == {"u": str(value), "when": "2024-01-02", "missing": None, "items": [{"a": 1}]}
    assert lookup(data, "items.0.a") == 1
    assert lookup(data, "items.5.a") is None
    assert lookup(data, "u.x") is None


def test_the_readme_maps_every_amclient_subcommand_to_its_fonds_command() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text()
    section = text[text.index("## Command line") : text.index("## Benchmarks")]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z0-9-]+)` \| `([^`]+)`", section, re.MULTILINE)}
    assert set(rows) == AMCLIENT
    for name, fonds_command in rows.items():
        group = "am" if name in AM_COMMANDS else "ss"
        assert fonds_command.startswith(f"fonds {group} {name}"), (name, fonds_command)
    for chore in ("get", "list", "search", "facets", "export", "update", "tree"):
        assert f"`fonds aspace {chore} " in section


def test_shell_completion_completes_commands_and_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("_FONDS_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "fonds ss aip")
    monkeypatch.setenv("COMP_CWORD", "2")
    assert main([]) == 0
    assert capsys.readouterr().out.split() == ["aips", "aips2dips", "aip2dips"]
    monkeypatch.setenv("COMP_WORDS", "fonds aspace export --fo")
    monkeypatch.setenv("COMP_CWORD", "3")
    assert main([]) == 0
    assert capsys.readouterr().out.split() == ["--format", "--force"]


def _has_simulator(name: str) -> bool:
    import argparse

    from fonds.testing.__main__ import SUBCOMMANDS

    parser = argparse.ArgumentParser()
    subcommands = parser.add_subparsers()
    for add in SUBCOMMANDS:
        add(subcommands)
    return name in subcommands.choices


def test_simulate_shows_each_simulators_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "archivesspace", "--help"]) == 0
    assert "--archival-objects" in capsys.readouterr().out


@pytest.mark.skipif(not _has_simulator("all"), reason="fonds.testing has no connected set ('all') in this tree yet")
def test_simulate_all_is_served_as_fonds_testing_serves_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "all", "--help"]) == 0
    assert "--am-port" in capsys.readouterr().out
    assert main(["simulate", "all", "--faults", "gremlins"]) == 2
    one_line(capsys, "gremlins")


@pytest.mark.loopback
def test_simulate_serves_until_interrupted(tmp_path: Path) -> None:
    import signal
    import subprocess

    import httpx

    from .cli_support import clean_env, command

    proc = subprocess.Popen(
        command("simulate", "archivesspace", "--port", "0", "--archival-objects", "5"),
        env=clean_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        assert url, line
        assert httpx.get(url.group(1) + "/version").status_code == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        proc.kill()
        proc.wait()


def test_demo_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--help"]) == 0
    assert "$ fonds demo" in capsys.readouterr().out
