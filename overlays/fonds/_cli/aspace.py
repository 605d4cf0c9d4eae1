"""``fonds aspace``: the ArchivesSpace chores ArchivesSnake scripts are written for."""

from __future__ import annotations

import concurrent.futures
import itertools
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import examples, shared
from ._errors import CommandFailed
from ._output import emit_many, emit_one, note, plain, progress, write_whole
from ._records import from_uri, namespace_of_type, search_type, takes, typed_value
from ._settings import archivesspace

app = typer.Typer(
    help="ArchivesSpace: get, list, search, export, update and walk records (what ArchivesSnake scripts do).",
    no_args_is_help=True,
)

AS = ("archivesspace", "output")
Repo = Annotated[int | None, typer.Option("--repo", help="Repository id (e.g. 2).", min=1)]
Limit = Annotated[int | None, typer.Option(help="Stop after this many records.", min=1)]


def _client() -> Any:
    return archivesspace()


def _limited(rows: Any, limit: int | None) -> Any:
    return itertools.islice(rows, limit) if limit else rows


@app.command(
    "get",
    epilog=examples(
        "fonds aspace get /repositories/2/resources/1 --json",
        "fonds aspace get /repositories/2/archival_objects/7 --resolve subjects --resolve linked_agents",
    ),
)
@shared(*AS)
def get(
    uri: Annotated[str, typer.Argument(help="The record's URI.")],
    resolve: Annotated[list[str] | None, typer.Option(help="Inline a linked record (repeat for more).")] = None,
) -> None:
    """Show one record by its URI, with linked records inlined by --resolve."""
    with _client() as aspace:
        namespace, ids = from_uri(aspace, uri)
        if resolve and takes(namespace.get, "resolve"):
            ids["resolve"] = list(resolve)  # type: ignore[assignment]
        emit_one(namespace.get(**ids))


NAMES = ("title", "display_string", "name", "repo_code", "indicator", "term", "value")


def _title_columns(first: Any) -> list[str]:
    """``uri`` and the first field that names the record (records of a type share their fields)."""
    named = next((n for n in NAMES if isinstance(first, dict) and first.get(n) not in (None, "")), "title")
    return ["uri", named]


@app.command(
    "list",
    epilog=examples(
        "fonds aspace list resources --repo 2",
        "fonds aspace list archival_objects --repo 2 --csv --fields uri,ref_id,title,level",
        "fonds aspace list subjects --json",
    ),
)
@shared(*AS)
def list_(
    record_type: Annotated[str, typer.Argument(metavar="TYPE", help="resources, archival_objects, subjects...")],
    repo: Repo = None,
    modified_since: Annotated[
        int | None, typer.Option(help="Only records changed since (seconds since the epoch).", min=0)
    ] = None,
    limit: Limit = None,
) -> None:
    """List every record of a type, page by page."""
    from ..errors import InvalidArgument

    with _client() as aspace:
        namespace = namespace_of_type(aspace, record_type)
        kwargs: dict[str, Any] = {}
        if takes(namespace.list, "repo_id"):
            if repo is None:
                raise InvalidArgument("fonds aspace list", "--repo", f"a repository id for {record_type}")
            kwargs["repo_id"] = repo
        if modified_since is not None and takes(namespace.list, "modified_since"):
            kwargs["modified_since"] = modified_since
        records = iter(_limited(namespace.list(**kwargs), limit))
        first = next(records, None)
        rows = itertools.chain([] if first is None else [first], records)
        emit_many(rows, _title_columns(plain(first) if first is not None else {}))


_WHERE = re.compile(r"^([A-Za-z_][\w.]*)\s*(!=|=|~|>|<|:)\s*(.*)$")
WHERE_HELP = (
    "A typed filter (repeat to AND them): field~words (contains), field=value (exact), field!=value, "
    "field:true / field:false, field>YYYY-MM-DD, field<YYYY-MM-DD."
)


def _where(clauses: list[str]) -> Any:
    from ..archivesspace import query as Q
    from ..errors import InvalidArgument

    built: list[Any] = []
    for clause in clauses:
        m = _WHERE.match(clause)
        if not m:
            raise InvalidArgument("fonds aspace", "--where", "field~words, field=value, field:true, field>date...")
        name, op, value = m.groups()
        if op == "~":
            built.append(Q.field(name, value))
        elif op == "=":
            built.append(Q.field(name, value, literal=True))
        elif op == "!=":
            built.append(~Q.field(name, value, literal=True))
        elif op == ":":
            if value.lower() not in ("true", "false"):
                raise InvalidArgument("fonds aspace", "--where", f"{name}:true or {name}:false", repr(clause))
            built.append(Q.boolean(name, value.lower() == "true"))
        else:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise InvalidArgument("fonds aspace", "--where", f"a date YYYY[-MM[-DD]] after {op}", repr(clause))
            built.append(Q.date(name, value, "greater_than" if op == ">" else "lesser_than"))
    if not built:
        return None
    return built[0] if len(built) == 1 else Q.all_of(*built)


def _search(
    aspace: Any,
    query: str | None,
    repo: int | None,
    types: list[str] | None,
    where: list[str] | None,
    facets: list[str] | None = None,
    sort: str | None = None,
    page_size: int = 250,
) -> Any:
    from ..archivesspace import query as Q

    condition = _where(where or [])
    options: dict[str, Any] = {"repo_id": repo, "type": types, "facet": facets, "sort": sort, "page_size": page_size}
    if condition is None:
        return aspace.search(query or "*", **options)
    if query is not None:  # the keywords join the typed clauses in one advanced query (a filter would be literal)
        condition = Q.field("keyword", query) & condition
    return aspace.search(aq=condition, **options)


def _hit_row(hit: Any) -> dict[str, Any]:
    record = plain(hit.record) if hit.record is not None else {}
    row = record if isinstance(record, dict) else {}
    result = plain(hit.result)
    row.setdefault("uri", hit.uri)
    row.setdefault("title", result.get("title"))
    row["primary_type"] = result.get("primary_type")
    return row


Types = Annotated[
    list[str] | None, typer.Option("--type", help="Only records of this type (resource, archival_object...).")
]
Where = Annotated[list[str] | None, typer.Option(help=WHERE_HELP)]
Query = Annotated[str | None, typer.Argument(help="Keywords (Solr syntax); omit to match all.")]


@app.command(
    "search",
    epilog=examples(
        "fonds aspace search papers --repo 2 --type resource",
        "fonds aspace search --type archival_object --where 'title~letters' --where publish:true --csv "
        "--fields uri,title,level",
    ),
)
@shared(*AS)
def search(
    query: Query = None,
    repo: Repo = None,
    type_: Types = None,
    where: Where = None,
    sort: Annotated[str | None, typer.Option(help="Sort order, e.g. 'title_sort asc'.")] = None,
    limit: Limit = None,
) -> None:
    """Search records (every repository, or one with --repo), each hit's record typed."""
    with _client() as aspace:
        hits = _search(aspace, query, repo, type_, where, sort=sort)
        emit_many((_hit_row(h) for h in _limited(hits, limit)), ["uri", "primary_type", "title"])


@app.command(
    "facets",
    epilog=examples(
        "fonds aspace facets --facet primary_type --facet subjects --repo 2",
        "fonds aspace facets papers --facet level --json",
    ),
)
@shared(*AS)
def facets(
    query: Query = None,
    facet: Annotated[list[str], typer.Option(help="A field to count values of (repeat for more).")] = ...,  # type: ignore[assignment]
    repo: Repo = None,
    type_: Types = None,
    where: Where = None,
) -> None:
    """Count the values of fields over a search's hits (facets)."""
    with _client() as aspace:
        hits = _search(aspace, query, repo, type_, where, facets=facet, page_size=1)
        next(iter(hits.by_page()), None)
        rows = [
            {"facet": name, "value": value, "count": count}
            for name, counts in hits.facets.items()
            for value, count in counts.items()
        ]
        emit_many(rows, ["facet", "value", "count"])


FORMATS: dict[str, tuple[str, str]] = {
    "ead": ("resources", "EAD 2002"),
    "ead3": ("resources", "EAD3"),
    "marc": ("resources", "MARC 21 XML"),
    "mods": ("digital_objects", "MODS"),
    "mets": ("digital_objects", "METS"),
    "dc": ("digital_objects", "Dublin Core"),
}


def _exporter(aspace: Any, fmt: str, unpublished: bool) -> Callable[[int, int], Any]:
    if fmt in ("ead", "ead3"):
        return lambda repo, id: aspace.resource_descriptions.export(
            repo_id=repo, id=id, include_unpublished=unpublished, include_daos=True, ead3=fmt == "ead3"
        )
    if fmt == "marc":
        return lambda repo, id: aspace.resources.export_marc21(
            repo_id=repo, id=id, include_unpublished_marc=unpublished
        )
    method = {"mods": "export_mods", "mets": "export_mets", "dc": "export_dublin_core"}[fmt]
    return lambda repo, id: getattr(aspace.digital_objects, method)(repo_id=repo, id=id)


def _bytes_of(answer: Any) -> bytes:
    if hasattr(answer, "payload"):
        return bytes(answer.payload.read())
    if isinstance(answer, bytes):
        return answer
    return str(answer).encode("utf-8")


def complete(path: Path) -> bool:
    """Whether an exported file is there whole: written by ``export`` (renamed into place only when whole), not
    empty, and ending as an XML document does.

    Example: ``complete(Path("ead/resource-1.ead.xml"))``.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return False
        with path.open("rb") as handle:
            handle.seek(max(0, size - 64))
            return handle.read().rstrip().endswith(b">")
    except OSError:
        return False


@app.command(
    "export",
    epilog=examples(
        "fonds aspace export --repo 2 --format ead --to ead/",
        "fonds aspace export --repo 2 --format mods --to mods/ --concurrency 8",
    ),
)
@shared(*AS)
def export(
    repo: Annotated[int, typer.Option("--repo", help="Repository id.", min=1)],
    to: Annotated[Path, typer.Option(help="Folder to write into (created if need be).")],
    fmt: Annotated[
        str, typer.Option("--format", help="ead, ead3, marc (resources); mods, mets, dc (digital objects).")
    ] = "ead",
    concurrency: Annotated[int, typer.Option(help="Exports in flight at once.", min=1, max=32)] = 4,
    include_unpublished: Annotated[bool, typer.Option(help="Include unpublished parts.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Export again files already complete.")] = False,
) -> None:
    """Export every resource (EAD, MARC) or digital object (MODS, METS, DC) of a repository into a folder.

    Resumable: files already complete are skipped; each file is renamed into place only when whole. Exits 1 if
    some exports failed (the others are kept).
    """
    from ..errors import FondsError, InvalidArgument

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InvalidArgument("fonds aspace export", "--format", ", ".join(FORMATS), repr(fmt))
    collection, label = FORMATS[fmt]
    kind = collection.rstrip("s")
    to.mkdir(parents=True, exist_ok=True)
    with _client() as aspace:
        ids = list(getattr(aspace, collection).ids(repo_id=repo))
        job = _exporter(aspace, fmt, include_unpublished)
        paths = {i: to / f"{kind}-{i}.{fmt}.xml" for i in ids}
        todo = [i for i in ids if force or not complete(paths[i])]
        skipped = len(ids) - len(todo)
        failed: list[str] = []
        lock = threading.Lock()
        with progress(f"{label} of repository {repo}", total=len(ids)) as bar:
            bar.update(completed=skipped)

            def one(record_id: int) -> None:
                try:
                    write_whole(paths[record_id], _bytes_of(job(repo, record_id)))
                except FondsError as exc:
                    with lock:
                        failed.append(f"{kind} {record_id}: {exc}")
                finally:
                    bar.update(advance=1)

            pool = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency)
            try:
                for future in [pool.submit(one, i) for i in todo]:
                    future.result()
            finally:  # Ctrl+C or a full disk: the exports not started yet are dropped, not waited for
                pool.shutdown(wait=True, cancel_futures=True)
    emit_one(
        {
            "folder": str(to),
            "format": fmt,
            "records": len(ids),
            "exported": len(todo) - len(failed),
            "skipped": skipped,
            "failed": len(failed),
        }
    )
    if failed:
        raise CommandFailed(f"{len(failed)} of {len(todo)} exports failed (run again to retry them): {failed[0]}")


@app.command(
    "update",
    epilog=examples(
        "fonds aspace update --type archival_object --repo 2 --where 'title~draft' --set level=file --dry-run",
        "fonds aspace update --type resource --repo 2 --where publish:false --set publish=true",
    ),
)
@shared(*AS)
def update(
    assignment: Annotated[str, typer.Option("--set", metavar="FIELD=VALUE", help="The field and its new value.")],
    type_: Annotated[str, typer.Option("--type", help="The record type to change (resource, archival_object...).")],
    query: Annotated[str | None, typer.Option("--query", help="Keywords the records match (Solr syntax).")] = None,
    repo: Repo = None,
    where: Where = None,
    json_value: Annotated[bool, typer.Option("--json-value", help="Read VALUE as JSON (lists, objects, null).")] = (
        False
    ),
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; change nothing.")] = False,
    limit: Limit = None,
) -> None:
    """Set one field on every record a search matches: each is fetched, changed and posted back with its
    lock_version. A record someone saved meanwhile is reported as a conflict (exit 1), never overwritten."""
    from ..errors import ConflictError, FondsError, InvalidArgument

    field, sep, text = assignment.partition("=")
    field = field.strip()
    if not sep or not field.isidentifier():
        raise InvalidArgument("fonds aspace update", "--set", "FIELD=VALUE (a top-level field)", repr(assignment))
    rows: list[dict[str, Any]] = []
    conflicts: list[str] = []
    failures: list[str] = []
    with _client() as aspace:
        namespace_of_type(aspace, type_)  # a clear error for an unknown type, before searching
        hits = _search(aspace, query, repo, [search_type(type_)], where)
        for uri in [h.uri for h in _limited(hits, limit) if h.uri]:
            namespace, ids = from_uri(aspace, uri)
            seen: dict[str, Any] = {}

            def change(record: Any, seen: dict[str, Any] = seen) -> None:
                if not hasattr(record, field):
                    raise InvalidArgument("fonds aspace update", "--set", f"a field of {type(record).__name__}", field)
                old = getattr(record, field)
                new = typed_value(text, plain(old), as_json=json_value, field=field)
                seen.update(old=plain(old), new=new, lock_version=getattr(record, "lock_version", None))
                if plain(old) != new:
                    setattr(record, field, new)

            try:
                if dry_run:
                    change(namespace.get(**ids))
                    result = "would change" if seen["old"] != seen["new"] else "unchanged"
                else:
                    record = namespace.get(**ids)
                    change(record)
                    if seen["old"] == seen["new"]:
                        result = "unchanged"
                    else:
                        namespace.update(body=record, **ids)
                        result = "updated"
            except ConflictError:
                result = f"conflict: lock_version {seen.get('lock_version')} is stale"
                conflicts.append(uri)
            except InvalidArgument:
                raise
            except FondsError as exc:
                result = f"failed: {exc}"
                failures.append(uri)
            rows.append({"uri": uri, "field": field, "old": seen.get("old"), "new": seen.get("new"), "result": result})
    emit_many(rows, ["uri", "result", "old", "new"])
    if conflicts or failures:
        parts = []
        if conflicts:
            parts.append(f"lock_version conflicts (someone saved first; run again): {', '.join(conflicts)}")
        if failures:
            parts.append(f"failures: {', '.join(failures)}")
        raise CommandFailed(f"{len(conflicts) + len(failures)} of {len(rows)} records not updated: {'; '.join(parts)}")
    if not rows:
        note("no record matched")


def _nodes(aspace: Any, uri: str, depth: int | None, published_only: bool) -> Iterator[Any]:
    for node in aspace.walk_tree(uri, published_only=published_only):
        if depth is None or node.depth <= depth:
            yield node


@app.command(
    "tree",
    epilog=examples(
        "fonds aspace tree /repositories/2/resources/1", "fonds aspace tree /repositories/2/resources/1 --json"
    ),
)
@shared(*AS)
def tree(
    uri: Annotated[str, typer.Argument(help="URI of a resource, digital object or classification.")],
    depth: Annotated[int | None, typer.Option(help="Show nodes down to this depth (0 is the root).", min=0)] = None,
    published_only: Annotated[bool, typer.Option(help="Only published nodes.")] = False,
) -> None:
    """Walk a tree depth first: an indented outline, or one node a line with --json/--csv."""
    from ._state import STATE

    with _client() as aspace:
        nodes = _nodes(aspace, uri, depth, published_only)
        if STATE.output in ("json", "csv"):
            emit_many(nodes, ["uri", "depth", "position", "child_count", "title", "parent_uri"])
            return
        for node in nodes:
            level = getattr(node.entry, "level", None)
            level_text = f" [{level}]" if isinstance(level, str) else ""
            print(f"{'  ' * node.depth}{node.title or '(untitled)'}{level_text}  {node.uri}")
