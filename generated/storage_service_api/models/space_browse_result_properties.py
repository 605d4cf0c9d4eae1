from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.browse_entry_properties import BrowseEntryProperties


@_attrs_define(slots=False, repr=False)
class SpaceBrowseResultProperties(_r.Record):
    """Details of the entries, keyed by the plain (not encoded) name."""

    additional_properties: dict[str, BrowseEntryProperties] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    SpaceBrowseResultProperties,
    extra=_r.model("browse_entry_properties", "BrowseEntryProperties"),
)
