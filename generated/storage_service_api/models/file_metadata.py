from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class FileMetadata(_r.Record):
    """A recorded file, in the shape of Archivematica's `transferfile` search index.

    Attributes:
        accessionid (None | str | Unset): The accession number of the file's transfer.
        file_extension (str | Unset): The file name's extension, dot included (empty when none).
        filename (str | Unset): The file's base name.
        relative_path (str | Unset): The file's path inside its package.
        fileuuid (None | str | Unset): The file's UUID in Archivematica.
        origin (None | str | Unset): The UUID of the pipeline the file came from.
        sipuuid (None | str | Unset): The UUID of the transfer or SIP the file came from.
    """

    accessionid: None | str | Unset = UNSET
    file_extension: str | Unset = UNSET
    filename: str | Unset = UNSET
    relative_path: str | Unset = UNSET
    fileuuid: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    sipuuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FileMetadata,
    _r.Field("accessionid", "accessionid", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("file_extension", "file_extension", _r.STR),
    _r.Field("filename", "filename", _r.STR),
    _r.Field("relative_path", "relative_path", _r.STR),
    _r.Field("fileuuid", "fileuuid", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("origin", "origin", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("sipuuid", "sipuuid", _r.one_of(_r.STR, _r.NONE)),
    extra=_r.ANY,
)
