"""Transfers as long-running operations against the Archivematica and Storage Service simulators."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fonds import Archivematica, StorageService, errors, ss_location_path
from fonds.archivematica._transfers import Progress, TransferOperation
from fonds.testing import Knobs
from fonds.testing.archivematica import ArchivematicaSimulator
from fonds.testing.storage_service import StorageServiceSimulator


@pytest.fixture
def sims() -> tuple[ArchivematicaSimulator, StorageServiceSimulator]:
    ss_sim = StorageServiceSimulator(packages=2500)
    return ArchivematicaSimulator(storage=ss_sim), ss_sim


@pytest.fixture
def am(sims: tuple[ArchivematicaSimulator, StorageServiceSimulator]) -> Archivematica:
    return Archivematica("http://am.test", username="test", api_key="test", transport=sims[0].transport())


@pytest.fixture
def ss(sims: tuple[ArchivematicaSimulator, StorageServiceSimulator]) -> StorageService:
    return StorageService("http://ss.test", username="test", api_key="test", transport=sims[1].transport())


def source(ss: StorageService) -> str:
    location = next(loc for loc in ss.locations.list(purpose="TS"))
    return ss_location_path(str(location.uuid), "sample-transfer")


def simulated(op: TransferOperation, sim: ArchivematicaSimulator) -> TransferOperation:
    """Polls sleep on the simulator's clock, so a day of processing takes no time."""
    op.sleep = sim.clock.advance
    op.clock = sim.clock.now
    return op


def test_a_transfer_reaches_its_aip_through_every_phase(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    seen: list[Progress] = []
    sims[0].script("held-photos", await_decision="Approve normalization")
    op = simulated(
        am.transfers.start(name="held-photos", path=source(ss), processing_config="automated", on_progress=seen.append),
        sims[0],
    )
    waiting = op.wait()
    assert waiting.waiting
    assert waiting.phase == "ingest"
    assert waiting.microservice == "Approve normalization"
    sims[0].decide(waiting.unit_uuid, "Approve")
    aip = op.result(timeout=86_400)
    statuses = {(p.phase, p.status) for p in seen}
    assert {("transfer", "PROCESSING"), ("ingest", "USER_INPUT"), ("ingest", "COMPLETE")} <= statuses
    assert str(ss.packages.get(uuid=aip).package_type) == "AIP"
    assert op.polls < 60  # backoff: a simulated day of work is not polled second by second


def test_a_failure_names_the_microservice_and_job(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    sims[0].script("broken", fail_at="Scan for viruses")
    op = simulated(am.transfers.start(name="broken", path=source(ss)), sims[0])
    with pytest.raises(errors.TransferFailed) as info:
        op.result()
    assert info.value.status == "FAILED"
    assert "Scan for viruses" in str(info.value)


def test_a_transfer_sent_to_backlog_ends_in_backlog(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    sims[0].script("later", backlog=True)
    op = simulated(am.transfers.start(name="later", path=source(ss)), sims[0])
    assert op.wait().in_backlog
    with pytest.raises(errors.InBacklog):
        op.result()


def test_a_waiting_decision_is_reported_and_a_poller_is_rebuilt_from_a_uuid(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    sims[0].script("held", await_decision="Approve normalization")
    first = simulated(am.transfers.start(name="held", path=source(ss)), sims[0])
    with pytest.raises(errors.DecisionRequired) as info:
        first.result()
    assert info.value.microservice == "Approve normalization"
    # The process that started it is gone; a new one follows the same transfer from its UUID.
    rebuilt = simulated(am.transfers.follow(first.transfer_uuid), sims[0])
    sims[0].decide(info.value.unit_uuid, "Approve")
    assert rebuilt.result() == first.sip_uuid


def test_a_timeout_is_an_operation_timeout(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    op = simulated(am.transfers.start(name="slow", path=source(ss)), sims[0])
    with pytest.raises(errors.OperationTimeout):
        op.result(timeout=5)


def test_twenty_five_hundred_packages_are_paged_completely(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], ss: StorageService
) -> None:
    before = sims[1].requests_served
    uuids = [str(p.uuid) for p in ss.packages.list()]
    assert len(uuids) >= 2500
    assert len(set(uuids)) == len(uuids)
    assert sims[1].requests_served - before == -(-len(uuids) // 1000)  # limit 1000 a page
    aips = list(ss.packages.list(package_type="AIP"))
    assert aips
    assert {str(p.package_type) for p in aips} == {"AIP"}


def test_a_download_lands_whole_or_not_at_all(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], ss: StorageService, tmp_path: Path
) -> None:
    package = next(iter(ss.packages.list(package_type="AIP")))
    progress: list[int] = []
    path = ss.packages.download(str(package.uuid), to=tmp_path, on_progress=lambda got, total: progress.append(got))
    assert path.parent == tmp_path
    assert path.stat().st_size == progress[-1] > 0
    expected = sims[1].packages[str(package.uuid)].checksum if hasattr(sims[1], "packages") else None
    if expected:
        path.unlink()
        assert ss.packages.download(str(package.uuid), to=tmp_path, sha256=expected).exists()
        path.unlink()
        with pytest.raises(errors.DownloadError):
            ss.packages.download(str(package.uuid), to=tmp_path, sha256="0" * 64)
        assert list(tmp_path.iterdir()) == []
    sims[1].knobs = Knobs(fault_rate=1.0, faults=("truncate",))
    broken = tmp_path / "broken"
    broken.mkdir()
    with pytest.raises((errors.DownloadError, errors.TransportError)):
        ss.packages.download(str(package.uuid), to=broken)
    assert list(broken.iterdir()) == []


def test_the_async_twin_follows_a_transfer_to_its_aip(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], ss: StorageService
) -> None:
    from fonds import AsyncArchivematica

    async def advance(seconds: float) -> None:
        sims[0].clock.advance(seconds)

    async def main() -> str:
        async with AsyncArchivematica(
            "http://am.test", username="test", api_key="test", transport=sims[0].transport()
        ) as am:
            op = await am.transfers.start(name="photos", path=source(ss))
            op.sleep = advance
            aip = await op.result(timeout=86_400)
            rebuilt = am.transfers.follow(op.transfer_uuid)
            assert await rebuilt.result() == aip
            return aip

    assert str(ss.packages.get(uuid=asyncio.run(main())).package_type) == "AIP"


def test_hide_all_completed_hides_transfers_and_ingests(
    sims: tuple[ArchivematicaSimulator, StorageServiceSimulator], am: Archivematica, ss: StorageService
) -> None:
    simulated(am.transfers.start(name="photos", path=source(ss)), sims[0]).result()
    assert am.transfers.list_completed().results
    assert am.hide_all_completed() >= 2
    assert am.transfers.list_completed().results == []
    assert am.ingests.list_completed().results == []


def test_an_async_task_answered_202_is_polled_to_completion() -> None:
    from storage_service_api.models.file_move import FileMove
    from storage_service_api.models.move_files_request import MoveFilesRequest

    sim = StorageServiceSimulator(realtime=True, async_seconds=0.05)
    ss = StorageService("http://ss.test", username="test", api_key="test", transport=sim.transport())
    locations = list(ss.locations.list())
    source_location = next(loc for loc in locations if loc.purpose == "TS")
    target = next(loc for loc in locations if loc.purpose == "CP")
    pipeline = str(source_location.pipeline[0]) if source_location.pipeline else ""
    request = MoveFilesRequest(
        origin_location=str(source_location.resource_uri),
        pipeline=pipeline,
        files=[FileMove(source="sample-transfer/", destination="copied/")],
    )
    ss.locations.move_files_async(uuid=target.uuid, body=request)
    assert ss.last_response is not None
    assert ss.last_response.status_code == 202
    task = ss.wait_for_task(ss.last_response.headers["Location"], timeout=30)
    assert task.completed
