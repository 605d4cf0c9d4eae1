"""A user's script, checked by ``mypy --strict`` in test_typed_layer.py (and run there against the simulator)."""

from __future__ import annotations

from uuid import UUID

from archivesspace_api.models.accession import Accession
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.resource import Resource
from fonds import ArchivesSpace, PollPolicy, StorageService
from fonds.archivesspace import Note, TreeNode
from fonds.archivesspace import query as Q
from fonds.storage_service import LocationListing


def summary(aspace: ArchivesSpace, uri: str) -> str:
    ao = aspace.get(uri, resolve=["subjects"])
    assert isinstance(ao, ArchivalObject)
    notes: list[Note] = list(ao.notes or [])
    subjects = [str(link.resolved.title) for link in ao.subjects or [] if link.resolved]
    dates = [f"{d.begin}-{d.end}" for d in ao.dates or []]
    return f"{ao.id} in {ao.repo_id}: {ao.title} {dates} {subjects} " + " ".join(n.text() for n in notes)


def run() -> str:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=3)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        return summary(a, "/repositories/2/archival_objects/1")


# --- issue 18, second part: external ids, search names, totals, typed hits, subtrees, browse ---------------------


def external_titles(aspace: ArchivesSpace, eid: str) -> list[str]:
    """The titles of the records carrying an external id, one shape for one match or several."""
    titles: list[str] = []
    for record in aspace.by_external_id.records(eid=eid, type=["archival_object", "accession"]):
        if isinstance(record, (ArchivalObject, Accession)):
            titles.append(str(record.title))
    return titles + aspace.by_external_id.find(eid=eid)


def resources_report(aspace: ArchivesSpace) -> str:
    results = aspace.search(aq=Q.field("primary_type", "resource", literal=True), repo_id=2, facet=["primary_type"])
    total: int = results.total_hits  # known before iterating
    titles = [hit.record.title for hit in results if isinstance(hit.record, Resource)]
    page = aspace.search.all(page=1, type=["resource"], filter=Q.boolean("publish"), facet=["level"])
    return f"{total} {sorted(titles)} {page.total_hits} {sorted(results.facets)}"


def subtree_titles(aspace: ArchivesSpace, uri: str) -> list[str]:
    nodes: list[TreeNode] = list(aspace.walk_tree(uri))
    return [f"{node.depth}:{node.title}" for node in nodes]


def browse(ss: StorageService, location: str) -> list[str]:
    listing: LocationListing = ss.locations.browse(uuid=UUID(location), path="sample-transfer")
    return [name if isinstance(name, str) else name.decode("latin-1") for name in listing.names]


def run_more() -> str:
    from fonds.testing import ArchivesSpaceSimulator, StorageServiceSimulator

    policy = PollPolicy(initial=2, maximum=10)
    sim = ArchivesSpaceSimulator(archival_objects=3)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        report = resources_report(a)
        tree = subtree_titles(a, "/repositories/2/archival_objects/1")
    ss_sim = StorageServiceSimulator()
    with StorageService("http://ss.test", username="test", api_key="test", transport=ss_sim.transport()) as ss:
        location = str(next(iter(ss.locations.list(purpose="TS"))).uuid)
        names = browse(ss, location)
    return f"{report} {tree[0]} {names} {policy.initial}"
