"""``fonds aspace`` run as subprocesses against an ArchivesSpace simulator served on 127.0.0.1: get, list, search,
facets, export, update and tree, their output, exit statuses and one-line failures."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from .cli_support import RECORD_URI as _RECORD
from .cli_support import ExportingSimulator, clean_env, document, failed, json_doc, json_lines, ok, run

pytestmark = pytest.mark.loopback


@attrs.define
class Server:
    sim: ExportingSimulator
    env: dict[str, str]


@pytest.fixture(scope="module")
def aspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    sim = ExportingSimulator(archival_objects=60)
    home = tmp_path_factory.mktemp("home")
    with sim.serve() as url:
        env = clean_env(home, FONDS_ASPACE_URL=url, FONDS_ASPACE_USERNAME="admin", FONDS_ASPACE_PASSWORD="admin")
        yield Server(sim, env)


def test_get_a_record_by_uri_with_resolve(aspace: Server) -> None:
    record = json_doc(
        run(aspace.env, "aspace", "get", "/repositories/2/resources/1", "--resolve", "subjects", "--json")
    )
    stored = aspace.sim.store.get("resource", 1, 2)
    assert stored is not None
    assert record["uri"] == "/repositories/2/resources/1"
    assert record["title"] == stored["title"]
    assert record["subjects"]
    assert all(s["_resolved"]["jsonmodel_type"] == "subject" for s in record["subjects"])
    table = ok(run(aspace.env, "aspace", "get", "/subjects/1", "--fields", "uri,title")).stdout
    assert table.splitlines()[0].split() == ["uri", "/subjects/1"]
    failed(run(aspace.env, "aspace", "get", "/repositories/2/accessions/999999"), "not found", status=1)
    failed(run(aspace.env, "aspace", "get", "/nonsense/uri/here"), "URI", status=1)


def test_list_a_type_as_csv_with_chosen_fields(aspace: Server) -> None:
    out = ok(
        run(aspace.env, "aspace", "list", "archival_objects", "--repo", "2", "--csv", "--fields", "uri,title,level")
    )
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 60
    assert list(rows[0]) == ["uri", "title", "level"]
    assert {r["uri"] for r in rows} == {
        f"/repositories/2/archival_objects/{i}" for i in aspace.sim.store.ids("archival_object", 2)
    }
    failed(run(aspace.env, "aspace", "list", "resources"), "--repo", status=1)


def test_search_with_typed_filters_and_facets(aspace: Server) -> None:
    hits = json_lines(
        run(aspace.env, "aspace", "search", "--type", "archival_object", "--where", "title~letters", "--json")
    )
    assert hits
    assert all("letters" in h["title"].lower() for h in hits)
    assert all(h["primary_type"] == "archival_object" for h in hits)
    args = ("aspace", "search", "papers", "--repo", "2", "--where", "primary_type=resource", "--limit", "2", "--json")
    limited = json_lines(run(aspace.env, *args))  # keywords and typed clauses together
    assert len(limited) == 2
    assert {h["primary_type"] for h in limited} == {"resource"}
    facets = json_lines(run(aspace.env, "aspace", "facets", "--facet", "primary_type", "--repo", "2", "--json"))
    counts = {f["value"]: f["count"] for f in facets if f["facet"] == "primary_type"}
    assert counts["archival_object"] == 60
    assert counts["resource"] == 3
    failed(run(aspace.env, "aspace", "search", "--where", "title:maybe"), "--where", status=1)


def test_tree_walks_every_node(aspace: Server) -> None:
    nodes = json_lines(run(aspace.env, "aspace", "tree", "/repositories/2/resources/1", "--json"))
    in_tree = [n for n in nodes if n["depth"] > 0]
    assert nodes[0]["uri"] == "/repositories/2/resources/1"
    assert {n["depth"] for n in in_tree} >= {1, 2}
    assert len({n["uri"] for n in in_tree}) == len(in_tree)
    outline = ok(run(aspace.env, "aspace", "tree", "/repositories/2/resources/1", "--depth", "1")).stdout.splitlines()
    assert len(outline) == 1 + sum(1 for n in nodes if n["depth"] == 1)
    assert outline[1].startswith("  ")
    assert not outline[0].startswith(" ")


def test_export_every_resource_resumably(aspace: Server, tmp_path: Path) -> None:
    folder = tmp_path / "ead"
    summary = json_doc(
        run(aspace.env, "aspace", "export", "--repo", "2", "--format", "ead", "--to", str(folder), "--json")
    )
    ids = sorted(aspace.sim.store.ids("resource", 2))
    assert summary == {"folder": str(folder), "format": "ead", "records": 3, "exported": 3, "skipped": 0, "failed": 0}
    for i in ids:
        record = aspace.sim.store.get("resource", i, 2)
        assert record is not None
        assert (folder / f"resource-{i}.ead.xml").read_bytes() == document("ead", record)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"resource-{i}.ead.xml" for i in ids)
    # a broken-off file (no closing tag) is exported again; whole ones are skipped
    cut = folder / f"resource-{ids[0]}.ead.xml"
    cut.write_bytes(cut.read_bytes()[:20])
    before = len(aspace.sim.exported)
    again = json_doc(run(aspace.env, "aspace", "export", "--repo", "2", "--to", str(folder), "--json"))
    assert (again["exported"], again["skipped"]) == (1, 2)
    assert aspace.sim.exported[before:] == [f"ead:/repositories/2/resources/{ids[0]}"]
    assert cut.read_bytes().endswith(b"</ead>\n")
    mods = json_doc(
        run(
            aspace.env,
            "aspace",
            "export",
            "--repo",
            "2",
            "--format",
            "mods",
            "--to",
            str(tmp_path / "m"),
            "--concurrency",
            "8",
            "--json",
        )
    )
    assert mods["exported"] == len(aspace.sim.store.ids("digital_object", 2)) == len(list((tmp_path / "m").iterdir()))
    failed(run(aspace.env, "aspace", "export", "--repo", "2", "--format", "pdf", "--to", str(tmp_path)), "--format")


def _level(aspace: Server, uri: str) -> tuple[str, int]:
    m = _RECORD.match(uri)
    assert m is not None
    record = aspace.sim.store.get("archival_object", int(m.group(3)), 2)
    assert record is not None
    return record["level"], record["lock_version"]


def test_update_one_field_with_dry_run_and_conflicts(aspace: Server) -> None:
    args = (
        "aspace",
        "update",
        "--type",
        "archival_object",
        "--repo",
        "2",
        "--where",
        "title~letters",
        "--set",
        "level=otherlevel",
    )
    preview = json_lines(run(aspace.env, *args, "--dry-run", "--json"))
    uris = [row["uri"] for row in preview]
    assert len(uris) >= 3
    assert {row["result"] for row in preview} == {"would change"}
    assert all(row["new"] == "otherlevel" and row["old"] == _level(aspace, row["uri"])[0] for row in preview)
    assert all(_level(aspace, uri)[0] != "otherlevel" for uri in uris)  # nothing was changed
    versions = {uri: _level(aspace, uri)[1] for uri in uris}
    aspace.sim.contested = {uris[1]}  # someone saves this one between our fetch and our post
    result = run(aspace.env, *args, "--json")
    line = failed(result, "1 of", "lock_version", uris[1], status=1)
    assert "conflict" in line
    rows = {row["uri"]: row for row in json_lines(_stdout_only(result))}
    assert rows[uris[1]]["result"].startswith("conflict")
    assert _level(aspace, uris[1])[0] != "otherlevel"
    for uri in (uris[0], uris[2]):
        assert rows[uri]["result"] == "updated"
        assert _level(aspace, uri) == ("otherlevel", versions[uri] + 1)
    aspace.sim.contested = set()
    failed(run(aspace.env, *args[:-1], "nosuchfield=1"), "a field of ArchivalObject", status=1)
    failed(run(aspace.env, *args[:-1], "publish=perhaps"), "true or false", status=1)


def _stdout_only(result: Any) -> Any:
    return attrs.evolve(_Result(result.returncode, result.stdout, ""), returncode=0)


@attrs.define
class _Result:
    returncode: int
    stdout: str
    stderr: str


def test_credentials_from_a_file_or_archivessnake(aspace: Server, tmp_path: Path) -> None:
    password = tmp_path / "password"
    password.write_text("admin\n")
    env = {k: v for k, v in aspace.env.items() if k != "FONDS_ASPACE_PASSWORD"}
    record = json_doc(run(env, "aspace", "get", "/repositories/2", "--password-file", str(password), "--json"))
    assert record["uri"] == "/repositories/2"
    failed(run(env, "aspace", "get", "/repositories/2", "--no-input"), "no ArchivesSpace password", status=1)
    failed(run({**env, "FONDS_ASPACE_PASSWORD": "wrong"}, "aspace", "get", "/repositories/2"), "login failed", status=1)
    snake = Path(env["HOME"]) / ".archivessnake.yml"
    snake.write_text(f"baseurl: {env['FONDS_ASPACE_URL']}\nusername: admin\npassword: admin\n")
    try:
        bare = {k: v for k, v in env.items() if not k.startswith("FONDS_")}
        rows = {r["setting"]: r for r in json_lines(run(bare, "config", "show", "--server", "aspace", "--json"))}
        assert rows["url"]["source"] == "~/.archivessnake.yml"
        assert rows["password"]["value"] == "****** (set)"
        assert json_doc(run(bare, "aspace", "get", "/repositories/2", "--json"))["uri"] == "/repositories/2"
    finally:
        snake.unlink()
