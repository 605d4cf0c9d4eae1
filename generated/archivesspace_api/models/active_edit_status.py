from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_edit_status_edited_by import ActiveEditStatusEditedBy


@_attrs_define(slots=False, repr=False)
class ActiveEditStatus(_r.Record):
    """Who is editing one record, and the record's current lock version.

    Attributes:
        edited_by (ActiveEditStatusEditedBy | Unset): When each user editing the record last said so, keyed by user name
            (timestamps as text).
        lock_version (int | Unset): The record's lock version in the database; if it is higher than the one being
            edited, someone saved meanwhile.
    """

    edited_by: ActiveEditStatusEditedBy | Unset = UNSET
    lock_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ActiveEditStatus,
    _r.Field(
        "edited_by",
        "edited_by",
        _r.model("active_edit_status_edited_by", "ActiveEditStatusEditedBy"),
    ),
    _r.Field("lock_version", "lock_version", _r.INT),
    extra=_r.ANY,
)
