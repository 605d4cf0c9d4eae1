"""Request parameters read the way the ArchivesSpace backend reads them (Sinatra + rest.rb's coercions).

Query string and form body are merged. ``name[]=a&name[]=b`` and ``name[0]=a&name[1]=b`` are arrays; a bare
``name=a`` where an array is declared is a 400 (``Wanted type [String] ...``). Booleans are exactly ``true`` or
``false`` (any case). Errors are collected, then raised together as one 400, as the server does.
"""

from __future__ import annotations

import re
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import quote

from .._core import Request
from ._errors import bad_params

_INDEXED = re.compile(r"^(?P<name>[^\[\]]+)\[(?P<index>[^\[\]]*)\]$")

BOOLEAN_TYPE = "RESTHelpers::BooleanParam"
NON_NEGATIVE_TYPE = "RESTHelpers::NonNegativeInteger"


class Params:
    """The parameters of one request, with the server's coercions; call :meth:`check` after reading them all.

    Example::

        params = Params(request)
        page = params.integer("page", required=True)
        resolve = params.array("resolve")
        params.check()  # raises the 400 if anything was wrong
    """

    def __init__(self, request: Request) -> None:
        self.scalars: dict[str, str] = {}
        self.arrays: dict[str, list[str]] = {}
        indexed: dict[str, list[tuple[str, str]]] = {}
        for key, value in [*request.params(), *multipart_fields(request)]:
            m = _INDEXED.match(key)
            if m is None:
                self.scalars[key] = value
            elif m.group("index") == "":
                self.arrays.setdefault(m.group("name"), []).append(value)
            else:
                indexed.setdefault(m.group("name"), []).append((m.group("index"), value))
        for name, pairs in indexed.items():
            self.arrays.setdefault(name, []).extend(v for _, v in sorted(pairs))
        self.errors: dict[str, list[str]] = {}

    def has(self, name: str) -> bool:
        """Whether ``name`` was sent at all (bare or as an array)."""
        return name in self.scalars or name in self.arrays

    def string(self, name: str, *, required: bool = False) -> str | None:
        """A string parameter."""
        value = self.scalars.get(name)
        if value is None and name in self.arrays:
            value = self.arrays[name][-1]
        if value is None and required:
            self.missing(name)
        return value

    def integer(self, name: str, *, required: bool = False, non_negative: bool = False) -> int | None:
        """An integer parameter (``Integer(...)``); ``non_negative`` rejects values below 0."""
        raw = self.string(name, required=required)
        if raw is None:
            return None
        try:
            value = int(raw.strip(), 10)
        except ValueError:
            value = None
        if value is None or (non_negative and value < 0):
            self.bad_type(name, NON_NEGATIVE_TYPE if non_negative else "Integer", raw)
            return None
        return value

    def boolean(self, name: str, *, default: bool | None = None, required: bool = False) -> bool | None:
        """A ``BooleanParam``: ``true`` or ``false`` in any case, anything else is a 400."""
        raw = self.string(name, required=required and default is None)
        if raw is None:
            return default
        if raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        self.bad_type(name, BOOLEAN_TYPE, raw)
        return default

    def array(self, name: str, *, element: str = "String", required: bool = False) -> list[str]:
        """A ``[String]`` (or ``[Integer]``) parameter sent as ``name[]=``; a bare ``name=`` is a 400."""
        if name in self.scalars and name not in self.arrays:
            raw = self.scalars[name]
            self.errors[name] = [
                f"Wanted type [{element}] but got '{raw}'.  Perhaps you meant to specify an array like: "
                f"{name}[]={quote(raw, safe='')}"
            ]
            return []
        values = self.arrays.get(name, [])
        if not values and required:
            self.missing(name)
        return values

    def integers(self, name: str, *, required: bool = False) -> list[int]:
        """An ``[Integer]`` array parameter."""
        values = self.array(name, element="Integer", required=required)
        try:
            return [int(v.strip(), 10) for v in values]
        except ValueError:
            self.errors[name] = [f"Wanted type [Integer] but got '{values}'"]
            return []

    def missing(self, name: str) -> None:
        """Record that a required parameter was not sent."""
        self.errors[name] = ["Parameter required but no value provided"]

    def bad_type(self, name: str, type_name: str, raw: str) -> None:
        """Record a value that does not parse as its declared type."""
        self.errors[name] = [f"Wanted type {type_name} but got '{raw}'"]

    def fail(self, name: str, message: str) -> None:
        """Record a failed validation (``Failed validation -- ...``)."""
        self.errors[name] = [f"Failed validation -- {message}"]

    def check(self) -> None:
        """Raise the 400 for everything recorded so far, if anything."""
        if self.errors:
            raise bad_params(self.errors)


def multipart_fields(request: Request) -> list[tuple[str, str]]:
    """The text fields of a ``multipart/form-data`` body (``curl -F password=admin``), as Sinatra reads them.

    Example::

        multipart_fields(request)  # [("password", "admin")]
    """
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data") or not request.body:
        return []
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.body)
    fields = []
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str) and part.get_filename() is None:
            payload = part.get_payload(decode=True)
            fields.append((name, payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""))
    return fields


def path_int(params: Params, name: str, raw: str) -> int:
    """A path segment declared ``Integer`` (``id``, ``repo_id``); records a 400 and returns 0 when it is not."""
    try:
        return int(raw, 10)
    except ValueError:
        params.bad_type(name, "Integer", raw)
        return 0
