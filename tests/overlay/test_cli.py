"""The ``fonds`` command line: exit statuses users can script against."""

from __future__ import annotations

import pytest
from fonds import __version__
from fonds.cli import main


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip() == __version__
    assert main([]) == 0
    assert "simulate" in capsys.readouterr().out


def test_an_unknown_command_fails_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 1
    assert "unknown command" in capsys.readouterr().err


def test_simulate_refuses_an_unknown_simulator() -> None:
    with pytest.raises(SystemExit) as info:
        main(["simulate", "dspace"])
    assert info.value.code != 0
