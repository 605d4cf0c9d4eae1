"""The simulated Archivematica dashboard API (``/api/``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .._core import Knobs, Request, Response, Simulator
from .._strict import Validator, openapi_validator
from ..storage_service import StorageServiceSimulator
from ..storage_service._clock import Clock
from ..storage_service._django import append_slash, not_found_page
from ..storage_service._ids import fixed_uuid
from ..storage_service._model import Package
from . import _processing
from . import _workflow as wf
from ._auth import authenticated
from ._engine import Engine
from ._http import VERSION, HttpError, forbidden, not_allowed
from ._routes import resolve
from ._script import Scripts
from ._units import SHARED, Unit, UnitFile

LEVELS = ("Fonds", "Subfonds", "Collection", "Series", "Subseries", "File", "Item")
_UUID_TAIL = re.compile(r"-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


class ArchivematicaSimulator(Simulator):
    """An in-memory Archivematica 1.17 dashboard API whose transfers and SIPs run on a :class:`Clock`.

    A transfer started through ``v2beta/package`` (or ``transfer/start_transfer/`` + ``transfer/approve``) goes
    through its microservices one job per ``job_seconds`` of simulated time; its status is PROCESSING, then
    COMPLETE without ``sip_uuid``, then with it; the SIP then runs to "Store AIP", and the AIP appears as a package
    in the Storage Service simulator (``storage``; a private one is made when none is given). Tests script what
    goes wrong with :meth:`script` and answer decisions with :meth:`decide`.

    Example::

        ss = StorageServiceSimulator()
        am = ArchivematicaSimulator(storage=ss)
        am.script("broken", fail_at="Scan for viruses")
        am.script("held", await_decision="Approve normalization")
        with httpx.Client(transport=am.transport(), base_url="http://am",
                          headers={"Authorization": "ApiKey test:test"}) as client:
            path = base64.b64encode(f"{ss.defaults['TS'].uuid}:sample-transfer".encode()).decode()
            transfer = client.post("/api/v2beta/package", json={"name": "demo", "path": path}).json()["id"]
            am.clock.advance(60)
            sip = client.get(f"/api/transfer/status/{transfer}").json()["sip_uuid"]
    """

    def __init__(
        self,
        *,
        username: str = "test",
        api_key: str = "test",
        storage: StorageServiceSimulator | None = None,
        clock: Clock | None = None,
        realtime: bool = False,
        speed: float = 1.0,
        job_seconds: float = 1.0,
        dashboard_uuid: str | None = None,
        strict: bool = False,
        knobs: Knobs | None = None,
    ) -> None:
        super().__init__(knobs)
        if storage is None:
            storage = StorageServiceSimulator(
                username=username, api_key=api_key, clock=clock, realtime=realtime, speed=speed
            )
        elif clock is not None:
            storage.clock = clock
        self.storage = storage
        self.clock = storage.clock
        self.lock = storage.lock  # connected simulators change each other's state: one lock for both
        self.strict = strict
        self._validator: Validator | None = None
        self.version = VERSION
        self._api_keys = {username: api_key}
        pipeline = storage.pipelines.get(dashboard_uuid or storage.default_pipeline.uuid)
        if pipeline is None:
            pipeline = storage.add_pipeline(
                uuid=dashboard_uuid, description="Archivematica (simulated)", api_username=username, api_key=api_key
            )
            for location in storage.defaults.values():
                location.pipelines.append(pipeline)
        self.dashboard_uuid = pipeline.uuid
        self.engine = Engine(self.clock, storage, pipeline.uuid, job_seconds)
        self.processing_configs: dict[str, str] = {
            name: doc for name in ("automated", "default") if (doc := _processing.builtin(name)) is not None
        }
        self.levels_of_description: list[tuple[str, str]] = [(fixed_uuid(f"level:{n}"), n) for n in LEVELS]
        self.atom_levels: list[str] | None = None
        self.arrange: dict[str, str] = {}
        self._scripts = Scripts()
        self._staged: dict[str, list[tuple[str, bytes]]] = {}
        storage._listeners.append(self._sync)
        storage._reingest_hooks[pipeline.uuid] = self._reingest_from_storage

    @property
    def pipeline_uuid(self) -> str:
        """The pipeline this dashboard is in the Storage Service (its ``X-Archivematica-ID``).

        Example: ``am.pipeline_uuid in am.storage.pipelines``."""
        return self.dashboard_uuid

    # -- what tests use -------------------------------------------------------------------------------------

    def script(
        self,
        match: str | Callable[[str], bool],
        *,
        fail_at: str | None = None,
        await_decision: str | Iterable[str] = (),
        reject_at: str | None = None,
        backlog: bool = False,
    ) -> None:
        """Decide how transfers named ``match`` (a glob, or a predicate on the name) and their SIPs end:
        ``fail_at`` a microservice or job, wait at decision point(s) ``await_decision``, answer ``reject_at`` with
        its reject choice, or send the transfer to backlog. Names are checked against the workflow.

        Example::

            sim.script("broken", fail_at="Scan for viruses")
            sim.script(lambda name: name.startswith("held-"), await_decision="Approve normalization")
            sim.script("later", backlog=True)
            sim.script("nope", reject_at="Approve normalization")
        """
        self._scripts.add(match, fail_at=fail_at, await_decision=await_decision, reject_at=reject_at, backlog=backlog)

    def decide(self, uuid: str, choice: str) -> str:
        """Answer the decision unit ``uuid`` waits at (choice names are case-insensitive; AIP storage also takes
        a location UUID); returns the choice as spelled by the workflow. ``ValueError`` if it is not waiting or
        the choice is not offered.

        Example: ``sim.decide(sip_uuid, "Approve")``."""
        with self.lock:
            self._sync()
            unit = self.engine.units.get(uuid)
            if unit is None:
                raise ValueError(f"no unit {uuid}")
            return self.engine.decide(unit, choice)

    def choices(self, uuid: str) -> tuple[str, ...]:
        """The choices of the decision unit ``uuid`` waits at (empty when it does not wait).

        Example: ``sim.choices(sip_uuid) == ("Approve", "Reject")``."""
        with self.lock:
            self._sync()
            unit = self.engine.units.get(uuid)
            job = unit.current() if unit is not None else None
            return self.engine.choices(unit, job.step) if unit and job and job.waiting else ()

    @property
    def units(self) -> dict[str, Unit]:
        """Every transfer and SIP by UUID, brought up to the clock.

        Example: ``sim.units[transfer_uuid].status()["status"]``."""
        with self.lock:
            self._sync()
            return dict(self.engine.units)

    def settle(self, max_seconds: float = 86400.0) -> float:
        """Advance the clock until no unit is processing (each waits, or has finished) and no Storage Service
        task is pending; returns the simulated seconds that passed.

        Example: ``sim.settle()``."""
        passed = 0.0
        with self.lock:
            while passed < max_seconds:
                self._sync()
                self.storage._sync()
                now = self.clock.now()
                ends = [u.jobs[-1].ends_at for u in self.engine.units.values() if u.state == "running" and u.jobs]
                ends += [t.ready_at for t in self.storage.tasks.values() if not t.completed]
                if not ends:
                    break
                step = min(max(min(ends) - now, 0.0), max_seconds - passed)
                self.clock.advance(step)
                passed += step
            return passed

    # -- used by the views ------------------------------------------------------------------------------------

    def _sync(self) -> None:
        self.engine.sync()

    def _start_unit(
        self,
        name: str,
        files: list[tuple[str, bytes]] | None,
        transfer_type: str,
        path: str | None,
        *,
        auto_approve: bool,
        processing_config: str = "default",
        accession: str = "",
        access_system_id: str = "",
        reingest_of: str | None = None,
    ) -> Unit:
        """Create a transfer; ``files`` None makes one that never gets a job (its copy failed)."""
        uuid = self.engine.ids.uuid()
        approve = wf.approve_step(transfer_type)
        unit = Unit(
            uuid,
            "transfer",
            name,
            path or f"{SHARED}currentlyProcessing/{name}-{uuid}/",
            [UnitFile(self.engine.ids.uuid(), p, c) for p, c in files or []],
            self._scripts.outcome_for(name),
            [approve, *wf.TRANSFER] if files is not None else [],
            self.clock.now(),
            transfer_type,
            awaiting=() if auto_approve else (approve.job,),
            processing_config=processing_config,
            accession=accession,
            access_system_id=access_system_id,
            reingest_of=reingest_of,
        )
        if files is None:
            unit.state = "broken"
            self.engine.units[uuid] = unit
            return unit
        return self.engine.add(unit)

    def _begin_reingest(self, name: str, aip_uuid: str, objects: list[tuple[str, bytes]], *, full: bool) -> str:
        """Start a full (a new transfer, which makes the same AIP again) or partial (the SIP waits for approval)
        reingest; returns the reingest UUID the dashboard reports."""
        if full:
            return self._start_unit(name, objects, "standard", None, auto_approve=True, reingest_of=aip_uuid).uuid
        files = [UnitFile(self.engine.ids.uuid(), p, c) for p, c in objects]
        unit = Unit(
            aip_uuid,
            "SIP",
            name,
            f"{SHARED}watchedDirectories/system/reingestAIP/{name}-{aip_uuid}/",
            files,
            self._scripts.outcome_for(name),
            [wf.REINGEST_APPROVAL, *wf.INGEST],
            self.clock.now(),
            awaiting=(wf.REINGEST_APPROVAL.job,),
            reingest_of=aip_uuid,
        )
        self.engine.add(unit)
        return aip_uuid

    def _reingest_from_storage(self, package: Package, reingest_type: str, processing_config: str) -> str:
        """What the Storage Service does on ``file/<uuid>/reingest/``: stage the AIP in the shared ``tmp/`` and
        call ``/api/{transfer,ingest}/reingest``."""
        marker = "/data/objects/"
        objects = [(path.split(marker, 1)[1], content) for path, content in package.files if marker in path]
        self._staged[package.name] = objects
        base = _UUID_TAIL.sub("", package.name)
        self._staged.pop(package.name)
        return self._begin_reingest(base, package.uuid, objects, full=reingest_type == "full")

    def _validate(self, request: Request) -> Response | None:
        """Strict mode: ``request`` checked with openapi-core against the bundled spec; a 400 when it is off."""
        if self._validator is None:
            self._validator = openapi_validator("archivematica_api")
        return self._validator(request)

    def handle(self, request: Request) -> Response:
        """Answer one request as the dashboard would.

        Example: ``am.dispatch(Request("GET", "/api/transfer/completed")).status == 403`` (no credentials)."""
        self._sync()
        found = resolve(request.path)
        if found is None:
            if not request.path.endswith("/") and resolve(request.path + "/") is not None:
                return append_slash(request, "127.0.0.1:62080")
            return not_found_page()
        route, kwargs = found
        if request.method.upper() not in route.methods:
            return not_allowed(route.methods)
        if not authenticated(request, self._api_keys):
            return forbidden()
        if self.strict:
            problem = self._validate(request)
            if problem is not None:
                return problem
        try:
            answer = route.view(self, request, **kwargs)
        except HttpError as err:  # what escapes the view escapes the API decorator too: no version headers
            return err.response
        headers = (("x-archivematica-version", self.version), ("x-archivematica-id", self.dashboard_uuid))
        return Response(answer.status, answer.body, (*answer.headers, *headers))
