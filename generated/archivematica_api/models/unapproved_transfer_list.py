from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.unapproved_transfer import UnapprovedTransfer


@_attrs_define(slots=False, repr=False)
class UnapprovedTransferList(_r.Record):
    """What `list_unapproved_transfers` answers.

    Attributes:
        message (str):
        results (list[UnapprovedTransfer]):
    """

    message: str
    results: list[UnapprovedTransfer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    UnapprovedTransferList,
    _r.Field("message", "message", _r.STR, True),
    _r.Field(
        "results",
        "results",
        _r.ListOf(_r.model("unapproved_transfer", "UnapprovedTransfer")),
        True,
    ),
    extra=_r.ANY,
)
