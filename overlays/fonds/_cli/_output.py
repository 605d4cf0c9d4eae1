"""How commands print: a readable table, ``--json`` (one document, or JSON lines for listings) or ``--csv``,
with ``--fields`` choosing what is shown; progress bars on standard error (only on a terminal, never with
``--quiet``)."""

from __future__ import annotations

import contextlib
import csv
import datetime
import enum
import json
import sys
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ._state import STATE


def plain(obj: Any) -> Any:
    """``obj`` as JSON-ready data: models through ``to_dict()``, UUIDs and dates as text, ``UNSET`` as None.

    Example: ``plain(ss.packages.get(uuid=u))["uuid"]`` is a string.
    """
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if type(obj).__name__ == "Unset":
        return None
    if hasattr(obj, "to_dict"):
        return plain(obj.to_dict())
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [plain(v) for v in obj]
    if isinstance(obj, (datetime.datetime, datetime.date)):
        return obj.isoformat()
    if isinstance(obj, enum.Enum):
        return plain(obj.value)
    if isinstance(obj, uuid.UUID):
        return str(obj)
    if isinstance(obj, bytes):
        return obj.decode("utf-8", "replace")
    import attrs

    if attrs.has(type(obj)):
        return {f.name: plain(getattr(obj, f.name)) for f in attrs.fields(type(obj)) if f.name != "entry"}
    return str(obj)


def lookup(row: Any, path: str) -> Any:
    """The value at a dotted ``path`` of plain data (``"dates.0.expression"``), or None.

    Example: ``lookup({"a": [{"b": 1}]}, "a.0.b") == 1``.
    """
    value = row
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _select(row: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    return row if not fields else {name: lookup(row, name) for name in fields}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def console(stderr: bool = False) -> Any:
    """A rich console on standard output (or error); wide enough not to wrap when not a terminal."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 4096
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def _json_line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


def emit_one(obj: Any, *, fields: Sequence[str] | None = None) -> None:
    """Print one record: a JSON document with ``--json``, a header and one row with ``--csv``, else a table of
    its fields.

    Example: ``emit_one(ss.packages.get(uuid=u))``.
    """
    row = plain(obj)
    if not isinstance(row, dict):
        row = {"value": row}
    chosen = STATE.fields or fields
    row = _select(row, chosen)
    if STATE.output == "json":
        print(json.dumps(row, ensure_ascii=False, indent=2, default=str))
    elif STATE.output == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(list(row))
        writer.writerow([_cell(v) for v in row.values()])
    else:
        _table(None, [[key, _cell(value)] for key, value in row.items()])


def emit_many(rows: Iterable[Any], columns: Sequence[str], *, title: str | None = None) -> int:
    """Print a listing: JSON lines with ``--json`` (each record whole, or its ``--fields``), CSV with a header
    with ``--csv``, else a table of ``columns`` (or ``--fields``). Streams as records arrive (the table waits for
    the last one). Returns how many rows were printed.

    Example: ``emit_many(ss.packages.list(package_type="AIP"), ["uuid", "status", "current_path"])``.
    """
    chosen = STATE.fields or list(columns)
    count = 0
    if STATE.output == "json":
        for obj in rows:
            row = plain(obj)
            print(_json_line(_select(row, STATE.fields) if isinstance(row, dict) else row), flush=False)
            count += 1
        sys.stdout.flush()
        return count
    if STATE.output == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(chosen)
        for obj in rows:
            row = plain(obj)
            writer.writerow([_cell(lookup(row, name)) for name in chosen])
            count += 1
        return count
    cells = [[_cell(lookup(plain(obj), name)) for name in chosen] for obj in rows]
    _table(chosen, cells, title)
    return len(cells)


def _table(header: Sequence[str] | None, cells: list[list[str]], title: str | None = None) -> None:
    """A table: rich's on a terminal; plain aligned columns otherwise (for awk and cut, and a faster start)."""
    if sys.stdout.isatty():
        from rich.table import Table

        table = Table(title=title, box=None, header_style="bold", pad_edge=False, show_header=header is not None)
        for name in header or ["field", "value"]:
            table.add_column(name, overflow="fold", style="bold" if header is None and name == "field" else None)
        for line in cells:
            table.add_row(*line)
        console().print(table)
        return
    flat = [[" ".join(cell.split("\n")) for cell in line] for line in cells]  # one record, one line
    lines = ([list(header)] if header is not None else []) + flat
    if not lines:
        return
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        text = "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        sys.stdout.write(text + "\n")


def emit_text(text: str) -> None:
    """Print text as it is (an XML document, a path): ``--json`` wraps it as ``{"text": ...}``."""
    if STATE.output == "json":
        print(_json_line({"text": text}))
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, renamed into place: a reader (or a resumed
    export) never sees half a file.

    Example: ``write_whole(Path("ead/resource-1.ead.xml"), xml)``.
    """
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def note(message: str) -> None:
    """A remark on standard error (skipped with ``--quiet``); standard output stays the data."""
    if not STATE.quiet:
        print(message, file=sys.stderr)


def progress_enabled() -> bool:
    """Whether progress bars show: standard error is a terminal and ``--quiet`` was not given."""
    return not STATE.quiet and sys.stderr.isatty()


class Tracker:
    """One task of a progress bar (or nothing, when progress is off): ``update(completed=, total=,
    advance=, description=)`` may be called from any thread."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress = progress
        self._task = task

    def update(self, **kwargs: Any) -> None:
        """Move the bar (a no-op when progress is off)."""
        if self._progress is not None:
            self._progress.update(self._task, **{k: v for k, v in kwargs.items() if v is not None})


@contextlib.contextmanager
def progress(description: str, *, total: float | None = None, kind: str = "count") -> Iterator[Tracker]:
    """A progress bar on standard error while the block runs: ``kind`` is ``bytes`` (size and speed),
    ``count`` (done of total) or ``spinner`` (a wait with no total).

    Example::

        with progress("aips", kind="bytes") as bar:
            ss.packages.download(u, to=".", on_progress=lambda got, total: bar.update(completed=got, total=total))
    """
    if not progress_enabled():
        yield Tracker()
        return
    from rich import progress as rp

    columns: list[Any] = [rp.SpinnerColumn(), rp.TextColumn("{task.description}")]
    if kind == "bytes":
        columns += [rp.BarColumn(), rp.DownloadColumn(), rp.TransferSpeedColumn(), rp.TimeRemainingColumn()]
    elif kind == "count":
        columns += [rp.BarColumn(), rp.MofNCompleteColumn(), rp.TimeElapsedColumn(), rp.TimeRemainingColumn()]
    else:
        columns += [rp.TimeElapsedColumn()]
    with rp.Progress(*columns, console=console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=total)
        yield Tracker(bar, task)
