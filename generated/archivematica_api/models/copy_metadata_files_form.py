from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class CopyMetadataFilesForm(_r.Record):
    """The form fields of `copy_ingest_metadata_files`. `source_paths[]` is sent as repeated fields of that exact name
    (brackets included).

        Attributes:
            sip_uuid (UUID): The SIP to add the files to.
            source_paths (list[str]): The metadata files to copy; each is a location path.
    """

    sip_uuid: UUID
    source_paths: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CopyMetadataFilesForm,
    _r.Field("sip_uuid", "sip_uuid", _r.UUID, True),
    _r.Field("source_paths", "source_paths[]", _r.ListOf(_r.STR), True),
    extra=_r.ANY,
)
