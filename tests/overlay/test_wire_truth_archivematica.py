"""Issue 15 and 16: what a real Archivematica 1.17 dashboard answered, held by fonds. Each fact replayed through
``httpx.MockTransport`` and checked against the simulator, which answers the same."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from archivematica_api.models.path_metadata import PathMetadata
from archivematica_api.models.task import Task
from fonds import Archivematica, AsyncArchivematica, errors, ss_location_path
from fonds.testing import ArchivematicaSimulator, StorageServiceSimulator
from fonds.testing.archivematica._processing import BUILTIN

TASK = "2b3a1f64-8c1d-4e0e-9a7b-6c5d4e3f2a10"
CSV = "text/csv; charset=utf-8"
# Upstream's own sample Avalon manifest, in shape: batch row, header row, one item.
AVALON_SAMPLE = (
    b"Patron Test Batch,archivist@example.com,,,,,\n"
    b"Bibliographic ID,Bibliographic ID Label,Title,Creator,Date Issued,File,Label\n"
    b"123456,local,Lecture one,Smith,2019,lecture-1.mp4,Part 1\n"
)
RIGHTS_NO_RESTRICTION = b"file,basis,grant_act,grant_restriction\nobjects/a.jpg,donor,disseminate,\n"


def replay(handler: Callable[[httpx.Request], httpx.Response]) -> Archivematica:
    return Archivematica("http://am.test", username="test", api_key="test", transport=httpx.MockTransport(handler))


def json_answer(status: int, data: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json=data)


@pytest.fixture
def am_sim() -> ArchivematicaSimulator:
    return ArchivematicaSimulator(storage=StorageServiceSimulator())


@pytest.fixture
def am(am_sim: ArchivematicaSimulator) -> Iterator[Archivematica]:
    with Archivematica("http://am.test", username="test", api_key="test", transport=am_sim.transport()) as client:
        yield client


# -- Task.duration -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("duration", ["< 1", "", 3, None])
def test_task_duration_is_an_int_or_the_servers_strings(duration: Any) -> None:
    body = {
        "uuid": TASK,
        "exit_code": 0,
        "file_uuid": None,
        "file_name": "a.jpg",
        "time_created": None,
        "time_started": None,
        "time_ended": None,
        "duration": duration,
    }
    task = replay(json_answer(200, body)).tasks.get(task_uuid=UUID(TASK))
    assert task.duration == duration
    assert Task.from_dict(task.to_dict()).to_dict() == body


def test_the_simulator_reports_sub_second_and_running_tasks_as_the_dashboard(
    am_sim: ArchivematicaSimulator, am: Archivematica
) -> None:
    am_sim.script("held", await_decision="Approve normalization")
    ts = am_sim.storage.defaults["TS"].uuid
    transfer = am.packages.create(body=_package("held", ts)).id
    am_sim.clock.advance(0.5)  # the first job is running
    jobs = am.jobs.list(unit_uuid=UUID(str(transfer)), detailed=True)
    assert "" in {task.duration for job in jobs for task in job.tasks}
    am_sim.settle()
    finished = am.jobs.list(unit_uuid=UUID(str(transfer)), detailed=True)
    assert {task.duration for job in finished for task in job.tasks} == {"< 1"}


def _package(name: str, location: str) -> Any:
    from fonds.archivematica._namespaces import package_request

    return package_request(
        name, ss_location_path(location, "sample-transfer"), "standard", "default", None, None, None, True
    )


# -- processing configurations are bytes -------------------------------------------------------------------------


def test_a_processing_configuration_is_bytes_replayed() -> None:
    doc = b"<processingMCP><preconfiguredChoices/></processingMCP>"
    am = replay(lambda request: httpx.Response(200, content=doc, headers={"content-type": "text/xml"}))
    assert am.processing_configurations.get(name="automated") == doc


def test_the_simulator_serves_the_real_built_in_choices(am: Archivematica) -> None:
    for name, choices in BUILTIN.items():
        xml = am.processing_configurations.get(name=name)
        assert isinstance(xml, bytes)
        assert xml.startswith(b"<processingMCP>")
        for _decision, applies_to, go_to in choices:
            assert f"<appliesTo>{applies_to}</appliesTo>\n      <goToChain>{go_to}</goToChain>".encode() in xml
    default, automated = (
        am.processing_configurations.get(name="default"),
        am.processing_configurations.get(name="automated"),
    )
    assert b"/api/v2/location/default/AS/" in default  # the AIP goes to the default AIP store
    assert default != automated  # the automated one uploads no DIP by its own chain
    assert b"0fe9842f-9519-4067-a691-8a363132ae24" in automated


def test_processing_configuration_bytes_async(am_sim: ArchivematicaSimulator) -> None:
    async def main() -> bytes:
        transport = am_sim.transport()
        async with AsyncArchivematica("http://am.test", username="test", api_key="test", transport=transport) as am:
            return await am.processing_configurations.get(name="default")

    assert asyncio.run(main()).startswith(b"<processingMCP>")


# -- CSV validation: an invalid CSV is a verdict --------------------------------------------------------------


def test_an_invalid_csv_replayed_is_a_result_not_an_error() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(400, json={"valid": False, "reason": "No restriction specified."})

    result = replay(handler).validators.validate_csv(validator="rights", body=RIGHTS_NO_RESTRICTION)
    assert (result.valid, result.reason) == (False, "No restriction specified.")
    assert seen[0].headers["content-type"] == CSV
    assert seen[0].content == RIGHTS_NO_RESTRICTION


def test_a_malformed_validation_request_still_raises() -> None:
    message = {"error": True, "message": 'Content type should be "text/csv; charset=utf-8"'}
    with pytest.raises(errors.ValidationError):
        replay(json_answer(400, message)).validators.validate_csv(validator="rights", body="file,basis\n")


def test_the_simulator_validates_as_the_dashboard(am: Archivematica) -> None:
    refused = am.validators.validate_csv(validator="rights", body=RIGHTS_NO_RESTRICTION)
    assert (refused.valid, refused.reason) == (False, "No restriction specified.")
    assert am.validators.validate_csv(validator="rights", body=b"file,basis\nobjects/a.jpg,donor\n").valid is True
    assert am.validators.validate_csv(validator="avalon", body=AVALON_SAMPLE).valid is True
    missing = am.validators.validate_csv(validator="avalon", body=b"Batch,me\nCreator\nSmith\n")
    assert missing.reason == "One of the required headers is missing: Title, Date Issued, File."


def test_csv_verdict_async(am_sim: ArchivematicaSimulator) -> None:
    async def main() -> Any:
        transport = am_sim.transport()
        async with AsyncArchivematica("http://am.test", username="test", api_key="test", transport=transport) as am:
            return await am.validators.validate_csv(validator="rights", body=RIGHTS_NO_RESTRICTION)

    assert asyncio.run(main()).reason == "No restriction specified."


# -- path metadata names the level -----------------------------------------------------------------------------


def test_path_metadata_is_the_levels_name(am_sim: ArchivematicaSimulator, am: Archivematica) -> None:
    replayed = replay(json_answer(200, {"level_of_description": "Series"})).path_metadata.get(path="/arrange/x/")
    assert replayed == PathMetadata(level_of_description="Series")
    level_id, name = am_sim.levels_of_description[3]
    am_sim.arrange["/arrange/MySIP/"] = ""
    with httpx.Client(
        transport=am_sim.transport(), base_url="http://am.test", headers={"Authorization": "ApiKey test:test"}
    ) as raw:
        raw.post("/api/filesystem/metadata/", data={"path": "/arrange/MySIP/", "level_of_description": level_id})
    assert am.path_metadata.get(path="/arrange/MySIP/").level_of_description == name == "Series"


def test_the_examples_of_the_changed_models_are_the_real_shapes() -> None:
    doc = json.loads(
        (__import__("pathlib").Path(__file__).parents[2] / "generated/archivematica_api/openapi.json").read_text()
    )
    assert doc["components"]["schemas"]["Task"]["properties"]["duration"]["examples"] == [3, "< 1", ""]
    assert {"valid": False, "reason": "No restriction specified."} in doc["components"]["schemas"]["ValidationResult"][
        "examples"
    ]
