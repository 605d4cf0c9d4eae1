"""Deterministic archives: the same files always give the same bytes, so a checksum can be checked."""

from __future__ import annotations

import gzip
import hashlib
import io
import tarfile
from collections.abc import Iterable

MTIME = 1704067200  # 2024-01-01T00:00:00Z


def tar(files: Iterable[tuple[str, bytes]], *, compress: bool = False) -> bytes:
    """A tar (gzip-compressed when ``compress``) of ``(path, content)`` pairs, directories included, with fixed
    times and owners."""
    pairs = sorted(files)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        seen: set[str] = set()
        for path, content in pairs:
            parts = path.split("/")
            for depth in range(1, len(parts)):
                directory = "/".join(parts[:depth])
                if directory not in seen:
                    seen.add(directory)
                    archive.addfile(_info(directory, 0, tarfile.DIRTYPE))
            archive.addfile(_info(path, len(content), tarfile.REGTYPE), io.BytesIO(content))
    data = buffer.getvalue()
    if not compress:
        return data
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=MTIME, filename="") as stream:
        stream.write(data)
    return out.getvalue()


def _info(name: str, size: int, kind: bytes) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.type, info.mtime = size, kind, MTIME
    info.mode = 0o755 if kind == tarfile.DIRTYPE else 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()
