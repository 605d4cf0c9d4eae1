"""Typed resolution (issue 18): every link knows the model it points to, ``resolved`` is that model when the
request asked for it, and ``fetch``/``afetch`` get it otherwise."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.container_location import ContainerLocation
from archivesspace_api.models.linked_agent import LinkedAgent
from archivesspace_api.models.location import Location
from archivesspace_api.models.repository import Repository
from archivesspace_api.models.resource import Resource
from archivesspace_api.models.subject import Subject
from archivesspace_api.models.top_container import TopContainer
from archivesspace_api.types import UNSET
from fonds import ArchivesSpace, AsyncArchivesSpace
from fonds.errors import RecordError
from fonds.testing import ArchivesSpaceSimulator


def _counting(sim: ArchivesSpaceSimulator, seen: list[str]) -> httpx.MockTransport:
    inner = sim.transport()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return inner.handle_request(request)

    return httpx.MockTransport(handler)


def test_each_link_field_is_annotated_with_the_model_it_points_to() -> None:
    annotations = ArchivalObject.__annotations__
    assert annotations["subjects"] == "list[Ref[Subject]]"
    assert annotations["resource"] == "Ref[Resource]"
    assert annotations["repository"] == "Ref[Repository] | Unset"
    assert ContainerLocation.__annotations__["resolved"] == "Location | Unset"
    assert LinkedAgent.__annotations__["resolved"] == (
        "AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | Unset"
    )


def test_resolved_links_and_nested_resolves_read_as_their_models() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=6)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        ao = a.archival_objects.get(
            repo_id=2, id=6, resolve=["subjects", "resource", "top_container::container_locations"]
        )
    assert isinstance(ao.subjects[0].resolved, Subject)
    assert isinstance(ao.resource.resolved, Resource)
    [box] = [i.sub_container.top_container.resolved for i in ao.instances if i.sub_container]
    assert isinstance(box, TopContainer)
    assert all(isinstance(place.resolved, Location) for place in box.container_locations)
    assert box.container_locations, "the simulator's box has a location"
    assert ao.repository
    assert ao.repository.resolved is UNSET


def test_fetch_uses_the_resolved_record_and_asks_the_server_only_when_it_was_not_resolved() -> None:
    sim, seen = ArchivesSpaceSimulator(archival_objects=3), []
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=_counting(sim, seen)) as a:
        ao = a.archival_objects.get(repo_id=2, id=1, resolve=["subjects"])
        before = len(seen)
        subject = ao.subjects[0].fetch(a)
        assert subject is ao.subjects[0].resolved
        assert len(seen) == before
        assert ao.repository
        repository = ao.repository.fetch(a)
        assert seen[before:] == ["/repositories/2"]
    assert isinstance(subject, Subject)
    assert isinstance(repository, Repository)
    assert repository.uri == "/repositories/2"


def test_afetch_gets_an_unresolved_link_from_an_async_client() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=3)

    async def main() -> tuple[object, object]:
        async with AsyncArchivesSpace(
            "http://aspace.test", username="admin", password="admin", transport=sim.transport()
        ) as a:
            ao = await a.archival_objects.get(repo_id=2, id=1)
            return await ao.subjects[0].afetch(a), await ao.resource.afetch(a)

    subject, resource = asyncio.run(main())
    assert isinstance(subject, Subject)
    assert isinstance(resource, Resource)


def test_the_users_linked_records_script_runs() -> None:
    from tests.overlay.typed_script import run_links

    resource, titles, repository, uris = run_links().split(" | ")
    assert uris == "{'/repositories/2/archival_objects/6': '6'}"
    assert resource
    assert repository == "SIM"
    assert "Main Library" in titles  # the nested resolve reached the box's location


def test_uri_is_typed_as_present_and_is_unset_on_a_record_that_is_not_an_answer() -> None:
    from archivesspace_api.models.ref import Ref as RefModel

    assert ArchivalObject.__annotations__["uri"] == "str"
    body = ArchivalObject.from_dict({"jsonmodel_type": "archival_object", "title": "T", "level": "file"})
    assert body.uri is UNSET
    assert body.title == "T"
    built = ArchivalObject(title="T", level="file", resource=RefModel(ref="/repositories/2/resources/1"))
    assert built.uri is UNSET
    assert "uri" not in built.to_dict()
    assert f"{built.uri}" == ""
    assert built == ArchivalObject.from_dict(built.to_dict())
    sent = ArchivalObject.from_dict({"uri": "/repositories/2/archival_objects/9", "title": "T"})
    assert (sent.uri, sent.id, sent.repo_id) == ("/repositories/2/archival_objects/9", 9, 2)
    damaged = ArchivalObject.from_dict({"uri": 9, "title": "T"})
    with pytest.raises(RecordError, match="uri"):
        _ = damaged.uri


def test_records_with_resolved_links_survive_deepcopy_and_pickle_and_post_back() -> None:
    import copy
    import pickle

    sim = ArchivesSpaceSimulator(archival_objects=3)
    with ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport()) as a:
        ao = a.archival_objects.get(repo_id=2, id=1, resolve=["subjects"])
        title = ao.subjects[0].resolved.title
        for clone in (copy.deepcopy(ao), pickle.loads(pickle.dumps(ao))):
            assert isinstance(clone.subjects[0].resolved, Subject)
            assert clone.subjects[0].resolved.title == title
            assert clone.to_dict() == ao.to_dict()
        clone.title = "Renamed"
        a.archival_objects.update(repo_id=2, id=1, body=clone)
        assert a.archival_objects.get(repo_id=2, id=1).title == "Renamed"


def test_the_users_script_reads_the_servers_conflict_message_and_deletes_by_uri() -> None:
    from tests.overlay.typed_script import run_errors

    message, gone = run_errors().split(" | ")
    assert "modified since you fetched it" in message
    assert gone == "True"
