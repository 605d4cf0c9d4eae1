"""The typed layer as a user holds it (issue 18, the parts built so far): records by URI, ``.id``/``.repo_id``,
``resolved`` links typed by their ``jsonmodel_type``, plain field names (``type``, ``resolved``), notes' text."""

from __future__ import annotations

import httpx
import pytest
from archivesspace_api.models.accession import Accession
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.note_multipart import NoteMultipart
from archivesspace_api.models.repository import Repository
from archivesspace_api.models.subject import Subject
from fonds import ArchivesSpace
from fonds.archivesspace import Note
from fonds.errors import InvalidArgument, NotFoundError
from fonds.testing import ArchivesSpaceSimulator

from tests.conftest import ROOT


@pytest.fixture
def aspace() -> ArchivesSpace:
    sim = ArchivesSpaceSimulator(archival_objects=20)
    return ArchivesSpace("http://aspace.test", username="admin", password="admin", transport=sim.transport())


def test_a_record_by_its_uri_is_the_typed_record(aspace: ArchivesSpace) -> None:
    ao = aspace.get("/repositories/2/archival_objects/3")
    assert isinstance(ao, ArchivalObject)
    assert (ao.id, ao.repo_id) == (3, 2)
    assert isinstance(aspace.get("/repositories/2/accessions/1"), Accession)
    repo = aspace.get("/repositories/2")
    assert isinstance(repo, Repository)
    assert (repo.id, repo.repo_id) == (2, 2)
    # The same record as the namespace method gives.
    assert ao == aspace.archival_objects.get(repo_id=2, id=3)


def test_resolved_links_are_typed_by_their_record_type(aspace: ArchivesSpace) -> None:
    ao = aspace.get("/repositories/2/archival_objects/1", resolve=["subjects", "resource"])
    assert ao.subjects, "the simulator's archival objects have subjects"
    subject = ao.subjects[0].resolved
    assert isinstance(subject, Subject)
    assert subject.uri == ao.subjects[0].ref
    assert ao.resource.resolved.uri == ao.resource.ref
    # Not asked for: not there.
    plain = aspace.get("/repositories/2/archival_objects/1")
    assert not plain.subjects[0].resolved


def test_delete_by_uri(aspace: ArchivesSpace) -> None:
    aspace.delete("/repositories/2/archival_objects/5")
    with pytest.raises(NotFoundError):
        aspace.get("/repositories/2/archival_objects/5")


@pytest.mark.parametrize(
    "uri", ["/repositories/2/archival_objects/..", "/repositories/2/nothing/1", "/repositories/2/accessions/0", ""]
)
def test_a_uri_no_route_reads_is_refused_before_sending(uri: str) -> None:
    sent: list[httpx.Request] = []
    client = ArchivesSpace(
        "http://aspace.test",
        session_token="tok",
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500)),
    )
    with pytest.raises(InvalidArgument):
        client.get(uri)
    assert sent == []


def test_fields_are_named_as_on_the_wire_where_python_allows() -> None:
    note = NoteMultipart.from_dict({"jsonmodel_type": "note_multipart", "type": "scopecontent", "subnotes": []})
    assert note.type == "scopecontent"
    assert NoteMultipart(type="odd").to_dict()["type"] == "odd"


def test_every_note_has_its_text() -> None:
    ao = ArchivalObject.from_dict(
        {
            "jsonmodel_type": "archival_object",
            "level": "file",
            "resource": {"ref": "/repositories/2/resources/1"},
            "notes": [
                {"jsonmodel_type": "note_singlepart", "type": "abstract", "content": ["Short."]},
                {
                    "jsonmodel_type": "note_multipart",
                    "type": "scopecontent",
                    "subnotes": [{"jsonmodel_type": "note_text", "content": "Long."}],
                },
            ],
        }
    )
    notes: list[Note] = list(ao.notes or [])
    assert [n.text() for n in notes] == ["Short.", "Long."]
    assert all(isinstance(n, Note) for n in notes)


def test_a_users_script_type_checks_under_mypy_strict(tmp_path: object) -> None:
    from mypy import api

    script = ROOT / "tests" / "overlay" / "typed_script.py"
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"), str(script)]
    )
    assert status == 0, out + err


def test_the_users_script_runs() -> None:
    from tests.overlay.typed_script import run

    text = run()
    assert text.startswith("1 in 2: ")


def test_a_default_repository_fills_calls_that_leave_repo_id_out() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=5)
    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=sim.transport(), repo_id=2
    ) as aspace:
        ao = aspace.archival_objects.get(id=3)
        assert (ao.id, ao.repo_id) == (3, 2)
        assert len(list(aspace.archival_objects.list())) == 5
        assert aspace.archival_objects.get(repo_id=2, id=3) == ao  # an explicit one still counts


def test_without_a_default_a_missing_repo_id_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = ArchivesSpace(
        "http://aspace.test",
        session_token="tok",
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500)),
    )
    with pytest.raises(InvalidArgument, match="repo_id"):
        client.accessions.get(id=1)
    assert sent == []
    with pytest.raises(InvalidArgument, match="repo_id"):
        ArchivesSpace("http://aspace.test", session_token="tok", repo_id=0)


def test_raw_operations_name_their_parameters_as_the_wire_where_python_allows() -> None:
    import inspect

    from archivesspace_api.api.oai import get_oai
    from archivesspace_api.api.search import search_repository
    from storage_service_api.api.spaces import list_spaces

    search = inspect.signature(search_repository.sync_detailed).parameters
    assert {"type", "filter", "filter_query"} <= search.keys()
    assert not {"type_", "filter_"} & search.keys()
    assert "format" in inspect.signature(list_spaces.sync_detailed).parameters
    oai = inspect.signature(get_oai.sync_detailed).parameters
    assert {"from_", "set"} <= oai.keys()  # a keyword keeps its underscore
