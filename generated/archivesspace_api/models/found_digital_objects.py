from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.digital_object import DigitalObject
    from ..models.ref import Ref


@_attrs_define(slots=False, repr=False)
class FoundDigitalObjects(_r.Record):
    """The digital objects found by digital object ID (an empty list when nothing matched).

    Attributes:
        digital_objects (list[Ref[DigitalObject]]): Links to the matching digital objects; each has `_resolved` with
            `resolve[]=digital_objects`.
    """

    digital_objects: list[Ref[DigitalObject]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FoundDigitalObjects,
    _r.Field(
        "digital_objects", "digital_objects", _r.ListOf(_r.model("ref", "Ref")), True
    ),
    extra=_r.ANY,
)
