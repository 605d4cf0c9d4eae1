from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class FoundResources(_r.Record):
    """The resources found by identifier or ARK (an empty list when nothing matched).

    Attributes:
        resources (list[Ref[Resource]]): Links to the matching resources; each has `_resolved` with
            `resolve[]=resources`.
    """

    resources: list[Ref[Resource]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FoundResources,
    _r.Field("resources", "resources", _r.ListOf(_r.model("ref", "Ref")), True),
    extra=_r.ANY,
)
