"""A user's script, checked by ``mypy --strict`` in test_typed_layer.py (and run there against the simulator)."""

from __future__ import annotations

from archivesspace_api.models.archival_object import ArchivalObject
from fonds import ArchivesSpace
from fonds.archivesspace import Note


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
