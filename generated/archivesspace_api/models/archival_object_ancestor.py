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
class ArchivalObjectAncestor(_r.Record, _r.Link["ArchivalObject | Resource"]):
    """A link to one ancestor of an archival object (a parent archival object or the resource), with its level.

    Attributes:
        ref (str | Unset): The ancestor's URI.
        level (str | Unset): The ancestor's level of description.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str | Unset = UNSET
    level: str | Unset = UNSET
    resolved: ArchivalObject | Resource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ArchivalObjectAncestor,
    _r.Field("ref", "ref", _r.STR),
    _r.Field("level", "level", _r.STR),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
