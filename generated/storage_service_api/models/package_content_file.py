from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class PackageContentFile(_r.Record):
    """A file record of a package.

    Attributes:
        source_id (None | str | Unset): The file's UUID in Archivematica.
        name (None | str | Unset): The file's path inside the package.
        source_package (None | str | Unset): The UUID of the transfer or SIP the file came from.
        checksum (None | str | Unset): The file's checksum.
        accessionid (None | str | Unset): The accession number of the file's transfer.
        origin (None | str | Unset): The UUID of the pipeline the file came from.
    """

    source_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    source_package: None | str | Unset = UNSET
    checksum: None | str | Unset = UNSET
    accessionid: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageContentFile,
    _r.Field("source_id", "source_id", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("name", "name", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("source_package", "source_package", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("checksum", "checksum", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("accessionid", "accessionid", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("origin", "origin", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
