from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_link import ResourceLink


@_attrs_define(slots=False, repr=False)
class ApiRoot(_r.Record):
    """The API root, mapping each resource's name to its endpoints.

    Attributes:
        async_ (ResourceLink | Unset): Where a resource lives.
        file (ResourceLink | Unset): Where a resource lives.
        location (ResourceLink | Unset): Where a resource lives.
        pipeline (ResourceLink | Unset): Where a resource lives.
        space (ResourceLink | Unset): Where a resource lives.
    """

    async_: ResourceLink | Unset = UNSET
    file: ResourceLink | Unset = UNSET
    location: ResourceLink | Unset = UNSET
    pipeline: ResourceLink | Unset = UNSET
    space: ResourceLink | Unset = UNSET
    additional_properties: dict[str, ResourceLink] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ApiRoot,
    _r.Field("async_", "async", _r.model("resource_link", "ResourceLink")),
    _r.Field("file", "file", _r.model("resource_link", "ResourceLink")),
    _r.Field("location", "location", _r.model("resource_link", "ResourceLink")),
    _r.Field("pipeline", "pipeline", _r.model("resource_link", "ResourceLink")),
    _r.Field("space", "space", _r.model("resource_link", "ResourceLink")),
    extra=_r.model("resource_link", "ResourceLink"),
)
