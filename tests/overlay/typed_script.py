# pyright: strict
"""A user's script, checked by ``mypy --strict`` in test_typed_layer.py (and run there against the simulator), and
by pyright in strict mode in ``make types``."""

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


# --- issue 18, third part: typed resolution (each link knows what it points to) ----------------------------------


def linked_records(aspace: ArchivesSpace, uri: str) -> str:
    """What an archival object links to, typed to the model each link points to, with no cast and no narrowing
    beyond ``Unset``."""
    from archivesspace_api.models.agent_corporate_entity import AgentCorporateEntity
    from archivesspace_api.models.agent_family import AgentFamily
    from archivesspace_api.models.agent_person import AgentPerson
    from archivesspace_api.models.agent_software import AgentSoftware
    from archivesspace_api.models.location import Location
    from archivesspace_api.models.repository import Repository
    from archivesspace_api.models.subject import Subject
    from archivesspace_api.models.top_container import TopContainer
    from archivesspace_api.types import Unset
    from typing_extensions import assert_type

    ao = aspace.get(uri, resolve=["subjects", "resource", "linked_agents", "top_container::container_locations"])
    assert isinstance(ao, ArchivalObject)
    subjects = [link.resolved for link in ao.subjects]
    assert_type(subjects, list[Subject | Unset])
    resource = ao.resource.resolved
    assert_type(resource, Resource | Unset)
    agents = [link.resolved for link in ao.linked_agents]
    assert_type(agents, list[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | Unset])
    boxes = [i.sub_container.top_container.resolved for i in ao.instances if i.sub_container]
    assert_type(boxes, list[TopContainer | Unset])
    places = [cl.resolved for box in boxes if box for cl in box.container_locations]
    assert_type(places, list[Location | Unset])
    repository = ao.repository.fetch(aspace) if ao.repository else None  # not resolved: one request
    assert_type(repository, Repository | None)
    titles = [s.title for s in subjects if s] + [p.title for p in places if p]
    uris: dict[str, str] = {ao.uri: ao.uri.rsplit("/", 1)[-1]}  # every answer has a uri: a str, no narrowing
    code = repository.repo_code if repository else ""
    return f"{resource.title if resource else ''} | {sorted(map(str, titles))} | {code} | {uris}"


def run_links() -> str:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=6)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        return linked_records(a, "/repositories/2/archival_objects/6")


def stale_update_message(aspace: ArchivesSpace) -> str:
    """A stale update raises ConflictError carrying the server's own message; a record goes away by its URI."""
    from fonds.errors import ConflictError, NotFoundError

    ao = aspace.archival_objects.get(id=2)  # the client's default repository
    ao.lock_version = -1
    try:
        aspace.archival_objects.update(id=2, body=ao)
        message = "no conflict"
    except ConflictError as exc:
        message = exc.message
    aspace.delete(f"/repositories/2/archival_objects/{ao.id}")
    try:
        aspace.get(ao.uri)
        gone = False
    except NotFoundError:
        gone = True
    return f"{message} | {gone}"


def run_errors() -> str:
    from fonds.testing import ArchivesSpaceSimulator

    sim = ArchivesSpaceSimulator(archival_objects=3)
    url = "http://aspace.test"
    with ArchivesSpace(url, username="admin", password="admin", transport=sim.transport(), repo_id=2) as a:
        return stale_update_message(a)
