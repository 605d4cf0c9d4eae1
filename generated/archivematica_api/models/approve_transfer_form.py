from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ApproveTransferForm(_r.Record):
    """The form fields of `approve_transfer`.

    Attributes:
        directory (str): The transfer's directory name inside the watched directory of its type.
        type (TransferType | Unset): The kind of transfer, which picks the watched directory it goes to.
            `start_transfer` silently treats an unknown value as `standard`; `approve_transfer` answers 500.
    """

    directory: str
    type: TransferType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ApproveTransferForm,
    _r.Field("directory", "directory", _r.STR, True),
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
    extra=_r.ANY,
)
