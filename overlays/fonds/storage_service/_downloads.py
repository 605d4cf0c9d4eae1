"""Downloads that cannot leave half a file behind: streamed to a temporary file beside the target, checked
(bytes on the wire, the package's size, a SHA-256), then renamed into place; every failure a ``FondsError``."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .. import errors
from .._redact import Secrets
from .._retry import RETRY_STATUSES, RetryableStatus, RetryPolicy, retried
from .._wire import DEADLINE, check_deadline, translate
from ._filename import filename_from_disposition

CHUNK = 1 << 20
#: The endings of packages stored as one file, whose ``size`` is the download's; a package stored as a folder is
#: tarred on the fly and its ``size`` (the sum of its files) says nothing of the download's.
ARCHIVE_SUFFIXES = (".7z", ".zip", ".tar", ".tgz", ".tar.gz", ".gz", ".tar.bz2", ".bz2", ".tar.xz", ".xz")


def package_size(package: Any) -> int | None:
    """The size a download of ``package`` (a ``Package`` record) must have, when the record tells it.

    Example: ``package_size(ss.packages.get(uuid=aip))`` is 7736 for a 7z AIP of 7736 bytes, None for a folder
    (and for a record whose size or path cannot be read: the download is still checked against its length).
    """
    try:
        size, path = getattr(package, "size", None), getattr(package, "current_path", None)
    except errors.RecordError:  # a size or path the record holds in another shape: unknown, not a failure
        return None
    if not isinstance(size, int) or isinstance(size, bool) or size < 0 or not isinstance(path, str):
        return None
    return size if path.lower().rstrip("/").endswith(ARCHIVE_SUFFIXES) and not path.endswith("/") else None


def _clear_stale(folder: Path, name: str) -> None:
    """Remove the ``.part`` files an interrupted download of the same file left in ``folder``."""
    for stale in folder.glob(f".{glob.escape(name)}.*.part"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _error(response: httpx.Response, path: str, secrets: Secrets) -> errors.APIError:
    """The typed error of an error answer, its body redacted before it is shortened."""
    try:
        response.read()
        content = response.content
    except (httpx.HTTPError, errors.TransportError):
        content = b""
    body = errors.parse_body(content, response.headers.get("content-type", ""), secrets.redact)
    return errors.error_class(response.status_code)(response.status_code, "GET", path, body)


def _open(http: httpx.Client, path: str, secrets: Secrets, retry: RetryPolicy) -> httpx.Response:
    """The download's answer, its headers in and its body not yet read. Failures before the first byte (no
    connection, 502/503/504) are retried as reads are; ``identity`` is asked for so the bytes counted are the
    bytes on the wire."""

    def attempt() -> httpx.Response:
        check_deadline(f"GET {path}")
        request = http.build_request("GET", path, headers={"Accept-Encoding": "identity"})
        response = http.send(request, stream=True)
        if response.status_code in RETRY_STATUSES:
            response.close()
            raise RetryableStatus(response)
        return response

    try:
        if not retry.applies_to("GET"):
            return attempt()
        return retried(retry, DEADLINE.get(), attempt)
    except RetryableStatus as exc:
        raise _error(exc.response, path, secrets) from None
    except httpx.HTTPError as exc:
        raise translate(exc, secrets) from None


def download(
    http: httpx.Client,
    path: str,
    to: str | os.PathLike[str],
    *,
    fallback_name: str,
    sha256: str | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    expected_size: int | None = None,
    secrets: Secrets | None = None,
    retry: RetryPolicy | None = None,
) -> Path:
    """GET ``path`` into ``to``: a folder (one that exists, or a path ending in ``/``, created if need be) keeps
    the server's file name; anything else is the file's own path.

    The body streams into a temporary file in the target folder (stale ``.part`` files of the same name are
    removed first); the bytes on the wire are checked against ``Content-Length``, the bytes written against
    ``expected_size`` (the package's size, when known) and ``sha256`` when given; only then is it renamed into
    place. On any failure the temporary file is removed and nothing appears at the destination. A failure
    before the first byte is retried as reads are (``retry``); every error is a ``FondsError``: the error status's
    ``APIError`` (body redacted with ``secrets``), ``TransportError`` before the body, ``DownloadError`` after.
    ``on_progress(received, total)`` is called after each chunk.
    """
    secrets = secrets or Secrets()
    target = Path(to)
    into_folder = target.is_dir() or str(to).endswith(("/", os.sep))
    response = _open(http, path, secrets, retry or RetryPolicy())
    try:
        if response.status_code >= 400:
            raise _error(response, path, secrets)
        if response.status_code != 200:  # the Storage Service's 202 "File is not locally available" (Arkivum)
            error = _error(response, path, secrets)
            raise errors.DownloadError(f"{path} answered {response.status_code}, not the package: {error.message}")
        name = filename_from_disposition(response.headers.get("content-disposition")) or fallback_name
        final = target / name if into_folder else target
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            _clear_stale(final.parent, final.name)
            _stream_to(response, path, final, sha256, on_progress, expected_size)
        except (OSError, ValueError) as exc:  # the file system refused: a folder of that name, no space, no right
            raise errors.DownloadError(f"the download of {path} could not be written to {final}: {exc}") from None
    finally:
        response.close()
    return final


def _stream_to(
    response: httpx.Response,
    path: str,
    final: Path,
    sha256: str | None,
    on_progress: Callable[[int, int | None], None] | None,
    expected_size: int | None,
) -> None:
    total = _content_length(response)
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
                        on_progress(received, total if total is not None else expected_size)
            except (httpx.HTTPError, errors.TransportError) as exc:
                raise errors.DownloadError(f"the download of {path} broke off after {received} bytes: {exc}") from None
            out.flush()
            os.fsync(out.fileno())
        encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        # Content-Length counts the bytes on the wire: for an encoded body (a server that gzips despite being asked
        # for identity) those httpx counted, not the decoded ones. (An answer read whole by an in-process
        # transport counts none: its decoded bytes are then all there is to compare.)
        on_wire = response.num_bytes_downloaded if encoded and response.num_bytes_downloaded else received
        if total is not None and on_wire != total:
            raise errors.DownloadError(f"{path}: received {on_wire} bytes of the {total} announced")
        if expected_size is not None and received != expected_size:
            raise errors.DownloadError(f"{path}: received {received} bytes, the package has {expected_size}")
        if sha256 is not None and digest.hexdigest() != sha256.lower():
            raise errors.DownloadError(f"{path}: SHA-256 {digest.hexdigest()} is not the expected {sha256}")
        os.replace(tmp_name, final)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _content_length(response: httpx.Response) -> int | None:
    try:
        value = int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None
    return value if value >= 0 else None
