from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archival_object import ArchivalObject
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class ResourceOrderedRecord(_r.Record, _r.Link["ArchivalObject | Resource"]):
    """One record in a resource's tree order.

    Attributes:
        ref (str): The record's URI (the resource or one of its archival objects).
        display_string (str | Unset): The record's display string.
        depth (int | Unset): How deep the record sits (0 for the resource, 1 for top-level archival objects...).
        level (str | Unset): The record's level of description.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str
    display_string: str | Unset = UNSET
    depth: int | Unset = UNSET
    level: str | Unset = UNSET
    resolved: ArchivalObject | Resource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ResourceOrderedRecord,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("depth", "depth", _r.INT),
    _r.Field("level", "level", _r.STR),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
