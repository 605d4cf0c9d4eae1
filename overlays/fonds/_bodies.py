"""Request bodies read from files: sent again whole, or not sent again at all.

A retry (``RetryPolicy(unsafe=True)``) or an ArchivesSpace session renewal sends a request a second time. httpx
reads a body given as a file (a SWORD deposit, a CSV to validate, a job's files) to its end while it sends it, so
sent again as it stands the body would go empty or cut short, and the call could report success. For every
request the invoker makes a :class:`Body`: it remembers where each file of the body starts and seeks back there
before each send. A body it cannot seek back (a pipe, a socket) is sent once: the invoker does not retry it and
the session does not replay it (the caller gets the error, or ``SessionExpired``). The async clients read a file
body in a worker thread, a chunk at a time, with its length sent as ``Content-Length`` as the sync clients do.

A body part must be bytes, text, or a binary file open for reading: anything else (None, a number, a text-mode
file, a closed file, a generator) is refused with ``InvalidArgument`` before anything is sent.

Example::

    body = Body("add_package_sword_media", {"content": open("bag.zip", "rb")})
    body.resendable    # True: a file on disk can be read again
    body.rewind()      # before a second send
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import anyio
import httpx
from httpx._content import AsyncIteratorByteStream, IteratorByteStream  # httpx is pinned; no public name

from .errors import InvalidArgument

#: The key of ``httpx.Request.extensions`` where the invoker leaves a request's :class:`Body` for the session.
EXTENSION = "fonds_body"

_IN_MEMORY = (bytes, bytearray, memoryview, str)
_CHUNK = 64 * 1024


def check_payload(operation: str, payload: Any) -> None:
    """Raise ``InvalidArgument`` unless ``payload`` (a ``File``'s) is bytes, text or a binary file open for
    reading.

    Example: ``check_payload("validate_csv", 5)`` raises; ``check_payload("validate_csv", b"a,b")`` does not.
    """
    wanted = "bytes, text, or a binary file open for reading (File(payload=open(path, 'rb')))"
    if isinstance(payload, str):
        try:
            payload.encode("utf-8")  # what httpx sends of text
        except UnicodeEncodeError:
            raise InvalidArgument(operation, "body", wanted, "text with a lone surrogate") from None
        return
    if isinstance(payload, _IN_MEMORY):
        return
    if not callable(getattr(payload, "read", None)):
        raise InvalidArgument(operation, "body", wanted, type(payload).__name__)
    if isinstance(payload, io.TextIOBase):
        raise InvalidArgument(operation, "body", wanted, "a file open in text mode")
    if getattr(payload, "closed", False) is True:
        raise InvalidArgument(operation, "body", wanted, "a closed file")


class Body:
    """The files a request's body is read from (``content=``, or the files of a multipart ``files=``), and
    whether the request can be sent again (``resendable``).

    A closed file is refused with ``InvalidArgument`` before anything is sent. Example: see the module.
    """

    def __init__(self, operation: str, kwargs: Mapping[str, Any]) -> None:
        self._starts: list[tuple[Any, int]] = []
        #: Whether every part of the body can be sent again (bytes, text, or files that can seek back).
        self.resendable = True
        #: The bytes left in a ``content=`` file body, when it can tell (None otherwise).
        self.length: int | None = None
        content = kwargs.get("content")
        for stream in _streams(kwargs):
            check_payload(operation, stream)
            whole_body = stream is content
            try:
                if not stream.seekable():
                    raise OSError("not seekable")
                start = stream.tell()
                if whole_body:
                    self.length = stream.seek(0, os.SEEK_END) - start
                    stream.seek(start)
                self._starts.append((stream, start))
            except (AttributeError, OSError, ValueError):
                self.resendable = False

    def rewind(self) -> None:
        """Seek every file of the body back to where it started (before each send; harmless before the first)."""
        for stream, start in self._starts:
            stream.seek(start)

    def for_async(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` for an ``httpx.AsyncClient``: a ``content=`` file replaced by a fresh async reader of it
        (httpx's async client cannot read a file), its length as ``Content-Length`` when known."""
        content = kwargs.get("content")
        if content is None or isinstance(content, _IN_MEMORY) or hasattr(content, "__aiter__"):
            return kwargs
        out = dict(kwargs, content=_read_async(content))
        if self.length is not None:
            out["headers"] = {**(kwargs.get("headers") or {}), "Content-Length": str(self.length)}
        return out


def resendable(request: httpx.Request) -> bool:
    """Whether ``request`` can be sent again whole, its file bodies rewound first. A request the invoker did not
    build (a raw ``client.http`` call) is resendable unless its body is read from a file or an iterator (a
    multipart body is: httpx seeks its files back itself).

    Example: ``resendable(httpx.Request("GET", "http://h/"))`` is True.
    """
    body = request.extensions.get(EXTENSION)
    if isinstance(body, Body):
        if body.resendable:
            body.rewind()
        return body.resendable
    return not isinstance(request.stream, (IteratorByteStream, AsyncIteratorByteStream))


async def _read_async(stream: Any) -> AsyncIterator[bytes]:
    while chunk := await anyio.to_thread.run_sync(stream.read, _CHUNK):
        yield chunk


def _streams(kwargs: Mapping[str, Any]) -> Iterator[Any]:
    content = kwargs.get("content")
    if content is not None and not isinstance(content, _IN_MEMORY):
        yield content
    files = kwargs.get("files") or ()
    for item in files.items() if isinstance(files, Mapping) else files:
        value = item[1]
        part = value[1] if isinstance(value, tuple) else value
        if part is not None and not isinstance(part, _IN_MEMORY):
            yield part
