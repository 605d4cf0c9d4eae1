from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.active_edit_status import ActiveEditStatus


@_attrs_define(slots=False, repr=False)
class ActiveEditStatuses(_r.Record):
    """The records being edited in the staff interface, keyed by URI (the update monitor's answer)."""

    additional_properties: dict[str, ActiveEditStatus] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ActiveEditStatuses,
    extra=_r.model("active_edit_status", "ActiveEditStatus"),
)
