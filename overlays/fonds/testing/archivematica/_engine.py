"""Moves units through their workflow as the clock runs: jobs start and end, decisions wait, SIPs and AIPs appear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage_service import _bag
from ..storage_service._clock import Clock
from ..storage_service._ids import IdSource
from ..storage_service._model import FileRecord, Location
from ..storage_service._tastypie import format_datetime
from . import _workflow as wf
from ._units import NEVER, SHARED, Job, Task, Unit

if TYPE_CHECKING:
    from ..storage_service import StorageServiceSimulator


class Engine:
    """Every unit of one dashboard, advanced lazily to the clock whenever someone looks."""

    def __init__(self, clock: Clock, storage: StorageServiceSimulator, pipeline_uuid: str, job_seconds: float) -> None:
        self.clock = clock
        self.storage = storage
        self.pipeline_uuid = pipeline_uuid
        self.job_seconds = job_seconds
        self.ids = IdSource("archivematica")
        self.units: dict[str, Unit] = {}
        self.tasks: dict[str, Task] = {}

    # -- public to the simulator ----------------------------------------------------------------------------------

    def add(self, unit: Unit) -> Unit:
        """Register ``unit`` and run it up to now."""
        self.units[unit.uuid] = unit
        self._advance(unit, self.clock.now())
        return unit

    def sync(self) -> None:
        """Advance every unit to the clock."""
        now = self.clock.now()
        for unit in list(self.units.values()):
            self._advance(unit, now)

    def choices(self, unit: Unit, step: wf.Step) -> tuple[str, ...]:
        """The choices of decision ``step`` for ``unit`` (AIP storage offers the pipeline's AS locations)."""
        if step.job == wf.STORE_AIP_LOCATION:
            return tuple(self._label(loc) for loc in self._aip_locations())
        return step.choices

    def decide(self, unit: Unit, choice: str) -> str:
        """Answer the decision ``unit`` waits at; returns the choice as the workflow spells it."""
        job = unit.current()
        if unit.state != "waiting" or job is None:
            raise ValueError(f"unit {unit.uuid} is not waiting for a decision")
        options = self.choices(unit, job.step)
        uuids = {loc.uuid: self._label(loc) for loc in self._aip_locations()}
        chosen = uuids.get(choice) or next((c for c in options if c.casefold() == choice.casefold()), None)
        if chosen is None:
            raise ValueError(f"{choice!r} is not a choice of {job.step.job!r}; choices: {', '.join(options)}")
        now = self.clock.now()
        job.choice, job.ends_at, job.status, unit.state = chosen, now, "PROCESSING", "running"
        self._advance(unit, now)
        return chosen

    # -- the machine ------------------------------------------------------------------------------------------

    def _advance(self, unit: Unit, now: float) -> None:
        while unit.state == "running":
            job = unit.current()
            if job is None:
                self._start(unit, unit.started)
                continue
            if job.ends_at > now:
                return
            self._complete(unit, job, now)
            if unit.state != "running":
                return
            if not unit.plan:
                unit.state = "done"
                return
            self._start(unit, job.ends_at)

    def _start(self, unit: Unit, at: float) -> None:
        step = unit.plan.pop(0)
        decision = bool(step.choices)
        job = Job(self.ids.uuid(), step, at, at if decision else at + self.job_seconds, unit.path)
        targets = [(f.uuid, f.path) for f in unit.files] if step.per_file and unit.files else [(None, unit.directory)]
        for file_uuid, name in [] if decision else targets:
            task = Task(self.ids.uuid(), file_uuid, name, at)
            job.tasks.append(task)
            self.tasks[task.uuid] = task
        unit.jobs.append(job)
        if decision:
            if unit.outcome.awaits(step) or step.job in unit.awaiting:
                job.status, job.ends_at, unit.state = "USER_INPUT", NEVER, "waiting"
            else:
                job.choice = self._auto_choice(unit, step)

    def _auto_choice(self, unit: Unit, step: wf.Step) -> str:
        options = self.choices(unit, step)
        if unit.outcome.rejects(step):
            return next(c for c in options if "reject" in c.lower())
        if step.job == "Create SIP(s)" and unit.outcome.backlog:
            return wf.BACKLOG
        return options[0]

    def _complete(self, unit: Unit, job: Job, now: float) -> None:
        failed = unit.outcome.fails(job.step)
        for index, task in enumerate(job.tasks):
            task.ended, task.exit_code = job.ends_at, 1 if failed and index == 0 else 0
        if failed:
            job.status, unit.plan = "FAILED", wf.failed_tail(unit.kind)
            return
        job.status = "COMPLETE"
        if job.choice is not None:
            self._apply(unit, job.choice)
        name = job.step.job
        if name in wf.APPROVE_JOBS.values() and "watchedDirectories" in unit.path:
            unit.path = f"{SHARED}currentlyProcessing/{unit.name}-{unit.uuid}/"
        elif name == wf.TO_SIP.job:
            self._make_sip(unit, job.ends_at, now)
        elif name == wf.TO_BACKLOG.job:
            self._to_backlog(unit)
        elif name == "Store the AIP":
            self._store_aip(unit)

    def _apply(self, unit: Unit, choice: str) -> None:
        if "reject" in choice.lower():
            unit.plan = wf.rejected_tail(unit.kind)
        elif choice == wf.CREATE_SIP:
            unit.plan = [wf.TO_SIP]
        elif choice == wf.BACKLOG:
            unit.plan = [wf.TO_BACKLOG]
        elif choice == "Do not normalize":
            unit.plan = [step for step in unit.plan if step.microservice != "Normalize"]
        else:
            for location in self._aip_locations():
                if self._label(location) == choice:
                    unit.aip_location = location.uuid

    # -- effects on the Storage Service -------------------------------------------------------------------------

    def _aip_locations(self) -> list[Location]:
        default = self.storage.defaults.get("AS")
        found = [
            loc
            for loc in self.storage.locations.values()
            if loc.purpose == "AS" and loc.enabled and any(p.uuid == self.pipeline_uuid for p in loc.pipelines)
        ]
        return sorted(found, key=lambda loc: loc is not default)

    @staticmethod
    def _label(location: Location) -> str:
        return location.description or location.uuid

    def _make_sip(self, transfer: Unit, at: float, now: float) -> None:
        sip_uuid = transfer.reingest_of or self.ids.uuid()
        transfer.sip_uuid = sip_uuid
        sip = Unit(
            sip_uuid,
            "SIP",
            transfer.name,
            f"{SHARED}currentlyProcessing/{transfer.name}-{sip_uuid}/",
            transfer.files,
            transfer.outcome,
            list(wf.INGEST),
            at,
            reingest_of=transfer.reingest_of,
            processing_config=transfer.processing_config,
            accession=transfer.accession,
        )
        self.units[sip_uuid] = sip
        self._advance(sip, now)

    def _objects(self, unit: Unit) -> list[tuple[str, bytes]]:
        return [(f.path, f.content) for f in unit.files]

    def _to_backlog(self, unit: Unit) -> None:
        pipeline = self.storage.pipelines.get(self.pipeline_uuid)
        package = self.storage.add_package(
            unit.name,
            package_type="transfer",
            uuid=unit.uuid,
            objects=self._objects(unit),
            pipeline=pipeline,
        )
        package.contents = [
            FileRecord(f"objects/{f.path}", f.uuid, unit.accession or None, unit.uuid, self.pipeline_uuid)
            for f in unit.files
        ]

    def _store_aip(self, unit: Unit) -> None:
        existing = self.storage.packages.get(unit.uuid)
        if existing is not None:
            created = format_datetime(self.clock.datetime())
            existing.replace_files(_bag.aip_files(unit.name, unit.uuid, self._objects(unit), created))
            existing.misc_attributes.pop("reingest_pipeline", None)
            existing.status = "UPLOADED"
            return
        location = self.storage.locations.get(unit.aip_location or "") or self.storage.defaults["AS"]
        self.storage.add_package(
            unit.name,
            package_type="AIP",
            uuid=unit.uuid,
            objects=self._objects(unit),
            location=location,
            pipeline=self.storage.pipelines.get(self.pipeline_uuid),
        )
