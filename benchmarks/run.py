"""``python -m benchmarks [--quick]``: measure, print a table, write JSON under benchmarks/results/, and copy
the table into the README between its benchmark markers."""

from __future__ import annotations

import argparse
import json
import operator
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import _ceiling, _harvest
from benchmarks._servers import served

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"


def median_time(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def harvests(sizes: list[int], latencies: list[float], repeats: dict[int, int]) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        for latency in latencies:
            args = ["--archival-objects", str(size), "--latency", str(latency), "--record-cache-mb", "600"]
            with served("archivesspace", *args) as url:
                _harvest.httpx_async(url)  # warm the simulator's record cache: measure clients, not the server
                rates = {}
                for name, client in _harvest.CLIENTS.items():
                    seconds, count = median_time(lambda c=client: c(url), repeats[size])
                    assert count == size, f"{name} harvested {count} of {size}"
                    rates[name] = size / seconds
                    print(
                        f"  {size:>7} records, {latency * 1000:>3.0f} ms: {name:<32} {rates[name]:>9.0f} rec/s",
                        flush=True,
                    )
            snake, limit = rates["ArchivesSnake get_paged"], rates["raw httpx async (8 in flight)"]
            for name, rate in rates.items():
                rows.append(
                    {
                        "records": size,
                        "latency_ms": latency * 1000,
                        "client": name,
                        "records_per_s": rate,
                        "vs_archivessnake": rate / snake,
                        "vs_limit": rate / limit,
                    }
                )
    return rows


def per_request_overhead(repeats: int = 300) -> dict[str, float]:
    import httpx
    from fonds import ArchivesSpace

    with (
        served("archivesspace", "--archival-objects", "1000") as url,
        ArchivesSpace(url, username="admin", password="admin") as aspace,
    ):
        aspace.archival_objects.get(repo_id=2, id=1)
        raw = httpx.Client(base_url=url, headers={"X-ArchivesSpace-Session": aspace.session.token or ""})
        path = "/repositories/2/archival_objects/1"
        typed, plain = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            aspace.archival_objects.get(repo_id=2, id=1)
            typed.append(time.perf_counter() - started)
            started = time.perf_counter()
            json.loads(raw.get(path).content)
            plain.append(time.perf_counter() - started)
        raw.close()
    t, p = statistics.median(typed), statistics.median(plain)
    return {"typed_get_ms": t * 1000, "raw_httpx_get_ms": p * 1000, "ratio": t / p}


Reader = tuple[Callable[[Any], Any], tuple[str, ...]]


def reads(describe: Callable[[type], Reader | None]) -> tuple[Callable[[Any], None], Callable[[Any], None]]:
    """The benchmark's two reads of a typed record: of its top-level fields, and of every field, nested records
    (and lists of them) included. ``describe(cls)`` gives what reads every field of a record of ``cls`` at once
    (``operator.attrgetter``: the cheapest way Python has to read attributes, so that the figures measure the
    records and not this loop) and the names of the fields that can hold records; None if ``cls`` is no record
    class. fonds's records and the ceilings' are read by this same code."""
    readers: dict[type, Reader | bool] = {}

    def reader(cls: type) -> Any:
        found = readers.get(cls)
        if found is None:
            found = readers[cls] = describe(cls) or False
        return found

    def top(record: Any) -> None:
        reader(type(record))[0](record)

    def every(record: Any) -> None:
        read, nested = reader(type(record))
        read(record)
        for name in nested:
            value = getattr(record, name)
            if type(value) is list:
                for item in value:
                    if readers.get(type(item)) or reader(type(item)):
                        every(item)
            elif readers.get(type(value)) or reader(type(value)):
                every(value)

    return top, every


def _describe_record(cls: type) -> Reader | None:
    """For :func:`reads`: a fonds model's fields, read by their Python names."""
    fields = getattr(cls, "_order", None)
    if fields is None:
        return None
    names = [field.name for field in fields] + ["__class__"]  # (two names at least: attrgetter gives a tuple)
    return operator.attrgetter(*names), tuple(field.name for field in fields if not field.plain)


def _walk_dict(value: dict[str, Any]) -> None:
    """The same reads on plain JSON: every value of every object."""
    for item in value.values():
        if type(item) is list:
            for element in item:
                if type(element) is dict:
                    _walk_dict(element)
        elif type(item) is dict:
            _walk_dict(item)


def model_parsing(repeats: int = 60) -> dict[str, float]:
    """A 250-record page of archival objects: ``json.loads`` alone, against fonds's typed parse (decode and
    wrap) with every top-level field read, and with every nested field read too. The measures take turns in
    each round (this machine's speed drifts between runs) and the medians are compared. Beside the ratios the
    issue asks for (against ``json.loads`` alone), the like-for-like ones: ``json.loads`` followed by the same
    reads on the plain dicts; and the ceiling (see ``benchmarks._ceiling``): msgspec decoding the page straight
    into plain attrs classes, which keep no JSON, read nothing lazily and tolerate no damaged record.

    The typed parse starts each round with fonds's cache of timestamps empty: the page is the same every round,
    and a harvest's pages are not (each record's timestamps are new to the cache there)."""
    import httpx
    from archivesspace_api import _records
    from archivesspace_api.api.archival_objects import list_archival_objects
    from archivesspace_api.client import AuthenticatedClient
    from archivesspace_api.models.archival_object import ArchivalObject
    from fonds import ArchivesSpace
    from fonds.testing.archivesspace import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=300)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        a.archival_objects.list_page(repo_id=2, page=1, page_size=250)
        body = a.last_response.content  # type: ignore[union-attr]
    request = httpx.Request("GET", "http://aspace.test/repositories/2/archival_objects")
    client = AuthenticatedClient(base_url="http://aspace.test", token="")
    wires = tuple(field.wire for field in ArchivalObject._order)

    def typed(read: Callable[[Any], None]) -> Callable[[], None]:
        def run() -> None:
            _records._STAMPS.clear()
            response = httpx.Response(200, content=body, request=request)
            page = list_archival_objects._parse_response(client=client, response=response)
            for record in page.results:  # type: ignore[union-attr]
                read(record)

        return run

    read_top, read_every = reads(_describe_record)
    ceiling_top, ceiling_every = reads(_ceiling.reader)

    def ceiling(kind: str, every: bool) -> Callable[[], None]:
        decoder = _ceiling.page_decoder(ArchivalObject, _records, kind)

        def run() -> None:
            with _records.collector_paused:  # (as fonds decodes: the collector kept from running in the decode)
                results = decoder.decode(body).results
            read = ceiling_every if every else ceiling_top
            for record in results:
                read(record)

        return run

    def dicts_top() -> None:
        for record in json.loads(body)["results"]:
            tuple(map(record.get, wires))

    def dicts_all() -> None:
        for record in json.loads(body)["results"]:
            _walk_dict(record)

    measures: dict[str, Callable[[], Any]] = {
        "json_loads": lambda: json.loads(body),
        "typed_top_level": typed(read_top),
        "typed_every_field": typed(read_every),
        "json_loads_top_level": dicts_top,
        "json_loads_every_field": dicts_all,
        "attrs_ceiling_top_level": ceiling("attrs", False),
        "attrs_ceiling_every_field": ceiling("attrs", True),
        "struct_ceiling_top_level": ceiling("struct", False),
        "struct_ceiling_every_field": ceiling("struct", True),
    }
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(repeats):
        for name, fn in measures.items():
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    return {
        "page_bytes": len(body),
        **{f"{name}_ms": value for name, value in ms.items()},
        "ratio_top_level": ms["json_loads"] / ms["typed_top_level"],
        "ratio_every_field": ms["json_loads"] / ms["typed_every_field"],
        "like_for_like_top_level": ms["json_loads_top_level"] / ms["typed_top_level"],
        "like_for_like_every_field": ms["json_loads_every_field"] / ms["typed_every_field"],
        **{
            f"{kind}_ceiling_ratio_{reads}": ms["json_loads"] / ms[f"{kind}_ceiling_{reads}"]
            for kind in ("attrs", "struct")
            for reads in ("top_level", "every_field")
        },
    }


def import_times(repeats: int = 5) -> dict[str, float]:
    def cumulative(statement: str) -> float:
        values = []
        for _ in range(repeats):
            out = (
                subprocess.run(
                    [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
                )
                .stderr.strip()
                .splitlines()
            )
            values.append(int(out[-1].split("|")[1]) / 1000)
        return statistics.median(values)

    # httpx imports its command line (click, rich, pygments) whenever those are installed, as they are here
    # beside openapi-python-client; a user's runtime install has none of them, which the second figure shows.
    without_cli = "import sys; sys.modules.update(click=None, rich=None); "
    return {
        "import fonds (ms)": cumulative("import fonds"),
        "one generated operation (ms)": cumulative("import archivesspace_api.api.accessions.get_accession"),
        "one generated operation, runtime install (ms)": cumulative(
            without_cli + "import archivesspace_api.api.accessions.get_accession"
        ),
        "from fonds import ArchivesSpace (ms)": cumulative("from fonds.archivesspace import _client"),
    }


PEAK = """
import sys, tracemalloc
from fonds import ArchivesSpace
tracemalloc.start()
with ArchivesSpace(sys.argv[1], username="admin", password="admin") as aspace:
    n = sum(1 for _ in aspace.archival_objects.list(repo_id=2))
print(n, tracemalloc.get_traced_memory()[1])
"""


def peak_memory() -> dict[str, float]:
    peaks = {}
    for size in (10_000, 100_000):
        with served("archivesspace", "--archival-objects", str(size), "--record-cache-mb", "600") as url:
            out = subprocess.run([sys.executable, "-c", PEAK, url], capture_output=True, text=True, check=True)
            count, peak = out.stdout.split()
            assert int(count) == size
            peaks[size] = int(peak) / 1e6
    return {"10k_peak_mb": peaks[10_000], "100k_peak_mb": peaks[100_000], "ratio": peaks[100_000] / peaks[10_000]}


def regeneration() -> dict[str, float]:
    from generator.apis import APIS
    from generator.compile import compile_api

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        for api in APIS:
            compile_api(api, Path(folder))
        return {"seconds": time.perf_counter() - started}


def storage_service(repeats: int = 3) -> dict[str, float]:
    from amclient import AMClient
    from fonds import StorageService

    with served("storage-service", "--packages", "2500", ready_path="/api/v2/") as url:

        def with_fonds() -> int:
            with StorageService(url, username="test", api_key="test") as ss:
                return sum(1 for _ in ss.packages.list(package_type="AIP"))

        def with_amclient() -> int:
            return len(AMClient(ss_url=url, ss_user_name="test", ss_api_key="test").aips())

        f, n_fonds = median_time(with_fonds, repeats)
        a, n_am = median_time(with_amclient, repeats)
    return {"packages": n_fonds, "amclient_packages": n_am, "fonds_s": f, "amclient_s": a, "speedup": a / f}


def table(results: dict[str, Any]) -> str:
    lines = [
        "| harvest | client | records/s | × ArchivesSnake | × limit (raw async httpx) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for row in results["harvest"]:
        lines.append(
            f"| {row['records']:,} at {row['latency_ms']:.0f} ms | {row['client']} | "
            f"{row['records_per_s']:,.0f} | {row['vs_archivessnake']:.2f} | {row['vs_limit']:.2f} |"
        )
    r, o, m, i = results["all_ids_requests"], results["overhead"], results["parsing"], results["imports"]
    p, g, s = results["memory"], results["regeneration"], results["storage_service"]
    lines += [
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| requests for {r['n']:,} records from all_ids | fonds {r['fonds']} (N/250 + 1 = {r['expected']}), "
        f"ArchivesSnake {r['ArchivesSnake']} |",
        f"| typed get vs raw httpx (same server) | {o['typed_get_ms']:.2f} ms vs {o['raw_httpx_get_ms']:.2f} ms "
        f"(× {o['ratio']:.2f}) |",
        f"| typed parse of a 250-record page ({m['page_bytes']:,} bytes), top-level fields read | "
        f"{m['typed_top_level_ms']:.2f} ms vs json.loads {m['json_loads_ms']:.2f} ms (× {m['ratio_top_level']:.2f} "
        f"the speed of json.loads) |",
        f"| the same page, every nested field read | {m['typed_every_field_ms']:.2f} ms "
        f"(× {m['ratio_every_field']:.2f} the speed of json.loads) |",
        f"| the same, like for like: json.loads then the same reads on the dicts | top level "
        f"{m['json_loads_top_level_ms']:.2f} ms (× {m['like_for_like_top_level']:.2f}); every nested field "
        f"{m['json_loads_every_field_ms']:.2f} ms (× {m['like_for_like_every_field']:.2f}) |",
        *(
            f"| the ceiling{note}: msgspec decoding the page into {what} (no JSON kept, nothing lazy, no damaged "
            f"record tolerated; see benchmarks/_ceiling.py) | top level {m[kind + '_ceiling_top_level_ms']:.2f} ms "
            f"(× {m[kind + '_ceiling_ratio_top_level']:.2f}); every nested field "
            f"{m[kind + '_ceiling_every_field_ms']:.2f} ms (× {m[kind + '_ceiling_ratio_every_field']:.2f}) |"
            for kind, what, note in (
                ("attrs", "plain attrs classes", ""),
                ("struct", "msgspec Structs", " without attrs"),
            )
        ),
        f"| import time | `import fonds` {i['import fonds (ms)']:.0f} ms; one generated operation "
        f"{i['one generated operation, runtime install (ms)']:.0f} ms ({i['one generated operation (ms)']:.0f} ms "
        f"with httpx's optional CLI installed, as in the dev environment); the ArchivesSpace client "
        f"{i['from fonds import ArchivesSpace (ms)']:.0f} ms |",
        f"| peak memory of a harvest | 100k: {p['100k_peak_mb']:.1f} MB vs 10k: {p['10k_peak_mb']:.1f} MB "
        f"(× {p['ratio']:.2f}) |",
        f"| regeneration of all three clients | {g['seconds']:.1f} s |",
        f"| Storage Service: {s['packages']:,} AIPs listed | fonds {s['fonds_s']:.2f} s vs amclient "
        f"{s['amclient_s']:.2f} s (× {s['speedup']:.1f} faster) |",
    ]
    return "\n".join(lines)


def update_readme(text: str, machine: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text()
    start, end = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"
    if start not in content:
        return
    head, rest = content.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{start}\n{machine}\n\n{text}\n{end}{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="20,000 records and fewer repetitions only")
    parser.add_argument("--no-readme", action="store_true", help="do not copy the table into the README")
    args = parser.parse_args(argv)
    sizes = [20_000] if args.quick else [20_000, 100_000]
    repeats = {20_000: 1 if args.quick else 3, 100_000: 1}
    print("harvests (medians):", flush=True)
    results: dict[str, Any] = {"harvest": harvests(sizes, [0.0, 0.05], repeats)}
    with served("archivesspace", "--archival-objects", "1000") as url:
        results["all_ids_requests"] = {"n": 1000, **_harvest.requests_for_all_ids(url, 1000)}
    results["overhead"] = per_request_overhead()
    results["parsing"] = model_parsing()
    results["imports"] = import_times()
    results["memory"] = peak_memory()
    results["regeneration"] = regeneration()
    results["storage_service"] = storage_service()
    machine = (
        f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()}; simulators served over loopback in their own "
        f"process{' (quick run)' if args.quick else ''}."
    )
    results["machine"] = {"cores": os.cpu_count(), "python": platform.python_version(), "note": machine}
    text = table(results)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"{stamp}.json").write_text(json.dumps(results, indent=1) + "\n")
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=1) + "\n")
    if not args.no_readme:
        update_readme(text, machine)
    return 0
