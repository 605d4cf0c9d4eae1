from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.top_container import TopContainer


@_attrs_define(slots=False, repr=False)
class FoundTopContainers(_r.Record):
    """The top containers found by indicator or barcode (an empty list when nothing matched).

    Attributes:
        top_containers (list[Ref[TopContainer]]): Links to the matching top containers; each has `_resolved` with
            `resolve[]=top_containers`.
    """

    top_containers: list[Ref[TopContainer]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FoundTopContainers,
    _r.Field(
        "top_containers", "top_containers", _r.ListOf(_r.model("ref", "Ref")), True
    ),
    extra=_r.ANY,
)
