"""``fonds am`` and ``fonds ss`` run as subprocesses against Archivematica and Storage Service simulators served
on 127.0.0.1: amclient's subcommands, their output, exit statuses and one-line failures."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from fonds.testing import ArchivematicaSimulator, StorageServiceSimulator

from .cli_support import clean_env, failed, json_doc, json_lines, ok, run

pytestmark = pytest.mark.loopback


@attrs.define
class Servers:
    ss: StorageServiceSimulator
    am: ArchivematicaSimulator
    env: dict[str, str]
    home: Path

    @property
    def ts(self) -> str:
        return str(self.ss.defaults["TS"].uuid)

    def aips(self) -> list[str]:
        return [p.uuid for p in self.ss.packages.values() if p.package_type == "AIP"]

    def dip(self) -> tuple[str, str]:
        """The DIP's UUID and its AIP's."""
        dip = next(p for p in self.ss.packages.values() if p.package_type == "DIP")
        return dip.uuid, dip.current_path[-36:]


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    ss = StorageServiceSimulator(packages=3, realtime=True, speed=2000)
    first = min(p.uuid for p in ss.packages.values())
    ss.add_package(
        "photos", package_type="DIP", current_path=f"photos-{first}", objects=[("objects/a.jpg", b"x" * 999)]
    )
    am = ArchivematicaSimulator(storage=ss)
    am.script("broken", fail_at="Scan for viruses")
    home = tmp_path_factory.mktemp("home")
    with ss.serve() as ss_url, am.serve() as am_url:
        env = clean_env(
            home,
            FONDS_SS_URL=ss_url,
            FONDS_SS_USERNAME="test",
            FONDS_SS_API_KEY="test",
            FONDS_AM_URL=am_url,
            FONDS_AM_USERNAME="test",
            FONDS_AM_API_KEY="test",
        )
        yield Servers(ss, am, env, home)


def test_listings_print_a_table_json_lines_and_csv(servers: Servers) -> None:
    aips = set(servers.aips())
    dip, dip_aip = servers.dip()
    rows = json_lines(run(servers.env, "ss", "aips", "--json"))
    assert {row["uuid"] for row in rows} == aips
    assert all(row["package_type"] == "AIP" for row in rows)
    table = ok(run(servers.env, "aips")).stdout  # amclient's habit: no group name
    assert table.splitlines()[0].split()[:3] == ["uuid", "package_type", "status"]
    assert {line.split()[0] for line in table.splitlines()[1:]} == aips
    out = ok(run(servers.env, "ss", "dips", "--csv", "--fields", "uuid,size")).stdout
    assert [(r["uuid"], int(r["size"]) > 0) for r in csv.DictReader(io.StringIO(out))] == [(dip, True)]
    locations = json_lines(run(servers.env, "ss", "list-storage-locations", "--output-mode", "json"))
    assert servers.ts in {row["uuid"] for row in locations if row["purpose"] == "TS"}
    pipelines = json_lines(run(servers.env, "am", "get-pipelines", "--json"))  # routed to fonds ss
    assert [p["uuid"] for p in pipelines] == [servers.am.pipeline_uuid]
    assert json_lines(run(servers.env, "ss", "get-all-compressed-aips", "--json")) == []  # .tar.gz, not .7z
    mapping = {m["aip_uuid"]: m["dip_uuids"] for m in json_lines(run(servers.env, "ss", "aips2dips", "--json"))}
    assert mapping == {aip: [dip] if aip == dip_aip else [] for aip in aips}
    assert [d["uuid"] for d in json_lines(run(servers.env, "ss", "aip2dips", dip_aip, "--json"))] == [dip]


def test_transferables_decode_the_names(servers: Servers) -> None:
    listing = json_doc(run(servers.env, "ss", "transferables", servers.ts, "--json"))
    assert "sample-transfer" in listing["directories"]
    inside = json_doc(
        run(servers.env, "ss", "transferables", servers.ts, "--transfer-path", "sample-transfer", "--json")
    )
    assert inside["entries"]


def test_download_aip_writes_the_packages_bytes(servers: Servers, tmp_path: Path) -> None:
    aip = sorted(servers.aips())[0]
    details = json_doc(run(servers.env, "ss", "get-package-details", aip, "--json"))
    saved = json_doc(run(servers.env, "ss", "download-aip", aip, "--directory", str(tmp_path / "aips"), "--json"))
    path = Path(saved["path"])
    assert path.parent == tmp_path / "aips"
    data = path.read_bytes()
    assert len(data) == saved["bytes"] == details["size"]
    assert hashlib.sha256(data).digest() == hashlib.sha256(servers.ss.packages[aip].archive()).digest()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    name, content = servers.ss.packages[aip].files[0]
    relative = name.split("/", 1)[1]
    streamed = run(servers.env, "ss", "extract-file-stream", aip, relative)
    assert ok(streamed).stdout.encode() == content
    extracted = ok(run(servers.env, "ss", "extract-file", aip, relative, "--directory", str(tmp_path / "x")))
    assert Path(extracted.stdout.strip()).read_bytes() == content
    dip, _ = servers.dip()
    saved_dip = ok(run(servers.env, "ss", "download-dip", dip, "--directory", str(tmp_path / "dips"))).stdout.strip()
    assert Path(saved_dip).stat().st_size > 999


def test_transfer_start_wait_follows_it_to_its_aip(servers: Servers) -> None:
    started = run(
        servers.env,
        *("am", "transfer", "start", "photos", "sample-transfer", "--source", servers.ts),
        *("--processing-config", "automated", "--wait", "--poll-interval", "0.05", "--json"),
    )
    outcome = json_doc(started)
    aip = outcome["aip_uuid"]
    assert aip in servers.aips()
    status = json_doc(run(servers.env, "am", "get-transfer-status", outcome["transfer_uuid"], "--json"))
    assert status["status"] == "COMPLETE"
    assert status["sip_uuid"] == outcome["sip_uuid"]
    ingest = json_doc(run(servers.env, "am", "get-ingest-status", outcome["sip_uuid"], "--json"))
    assert ingest["status"] == "COMPLETE"
    jobs = json_lines(run(servers.env, "am", "get-jobs", outcome["transfer_uuid"], "--json"))
    assert jobs
    assert all(job["status"] == "COMPLETE" for job in jobs)
    only = json_lines(
        run(servers.env, "am", "get-jobs", outcome["transfer_uuid"], "--job-name", jobs[0]["name"], "--json")
    )
    assert {job["name"] for job in only} == {jobs[0]["name"]}
    completed = json_lines(run(servers.env, "am", "completed-transfers", "--json"))
    assert {"uuid": outcome["transfer_uuid"]} in completed
    closed = json_doc(run(servers.env, "am", "close-completed-transfers", "--json"))
    assert outcome["transfer_uuid"] in closed["close_succeeded"]
    assert closed["close_failed"] == []
    assert json_lines(run(servers.env, "am", "completed-transfers", "--json")) == []
    assert {"uuid": outcome["sip_uuid"]} in json_lines(run(servers.env, "am", "completed-ingests", "--json"))
    closed = json_doc(run(servers.env, "am", "close-completed-ingests", "--json"))
    assert outcome["sip_uuid"] in closed["close_succeeded"]


def test_a_failing_transfer_exits_1_naming_where_it_failed(servers: Servers) -> None:
    line = failed(
        run(
            servers.env,
            *("am", "create-package", "sample-transfer", "--transfer-source", servers.ts, "--transfer-name", "broken"),
            *("--processing-config", "automated", "--wait", "--poll-interval", "0.05"),
        ),
        "TransferFailed",
        "FAILED",
        status=1,
    )
    assert "Scan for viruses" in line or "clamscan" in line.lower() or "virus" in line.lower()


def test_create_package_then_follow_it_from_another_shell(servers: Servers) -> None:
    created = json_doc(
        run(servers.env, "am", "create-package", "second-transfer", "--transfer-source", servers.ts, "--json")
    )
    followed = json_doc(
        run(servers.env, "am", "transfer", "follow", created["id"], "--poll-interval", "0.05", "--json")
    )
    assert followed["transfer_uuid"] == created["id"]
    assert followed["aip_uuid"] in servers.aips()


def test_processing_config_approvals_reingest_deletion_and_locations(servers: Servers) -> None:
    xml = ok(run(servers.env, "am", "get-processing-config", "--processing-config", "automated")).stdout
    assert "<processingMCP>" in xml
    from archivematica_api.models.start_transfer_form import StartTransferForm
    from fonds import Archivematica
    from fonds.archivematica import ss_location_path

    with Archivematica(servers.env["FONDS_AM_URL"], username="test", api_key="test") as am:
        am.transfers.start_copy(
            body=StartTransferForm(name="later", paths=[ss_location_path(servers.ts, "second-transfer")])
        )
    waiting = json_lines(run(servers.env, "am", "unapproved-transfers", "--json"))
    assert [w["directory"] for w in waiting] == ["later"]
    approved = json_doc(run(servers.env, "am", "approve-transfer", "later", "--json"))
    assert approved["uuid"]
    assert json_lines(run(servers.env, "am", "unapproved-transfers", "--json")) == []
    aip = sorted(servers.aips())[0]
    pipeline = servers.am.pipeline_uuid
    reingest = json_doc(run(servers.env, "ss", "reingest-aip", pipeline, aip, "--reingest-type", "OBJECTS", "--json"))
    assert reingest["reingest_uuid"] == aip
    ok(run(servers.env, "am", "approve-partial-reingest", aip))
    deletion = json_doc(
        run(
            servers.env,
            "ss",
            "delete-aip",
            sorted(servers.aips())[1],
            pipeline,
            "duplicate",
            "1",
            "a@example.org",
            "--json",
        )
    )
    assert deletion
    space = next(iter(servers.ss.spaces))
    made = json_doc(
        run(
            servers.env,
            "ss",
            "create-location",
            pipeline,
            space,
            "as",
            "extra-aips",
            "--location-description",
            "Extra",
            "--json",
        )
    )
    assert made["purpose"] == "AS"
    assert made["relative_path"] == "extra-aips"


def test_every_failure_is_one_line_and_a_non_zero_status(servers: Servers) -> None:
    env = servers.env
    failed(run({**env, "FONDS_SS_API_KEY": "wrong"}, "ss", "aips"), "credentials refused", "401", status=1)
    failed(run(env, "ss", "get-package-details", "00000000-0000-4000-8000-000000000000"), "not found", status=1)
    failed(run({**env, "FONDS_SS_URL": "http://127.0.0.1:9"}, "ss", "aips"), "TransportError", status=1)
    no_key = {k: v for k, v in env.items() if k != "FONDS_AM_API_KEY"}
    failed(run(no_key, "am", "completed-ingests", "--no-input"), "no Archivematica API key", status=1)
    failed(run(env, "frobnicate"), "No such command", status=2)


def test_flags_beat_the_environment_and_keys_come_from_files(servers: Servers, tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("test\n")
    env = {**servers.env, "FONDS_SS_API_KEY": "wrong", "FONDS_SS_URL": "http://127.0.0.1:9"}
    rows = json_lines(
        run(env, "ss", "aips", "--json", "--ss-url", servers.env["FONDS_SS_URL"], "--ss-api-key-file", str(key_file))
    )
    assert {r["uuid"] for r in rows} == set(servers.aips())
    env_file = {k: v for k, v in servers.env.items() if k != "FONDS_SS_API_KEY"} | {
        "FONDS_SS_API_KEY_FILE": str(key_file)
    }
    assert json_lines(run(env_file, "ss", "aips", "--json"))


def _no_secret(text: str) -> None:
    assert "s3cret-key" not in text


def test_config_profiles_and_show_redacts(servers: Servers, tmp_path: Path) -> None:
    config = tmp_path / "fonds.toml"
    config.write_text(
        f'[lab.storage_service]\nurl = "{servers.env["FONDS_SS_URL"]}"\nusername = "test"\napi_key = "s3cret-key"\n'
    )
    bare = {k: v for k, v in servers.env.items() if not k.startswith("FONDS_")} | {"FONDS_CONFIG": str(config)}
    shown = run(bare, "config", "show", "--profile", "lab", "--server", "ss", "--json")
    _no_secret(shown.stdout + shown.stderr)
    rows: dict[str, Any] = {r["setting"]: r for r in json_lines(shown)}
    assert rows["url"]["value"] == servers.env["FONDS_SS_URL"]
    assert "profile 'lab'" in rows["url"]["source"]
    assert rows["api_key"]["value"] == "****** (set)"
    table = ok(run(bare, "config", "show", "--profile", "lab")).stdout
    _no_secret(table)
    assert "amclient's default" in table  # Archivematica falls back to amclient's URL and user
    failed(run(bare, "--profile", "nosuch", "ss", "aips"), "no profile 'nosuch'", status=1)
    # the key is wrong for the simulator: the error names the status, never the key
    wrong = run(bare | {"FONDS_PROFILE": "lab"}, "ss", "aips")
    _no_secret(failed(wrong, "401"))
    assert json.loads(ok(run(bare, "config", "path", "--json")).stdout)["text"] == str(config)
