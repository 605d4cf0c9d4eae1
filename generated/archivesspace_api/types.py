"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The value of a field the record does not have (absent from the JSON, or never given). ``UNSET`` is its only
    instance: it is falsy, prints as an empty string (so ``f"{date.begin}-{date.end}"`` never shows an object),
    and survives ``copy``, ``deepcopy`` and pickling as the same object.

    Example: ``if not isinstance(ao.title, Unset): print(ao.title)``, or simply ``ao.title or "(untitled)"``.
    """

    __slots__ = ()
    _instance: ClassVar["Unset | None"] = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __str__(self) -> str:
        return ""

    def __format__(self, spec: str) -> str:
        return format("", spec)

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: object) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def parse_datetime(value: str) -> datetime.datetime:
    """``value`` as an aware datetime, in any form the servers write (one parser: ``_records.parse_datetime``)."""
    from ._records import parse_datetime as parse

    return parse(value)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
]
