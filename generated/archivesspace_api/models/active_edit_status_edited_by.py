from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ActiveEditStatusEditedBy(_r.Record):
    """When each user editing the record last said so, keyed by user name (timestamps as text)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)


_r.bind(
    ActiveEditStatusEditedBy,
    extra=_r.STR,
)
