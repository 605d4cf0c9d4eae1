"""Where the clients' settings come from: arguments, then FONDS_* variables, then ~/.archivessnake.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
from fonds import Archivematica, ArchivesSpace, errors


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in (
        "FONDS_ASPACE_URL",
        "FONDS_ASPACE_USERNAME",
        "FONDS_ASPACE_PASSWORD",
        "FONDS_ASPACE_TOKEN",
        "FONDS_AM_URL",
        "FONDS_AM_USERNAME",
        "FONDS_AM_API_KEY",
        "ASNAKE_CONFIG_FILE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_archivessnake_users_keep_their_configuration_file(clean_environment: Path) -> None:
    (clean_environment / ".archivessnake.yml").write_text(
        "baseurl: http://aspace.example:8089\nusername: snake\npassword: from-the-file\n"
    )
    aspace = ArchivesSpace()
    assert aspace.url == "http://aspace.example:8089"
    assert aspace.session.username == "snake"
    assert "from-the-file" not in repr(aspace) + repr(aspace.session)


def test_arguments_beat_the_environment_which_beats_the_file(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (clean_environment / ".archivessnake.yml").write_text("baseurl: http://file\nusername: f\npassword: f\n")
    monkeypatch.setenv("FONDS_ASPACE_URL", "http://env")
    monkeypatch.setenv("FONDS_ASPACE_USERNAME", "env-user")
    monkeypatch.setenv("FONDS_ASPACE_PASSWORD", "env-pw")
    assert ArchivesSpace().url == "http://env"
    assert ArchivesSpace("http://arg", username="a", password="b").session.username == "a"


def test_missing_settings_are_a_configuration_error_before_anything_is_sent() -> None:
    with pytest.raises(errors.ConfigurationError, match="URL"):
        ArchivesSpace()
    with pytest.raises(errors.ConfigurationError, match="credentials"):
        ArchivesSpace("http://aspace.test")
    with pytest.raises(errors.ConfigurationError, match="FONDS_AM_API_KEY"):
        Archivematica("http://am.test", username="test")
