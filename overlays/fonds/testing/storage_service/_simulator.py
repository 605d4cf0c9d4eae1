"""The simulated Archivematica Storage Service (``/api/v2/``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from .._core import Knobs, Request, Response, Simulator
from .._strict import Validator, openapi_validator
from . import _bag, _django, _seed
from ._auth import authenticated
from ._clock import Clock
from ._ids import IdSource
from ._model import AsyncTask, Location, Package, Pipeline, Space
from ._resources import uri
from ._routes import resolve
from ._tastypie import HTML, HttpError, format_datetime, method_not_allowed, unauthorized

_HOME = {"AIP": "AS", "AIC": "AS", "DIP": "DS", "transfer": "BL", "SIP": "CP", "file": "AS", "deposit": "AS"}
ReingestHook = Callable[[Package, str, str], str]


def _quad(uuid: str) -> str:
    """The Storage Service's ``uuid_to_path``: 8 directories of 4 hex digits."""
    hexes = uuid.replace("-", "")
    return "/".join(hexes[i : i + 4] for i in range(0, 32, 4))


class StorageServiceSimulator(Simulator):
    """An in-memory Archivematica Storage Service 0.23 speaking its tastypie API at ``/api/v2/``.

    It starts with one pipeline, one ``FS`` space at ``/`` and a default location per purpose (``TS`` holds two
    sample transfers and a file whose name is not UTF-8), and answers as the real server does: 401 with an empty
    body, 301 to the slashed URL, tastypie paging and filtering, base64 browse names, async tasks that finish when
    the :class:`Clock` reaches them, real package bytes with a SHA-256 ``checksum`` on each package.

    Example::

        ss = StorageServiceSimulator(packages=2500)           # 2,500 seeded AIPs
        with httpx.Client(transport=ss.transport(), base_url="http://ss") as client:
            page = client.get("/api/v2/file/", params={"limit": 1000},
                              headers={"Authorization": "ApiKey test:test"}).json()
            assert page["meta"]["total_count"] == 2500
        aip = ss.add_package("my-aip")                        # an AIP in the default AS location
        ss.clock.advance(5)                                   # finish pending async tasks (moves)
    """

    def __init__(
        self,
        *,
        username: str = "test",
        api_key: str = "test",
        password: str = "test",  # noqa: S107 - the simulator's well-known test account
        packages: int = 0,
        clock: Clock | None = None,
        realtime: bool = False,
        speed: float = 1.0,
        async_seconds: float = 1.0,
        strict: bool = False,
        knobs: Knobs | None = None,
    ) -> None:
        super().__init__(knobs)
        self.clock = clock or Clock(realtime=realtime, speed=speed)
        self.strict = strict
        self._validator: Validator | None = None
        self.async_seconds = async_seconds
        self.pipelines: dict[str, Pipeline] = {}
        self.spaces: dict[str, Space] = {}
        self.locations: dict[str, Location] = {}
        self.packages: dict[str, Package] = {}
        self.tasks: dict[int, AsyncTask] = {}
        self.defaults: dict[str, Location] = {}
        self._api_keys = {username: api_key}
        self._passwords = {username: password}
        self._ids = IdSource("storage-service")
        self._task_ids = itertools.count(1)
        self._requests: dict[tuple[str, str], int] = {}
        self._reingest_hooks: dict[str, ReingestHook] = {}
        self._listeners: list[Callable[[], None]] = []
        _seed.seed(self, username, api_key)
        if packages:
            self.seed_packages(packages)

    # -- building state -------------------------------------------------------------------------------------

    @property
    def default_pipeline(self) -> Pipeline:
        """The pipeline the simulator starts with (an :class:`ArchivematicaSimulator` attached to this Storage
        Service plays it). Example: ``ss.default_pipeline.uuid``."""
        return self.pipelines[_seed.DEFAULT_PIPELINE]

    def add_pipeline(
        self,
        *,
        uuid: str | None = None,
        description: str | None = None,
        remote_name: str | None = None,
        api_username: str | None = None,
        api_key: str | None = None,
    ) -> Pipeline:
        """Register a pipeline. Example: ``ss.add_pipeline(description="Second dashboard")``."""
        pipeline = Pipeline(uuid or self._ids.uuid(), description, remote_name, api_username, api_key)
        self.pipelines[pipeline.uuid] = pipeline
        return pipeline

    def add_space(
        self,
        *,
        uuid: str | None = None,
        access_protocol: str = "FS",
        path: str = "/",
        staging_path: str = "/var/archivematica/storage_service",
        size: int | None = None,
    ) -> Space:
        """Create a space. Example: ``ss.add_space(path="/mnt/nfs")``."""
        space = Space(uuid or self._ids.uuid(), access_protocol, path, staging_path, size)
        self.spaces[space.uuid] = space
        return space

    def add_location(
        self,
        purpose: str,
        relative_path: str,
        description: str | None = None,
        *,
        default: bool = False,
        pipelines: Iterable[Pipeline] | None = None,
        space: Space | None = None,
        uuid: str | None = None,
        quota: int | None = None,
    ) -> Location:
        """Create a location (in the default space unless ``space``), used by the default pipeline unless
        ``pipelines``; ``default=True`` makes it the default for its purpose.

        Example: ``ss.add_location("AS", "mnt/aips-2", "Second AIP store")``."""
        space = space or next(iter(self.spaces.values()))
        chosen = list(pipelines) if pipelines is not None else [self.default_pipeline]
        location = Location(uuid or self._ids.uuid(), space, purpose, relative_path, description, chosen, quota)
        self.locations[location.uuid] = location
        location.tree()
        if default:
            self.defaults[purpose] = location
        return location

    def add_package(
        self,
        name: str,
        *,
        package_type: str = "AIP",
        objects: Iterable[tuple[str, bytes]] | None = None,
        files: list[tuple[str, bytes]] | None = None,
        uuid: str | None = None,
        location: Location | None = None,
        current_path: str | None = None,
        compressed: bool | None = None,
        status: str = "UPLOADED",
        pipeline: Pipeline | None = None,
    ) -> Package:
        """Store a package. ``objects`` (paths and bytes) are wrapped as the type wants (an AIP becomes a bag with
        a METS file); ``files`` gives the archive members as they are. AIPs and AICs are compressed (``.tar.gz``,
        with a pointer file); other packages are tarred when downloaded. A ``deposit`` has no origin pipeline
        (the real server then answers 400 for it and for list pages holding it); transfers have no stored date.

        Example: ``ss.add_package("photos", objects=[("a.jpg", b"...")])``."""
        uuid = uuid or self._ids.uuid()
        compressed = package_type in ("AIP", "AIC") if compressed is None else compressed
        created = format_datetime(self.clock.datetime())
        body = list(objects) if objects is not None else [("file.txt", f"{name}\n".encode())]
        if files is None:
            if package_type in ("AIP", "AIC"):
                files = _bag.aip_files(name, uuid, body, created)
            else:
                files = _bag.transfer_files(name, uuid, body)
        root = f"{name}-{uuid}"
        if pipeline is None and package_type != "deposit":  # SWORD deposits come from no pipeline
            pipeline = self.default_pipeline
        if current_path is None:
            if package_type == "transfer":
                current_path = f"originals/{root}"
            else:
                current_path = f"{_quad(uuid)}/{root}" + (".tar.gz" if compressed else "")
        package = Package(
            uuid,
            package_type,
            location or self.defaults[_HOME.get(package_type, "AS")],
            current_path,
            root,
            files,
            compressed,
            status,
            pipeline,
            stored_date=None if package_type == "transfer" else self.clock.datetime(),  # backlog: null, as real
        )
        self.packages[uuid] = package
        return package

    def seed_packages(self, count: int, *, package_type: str = "AIP", prefix: str = "seeded") -> list[Package]:
        """Add ``count`` small packages named ``<prefix>-00000``... (2,500 take well under a second).

        Example: ``ss.seed_packages(10, package_type="DIP")``."""
        start = len(self.packages)
        return [
            self.add_package(
                f"{prefix}-{start + i:05d}",
                package_type=package_type,
                objects=[(f"object-{start + i}.txt", f"object {start + i}\n".encode())],
            )
            for i in range(count)
        ]

    def resolve_request(self, uuid: str, *, approve: bool = True) -> None:
        """Approve (or reject) the pending deletion or recovery request of package ``uuid``, as an administrator
        would in the web UI: an approved deletion leaves it ``DELETED``, anything else ``UPLOADED``.

        Example: ``ss.resolve_request(aip.uuid)``."""
        package = self.packages[uuid]
        deletion = self._requests.pop((uuid, "delete"), None)
        self._requests.pop((uuid, "recover"), None)
        package.status = "DELETED" if approve and deletion is not None else "UPLOADED"

    # -- serving ----------------------------------------------------------------------------------------------

    def _accepted(self, action: Callable[[], Any]) -> Response:
        """Start an async task; answer 202 with its URL in ``Location``."""
        now = self.clock.now()
        task = AsyncTask(next(self._task_ids), now, now + self.async_seconds, action)
        self.tasks[task.id] = task
        return Response(202, b"", (("content-type", HTML), ("location", uri("async", task.id))))

    def _sync(self) -> None:
        """Bring every time-driven thing up to the clock: async tasks, and attached dashboards' units."""
        now = self.clock.now()
        for task in list(self.tasks.values()):
            task.run_if_due(now)
        for listener in self._listeners:
            listener()

    def _validate(self, request: Request) -> Response | None:
        """Strict mode: ``request`` checked with openapi-core against the bundled spec; a 400 when it is off."""
        if self._validator is None:
            self._validator = openapi_validator("storage_service_api")
        return self._validator(request)

    def handle(self, request: Request) -> Response:
        """Answer one request as the Storage Service would.

        Example: ``ss.dispatch(Request("GET", "/api/v2/")).status == 200`` (``dispatch`` takes the lock)."""
        self._sync()
        found = resolve(request.path)
        if found is None:
            if not request.path.endswith("/") and resolve(request.path + "/") is not None:
                return _django.append_slash(request, "127.0.0.1:62081")
            return _django.not_found_page()
        route, kwargs = found
        method = request.method.lower()
        if method not in route.methods:
            return method_not_allowed(route.methods)
        if method == "options":
            allows = ",".join(m.upper() for m in route.methods)
            return Response(200, allows.encode(), (("content-type", HTML), ("allow", allows)))
        if route.auth and not authenticated(request, self._api_keys, self._passwords):
            return unauthorized()
        if self.strict:
            problem = self._validate(request)
            if problem is not None:
                return problem
        try:
            return route.view(self, request, **kwargs)
        except HttpError as err:
            return err.response
