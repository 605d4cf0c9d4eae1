"""``ArchivesSpaceSimulator``: an in-memory ArchivesSpace backend that answers like the real one."""

from __future__ import annotations

import time
from collections.abc import Callable

from .._core import Knobs, Request, Response, Simulator
from ._auth import DEFAULT_USERS, VIEW_PERMISSIONS, Sessions, User
from ._call import Call
from ._errors import ApiError, route_not_found
from ._routes import build
from ._solr import Indexer
from ._store import Store
from ._strict import Validator, openapi_validator
from ._world import World

__all__ = ["ArchivesSpaceSimulator"]

DEFAULT_ARCHIVAL_OBJECTS = 600


class ArchivesSpaceSimulator(Simulator):
    """A simulated ArchivesSpace backend (what listens on port 8089), seeded like a small working archive.

    Like a fresh server it has the user ``admin`` (password ``admin``) and repository 2; it also has a
    read-only user ``viewer`` (password ``viewer``). Repository 2 holds accessions, resources with trees of
    ``archival_objects`` archival objects, digital objects, top containers and events; agents of all four kinds,
    subjects and locations are global. Seeded records are rebuilt from ``seed`` when read, so a simulator with
    100,000 archival objects costs no more memory than one with 600; only what clients create, change or delete
    is stored.

    - ``session_expiry_seconds``: idle time after which a session answers 412 ``SESSION_EXPIRED`` (3600, as the
      server's default).
    - ``session_expiry_requests``: every N authenticated requests, all open sessions expire (None: never).
    - ``knobs``: latency and injected faults (:class:`~fonds.testing.Knobs`).
    - ``record_cache_bytes``: keep up to this many bytes of serialised records to answer listings faster (for
      benchmarks, so the simulator is not what they measure; default none).
    - ``strict``: check every request against the OpenAPI document first (``validator`` overrides the check).
    - ``clock``: the time source of sessions and audit fields (``time.time``).

    Every operation of the spec is served: records, trees, search, ``find_by_id``, enumerations, users, feeds and
    exports by hand-written handlers, the long tail from the spec (documented shapes, no state). Records carry
    what the real server always sends (``x-fonds-always-sent`` in the spec). Unknown routes answer the backend's
    JSON 404 ``{"error": "Sinatra::NotFound"}``; so does a known path under a method it does not serve (the real
    server has no 405).

    Example::

        sim = ArchivesSpaceSimulator(seed=7, archival_objects=2_000)
        with httpx.Client(transport=sim.transport(), base_url="http://aspace.test") as client:
            token = client.post("/users/admin/login", data={"password": "admin"}).json()["session"]
            page = client.get("/repositories/2/archival_objects", params={"page": 1, "page_size": 250},
                              headers={"X-ArchivesSpace-Session": token}).json()
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        archival_objects: int = DEFAULT_ARCHIVAL_OBJECTS,
        session_expiry_requests: int | None = None,
        session_expiry_seconds: float = 3600.0,
        knobs: Knobs | None = None,
        strict: bool = False,
        validator: Validator | None = None,
        clock: Callable[[], float] = time.time,
        record_cache_bytes: int = 0,
    ) -> None:
        super().__init__(knobs)
        self.seed = seed
        self.clock = clock
        self.store = Store(World(seed, archival_objects), clock)
        self.store.json_cache_limit = record_cache_bytes
        self.users: dict[str, User] = {user.username: user for user in DEFAULT_USERS}
        self.sessions = Sessions(clock, session_expiry_seconds, session_expiry_requests)
        self.strict = strict
        self.validator: Validator | None = validator if validator is not None or not strict else openapi_validator()
        self.indexer = Indexer(self.store)
        self.router = build(self.users, self.sessions, self.indexer)

    def add_user(self, username: str, password: str, permissions: frozenset[str] = VIEW_PERMISSIONS) -> User:
        """Add a user who can log in (read-only by default).

        Example::

            sim.add_user("cataloger", "secret", frozenset({"view_repository", "update_accession_record"}))
        """
        user = User(len(self.users) + 1, username.lower(), password, username, frozenset(permissions))
        self.users[user.username] = user
        return user

    def expire_sessions(self) -> None:
        """Expire every open session now: the next request with one answers 412 ``SESSION_EXPIRED``.

        Example::

            sim.expire_sessions()
        """
        with self.lock:
            self.sessions.expire_all()

    def handle(self, request: Request) -> Response:
        """Answer one request (call :meth:`dispatch`, which also takes the lock).

        Example::

            sim.dispatch(Request("GET", "/repositories")).status  # 200
        """
        try:
            if self.validator is not None:
                rejected = self.validator(request)
                if rejected is not None:
                    return rejected
            token = request.headers.get("x-archivesspace-session")
            user = self.sessions.user_for(token) if token else None
            method = "GET" if request.method == "HEAD" else request.method
            found = self.router.match(method, request.path)
            if found is None:
                return route_not_found()
            handler, path_values = found
            answer: Response = handler(Call(self.store, request, user), **path_values)
        except ApiError as error:
            answer = error.response()
        if request.method == "HEAD":
            return Response(answer.status, b"", answer.headers)
        return answer
