from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class StartTransferForm(_r.Record):
    """The form fields of `start_transfer`. `paths[]` and `row_ids[]` are sent as repeated fields of that exact name
    (brackets included).

        Attributes:
            name (str): The transfer's name.
            paths (list[str]): The files or directories to copy into the transfer; each is a location path.
            type (TransferType | Unset): The kind of transfer, which picks the watched directory it goes to.
                `start_transfer` silently treats an unknown value as `standard`; `approve_transfer` answers 500.
            accession (str | Unset): An accession number to record on the transfer.
            access_system_id (str | Unset): The identifier of the transfer in an access system (AtoM), for DIP upload.
            row_ids (list[str] | Unset): TransferMetadataSet ids, one for each entry of `paths[]` (empty strings allowed).
                Fewer ids than paths answers 500.
    """

    name: str
    paths: list[str]
    type: TransferType | Unset = UNSET
    accession: str | Unset = UNSET
    access_system_id: str | Unset = UNSET
    row_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    StartTransferForm,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("paths", "paths[]", _r.ListOf(_r.STR), True),
    _r.Field(
        "type",
        "type",
        _r.choice(
            "TRIM",
            "dataverse",
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
    _r.Field("row_ids", "row_ids[]", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)
