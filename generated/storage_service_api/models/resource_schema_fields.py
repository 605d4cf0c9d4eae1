from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.resource_field import ResourceField


@_attrs_define(slots=False, repr=False)
class ResourceSchemaFields(_r.Record):
    """The resource's fields, by name."""

    additional_properties: dict[str, ResourceField] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    ResourceSchemaFields,
    extra=_r.model("resource_field", "ResourceField"),
)
