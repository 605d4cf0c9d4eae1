"""What ``make generate`` ends with: the three typed clients working against the built-in simulators.

Run it yourself with ``python -m fonds.demo``. Everything happens in-process; nothing is sent to a network.
"""

from __future__ import annotations

import tempfile
import time

from fonds import Archivematica, ArchivesSpace, StorageService, ss_location_path
from fonds.archivesspace import query as Q
from fonds.testing.archivematica import ArchivematicaSimulator
from fonds.testing.archivesspace import ArchivesSpaceSimulator
from fonds.testing.storage_service import StorageServiceSimulator


def archivesspace() -> None:
    """Harvest, fetch by id, search and walk a tree."""
    sim = ArchivesSpaceSimulator(archival_objects=1000)
    with ArchivesSpace(
        "http://aspace.demo",
        username="admin",
        password="admin",  # noqa: S106 - the simulator's default user
        transport=sim.transport(),
    ) as aspace:
        started = time.perf_counter()
        titles = [ao.title for ao in aspace.archival_objects.list(repo_id=2)]
        print(
            f"aspace.archival_objects.list(repo_id=2): {len(titles)} typed records "
            f"in {time.perf_counter() - started:.2f} s ({sim.requests_served} requests incl. login)"
        )
        ids = aspace.archival_objects.ids(repo_id=2)
        some = list(aspace.archival_objects.get_many(repo_id=2, ids=ids[:300]))
        print(f"aspace.archival_objects.ids + get_many: {len(ids)} ids, {len(some)} records by id_set")
        accession = aspace.accessions.get(repo_id=2, id=1)
        print(f"aspace.accessions.get(repo_id=2, id=1): {type(accession).__name__} {accession.title!r}")
        hits = aspace.search(aq=Q.field("primary_type", "resource", literal=True), facet=["primary_type"])
        found = list(hits)
        resources = [hit.record for hit in found]
        print(
            f"aspace.search(aq=...): {hits.total_hits} hits, records typed as "
            f"{sorted({type(r).__name__ for r in resources})}"
        )
        root = next(hit.uri for hit in found if hit.uri)
        nodes = list(aspace.walk_tree(root))
        print(f"aspace.walk_tree({root!r}): {len(nodes)} nodes, {max(n.depth for n in nodes)} levels deep")


def archivematica() -> None:
    """A transfer followed to its AIP, then the AIP listed and downloaded."""
    ss_sim = StorageServiceSimulator(packages=40)
    am_sim = ArchivematicaSimulator(storage=ss_sim)
    am = Archivematica("http://am.demo", username="test", api_key="test", transport=am_sim.transport())
    ss = StorageService("http://ss.demo", username="test", api_key="test", transport=ss_sim.transport())
    with am, ss:
        source = next(iter(ss.locations.list(purpose="TS")))
        op = am.transfers.start(
            name="photos", path=ss_location_path(str(source.uuid), "sample-transfer"), processing_config="automated"
        )
        op.sleep = am_sim.clock.advance  # the simulator's clock: a day of processing in no time
        steps: list[str] = []
        op.on_progress = lambda p: steps.append(p.microservice or p.status)
        aip = op.result(timeout=86_400)
        print(f"am.transfers.start(...).result(): AIP {aip} after {len(steps)} steps ({steps[0]} ... {steps[-1]})")
        aips = list(ss.packages.list(package_type="AIP"))
        print(f"ss.packages.list(package_type='AIP'): {len(aips)} packages")
        with tempfile.TemporaryDirectory() as folder:
            path = ss.packages.download(aip, to=folder)
            print(f"ss.packages.download({aip}): {path.stat().st_size} bytes, renamed into place when whole")


def main() -> None:
    """Run both demos."""
    archivesspace()
    archivematica()


if __name__ == "__main__":
    main()
