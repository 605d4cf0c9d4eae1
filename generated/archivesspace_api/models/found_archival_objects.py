from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.archival_object import ArchivalObject
    from ..models.ref import Ref


@_attrs_define(slots=False, repr=False)
class FoundArchivalObjects(_r.Record):
    """The archival objects found by ref_id, component_id or ARK (an empty list when nothing matched).

    Attributes:
        archival_objects (list[Ref[ArchivalObject]]): Links to the matching archival objects; each has `_resolved` with
            `resolve[]=archival_objects`.
    """

    archival_objects: list[Ref[ArchivalObject]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FoundArchivalObjects,
    _r.Field(
        "archival_objects", "archival_objects", _r.ListOf(_r.model("ref", "Ref")), True
    ),
    extra=_r.ANY,
)
