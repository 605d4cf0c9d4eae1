"""The records a simulated Storage Service keeps: pipelines, spaces, locations, packages, async tasks."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs

from . import _archive, _bag, _tree

PURPOSES = ("AR", "AS", "CP", "DS", "SD", "SS", "BL", "TS", "RP")
PACKAGE_TYPES = ("AIP", "AIC", "SIP", "DIP", "transfer", "file", "deposit")
PACKAGE_STATUSES = (
    "PENDING",
    "STAGING",
    "UPLOADED",
    "VERIFIED",
    "FAIL",
    "DEL_REQ",
    "DELETED",
    "FINALIZE",
    "MOVING",
    "RECOVER_REQ",
)


@attrs.define(eq=False)
class Pipeline:
    """An Archivematica dashboard registered with the Storage Service."""

    uuid: str
    description: str | None = None
    remote_name: str | None = None
    api_username: str | None = None
    api_key: str | None = None
    enabled: bool = True


@attrs.define(eq=False)
class Space:
    """A storage space; ``tree`` is what its filesystem holds."""

    uuid: str
    access_protocol: str = "FS"
    path: str = "/"
    staging_path: str = "/var/archivematica/storage_service"
    size: int | None = None
    used: int = 0
    verified: bool = False
    last_verified: datetime | None = None
    tree: _tree.Dir = attrs.field(factory=_tree.Dir)
    protocol_fields: dict[str, Any] = attrs.field(factory=dict)


@attrs.define(eq=False)
class Location:
    """A location inside a space, with a purpose (``TS`` transfer source, ``AS`` AIP storage...)."""

    uuid: str
    space: Space
    purpose: str
    relative_path: str
    description: str | None = None
    pipelines: list[Pipeline] = attrs.field(factory=list)
    quota: int | None = None
    used: int = 0
    enabled: bool = True

    @property
    def full_path(self) -> str:
        """The space path joined with the relative path."""
        return posixpath.join(self.space.path, self.relative_path)

    def tree(self) -> _tree.Dir:
        """The directory of this location inside its space's tree (created when missing)."""
        return _tree.make_dirs(self.space.tree, self.relative_path.encode())


@attrs.define(eq=False)
class FileRecord:
    """One row of a package's ``contents`` (what the dashboard indexes for transfers in backlog)."""

    relative_path: str
    fileuuid: str | None = None
    accessionid: str | None = None
    sipuuid: str | None = None
    origin: str | None = None
    checksum: str = ""


@attrs.define(eq=False)
class Package:
    """A stored package. ``files`` are the members of its archive, each path starting with ``name``; ``compressed``
    packages are stored as ``.tar.gz``, the others are tarred on the fly when downloaded.

    Example: ``ss.packages[uuid].fixity_ok = False`` makes its ``check_fixity/`` report a failure."""

    uuid: str
    package_type: str
    location: Location
    current_path: str
    name: str
    files: list[tuple[str, bytes]]
    compressed: bool = True
    status: str = "UPLOADED"
    origin_pipeline: Pipeline | None = None
    origin_location: Location | None = None
    origin_path: str = ""
    stored_date: datetime | None = None
    misc_attributes: dict[str, Any] = attrs.field(factory=dict)
    related_packages: list[str] = attrs.field(factory=list)
    replicas: list[str] = attrs.field(factory=list)
    replicated_package: str | None = None
    encrypted: bool = False
    contents: list[FileRecord] = attrs.field(factory=list)
    fixity_ok: bool = True
    has_pointer_file: bool = True
    _archive: bytes | None = attrs.field(default=None, init=False, repr=False)

    @property
    def full_path(self) -> str:
        """Where the package is: the location path joined with ``current_path``."""
        return posixpath.join(self.location.full_path, self.current_path)

    def replace_files(self, files: list[tuple[str, bytes]]) -> None:
        """Give the package new content (a reingest stored again)."""
        self.files, self._archive = files, None

    def archive(self) -> bytes:
        """The bytes a download answers (computed once)."""
        if self._archive is None:
            self._archive = _archive.tar(self.files, compress=self.compressed)
        return self._archive

    @property
    def checksum(self) -> str:
        """SHA-256 of :meth:`archive`."""
        return _archive.sha256(self.archive())

    @property
    def size(self) -> int:
        """Bytes stored: the archive for compressed packages, the sum of the files otherwise."""
        return len(self.archive()) if self.compressed else sum(len(content) for _, content in self.files)

    @property
    def download_name(self) -> str:
        """The file name a download carries."""
        base = posixpath.basename(self.current_path.rstrip("/"))
        return base if self.compressed else f"{base}.tar"

    def pointer_file(self, created: str) -> str | None:
        """The METS pointer file (compressed AIPs and AICs only)."""
        if not self.compressed or self.package_type not in ("AIP", "AIC") or not self.has_pointer_file:
            return None
        return _bag.pointer_file(self.uuid, self.full_path, self.checksum, self.size, created)


@attrs.define(eq=False)
class AsyncTask:
    """A Storage Service async task: it completes once the clock reaches ``ready_at``, running ``action``, whose
    return value becomes ``result`` (or, if it raises ``ValueError``, ``error``)."""

    id: int
    created: float
    ready_at: float
    action: Callable[[], Any]
    completed: bool = False
    was_error: bool = False
    result: Any = None
    error: str | None = None
    completed_at: float | None = None

    def run_if_due(self, now: float) -> None:
        """Complete the task when its time has come."""
        if self.completed or now < self.ready_at:
            return
        try:
            self.result = self.action()
        except ValueError as err:
            self.was_error, self.error = True, str(err)
        self.completed, self.completed_at = True, self.ready_at
