"""Downloads that cannot leave half a file behind: streamed to a temporary file beside the target, checked,
then renamed into place."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import httpx

from .. import errors
from ._filename import filename_from_disposition

CHUNK = 1 << 20
_FILENAME = re.compile(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', re.IGNORECASE)


def _filename(response: httpx.Response, fallback: str) -> str:
    match = _FILENAME.search(response.headers.get("content-disposition", ""))
    name = os.path.basename(match.group(1)) if match else ""
    return name if name not in ("", ".", "..") else fallback


def download(
    http: httpx.Client,
    path: str,
    to: str | os.PathLike[str],
    *,
    fallback_name: str,
    sha256: str | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> Path:
    """GET ``path`` into ``to``: a folder (one that exists, or a path ending in ``/``, created if need be) keeps
    the server's file name; anything else is the file's own path.

    The body streams into a temporary file in the target folder; the size (``Content-Length``) and, when given,
    the ``sha256`` are checked; only then is it renamed into place. On any failure the temporary file is removed
    and nothing appears at the destination. ``on_progress(received, total)`` is called after each chunk.
    """
    target = Path(to)
    into_folder = target.is_dir() or str(to).endswith(("/", os.sep))
    with http.stream("GET", path) as response:
        if response.status_code >= 400:
            response.read()
            body = errors.parse_body(response.content, response.headers.get("content-type", ""))
            raise errors.error_class(response.status_code)(response.status_code, "GET", path, body)
        name = filename_from_disposition(response.headers.get("content-disposition")) or fallback_name
        final = target / name if into_folder else target
        final.parent.mkdir(parents=True, exist_ok=True)
        total = int(response.headers["content-length"]) if "content-length" in response.headers else None
        digest = hashlib.sha256()
        received = 0
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    for chunk in response.iter_bytes(CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        received += len(chunk)
                        if on_progress is not None:
                            on_progress(received, total)
                except httpx.HTTPError as exc:
                    raise errors.DownloadError(
                        f"the download of {path} broke off after {received} bytes: {exc}"
                    ) from None
                out.flush()
                os.fsync(out.fileno())
            if total is not None and received != total:
                raise errors.DownloadError(f"{path}: received {received} bytes of {total}")
            if sha256 is not None and digest.hexdigest() != sha256.lower():
                raise errors.DownloadError(f"{path}: SHA-256 {digest.hexdigest()} is not the expected {sha256}")
            os.replace(tmp_name, final)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    return final
