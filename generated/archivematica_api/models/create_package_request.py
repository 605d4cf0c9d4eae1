from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.package_type import PackageType
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class CreatePackageRequest(_r.Record):
    """The JSON body of `create_package`.

    Attributes:
        name (str): The transfer's name.
        path (str): What to transfer: base64 of `<location_uuid>:<path>` (a path inside a Storage Service location), or
            of an absolute path on the pipeline. For example
            `d1184f7f-fc0a-4bb2-9da0-5ab8cdb9d2a8:/home/archivematica/sample` is sent as the value in `examples`.
        type (PackageType | Unset): The kind of transfer `create_package` starts. `disk image` (and null) are treated as
            `standard`; any other value answers 500.
        accession (str | Unset): An accession number to record on the transfer.
        access_system_id (str | Unset): The identifier of the transfer in an access system (AtoM), for DIP upload.
        metadata_set_id (str | Unset): A TransferMetadataSet id to attach.
        processing_config (str | Unset): The processing configuration to use; an unknown name silently falls back to
            `default`. Default: 'default'.
        auto_approve (bool | Unset): Approve the transfer right away (the default); `false` leaves it waiting for
            `approve_transfer`. Default: True.
    """

    name: str
    path: str
    type: PackageType | Unset = UNSET
    accession: str | Unset = UNSET
    access_system_id: str | Unset = UNSET
    metadata_set_id: str | Unset = UNSET
    processing_config: str | Unset = "default"
    auto_approve: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CreatePackageRequest,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("path", "path", _r.STR, True),
    _r.Field(
        "type",
        "type",
        _r.choice(
            "TRIM",
            "dataverse",
            "disk image",
            "dspace",
            "maildir",
            "standard",
            "unzipped bag",
            "zipfile",
            "zipped bag",
        ),
    ),
    _r.Field("accession", "accession", _r.STR),
    _r.Field("access_system_id", "access_system_id", _r.STR),
    _r.Field("metadata_set_id", "metadata_set_id", _r.STR),
    _r.Field("processing_config", "processing_config", _r.STR),
    _r.Field("auto_approve", "auto_approve", _r.BOOL),
    extra=_r.ANY,
)
