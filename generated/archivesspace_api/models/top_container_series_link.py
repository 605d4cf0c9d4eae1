from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archival_object import ArchivalObject


@_attrs_define(slots=False, repr=False)
class TopContainerSeriesLink(_r.Record, _r.Link["ArchivalObject"]):
    """A link from a top container to a series-level archival object, computed by the server.

    Attributes:
        ref (str | Unset): The archival object's URI.
        identifier (str | Unset): The series' component identifier.
        display_string (str | Unset): The series' title.
        level_display_string (str | Unset): The series' level as displayed (`Series`).
        publish (bool | Unset): Whether the series is published and not suppressed.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str | Unset = UNSET
    identifier: str | Unset = UNSET
    display_string: str | Unset = UNSET
    level_display_string: str | Unset = UNSET
    publish: bool | Unset = UNSET
    resolved: ArchivalObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerSeriesLink,
    _r.Field("ref", "ref", _r.STR),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("level_display_string", "level_display_string", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
