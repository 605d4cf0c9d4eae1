from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.digital_object_component import DigitalObjectComponent
    from ..models.ref import Ref


@_attrs_define(slots=False, repr=False)
class FoundDigitalObjectComponents(_r.Record):
    """The digital object components found by component ID (an empty list when nothing matched).

    Attributes:
        digital_object_components (list[Ref[DigitalObjectComponent]]): Links to the matching components; each has
            `_resolved` with `resolve[]=digital_object_components`.
    """

    digital_object_components: list[Ref[DigitalObjectComponent]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FoundDigitalObjectComponents,
    _r.Field(
        "digital_object_components",
        "digital_object_components",
        _r.ListOf(_r.model("ref", "Ref")),
        True,
    ),
    extra=_r.ANY,
)
