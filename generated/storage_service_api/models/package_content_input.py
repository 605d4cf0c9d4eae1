from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageContentInput(_r.Record):
    """A file to record for a package; every key is required.

    Attributes:
        relative_path (str): The file's path inside the package.
        fileuuid (UUID): The file's UUID in Archivematica.
        accessionid (str): The accession number of the file's transfer.
        sipuuid (UUID): The UUID of the transfer or SIP the file came from.
        origin (UUID): The UUID of the pipeline the file came from.
    """

    relative_path: str
    fileuuid: UUID
    accessionid: str
    sipuuid: UUID
    origin: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageContentInput,
    _r.Field("relative_path", "relative_path", _r.STR, True),
    _r.Field("fileuuid", "fileuuid", _r.UUID, True),
    _r.Field("accessionid", "accessionid", _r.STR, True),
    _r.Field("sipuuid", "sipuuid", _r.UUID, True),
    _r.Field("origin", "origin", _r.UUID, True),
    extra=_r.ANY,
)
