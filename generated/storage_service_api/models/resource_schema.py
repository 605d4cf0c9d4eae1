from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_schema_fields import ResourceSchemaFields
    from ..models.resource_schema_filtering import ResourceSchemaFiltering


@_attrs_define(slots=False, repr=False)
class ResourceSchema(_r.Record):
    """A Tastypie resource schema document.

    Attributes:
        allowed_detail_http_methods (list[str] | Unset): The methods the detail URL (`<resource>/<id>/`) takes.
        allowed_list_http_methods (list[str] | Unset): The methods the list URL (`<resource>/`) takes.
        default_format (str | Unset):
        default_limit (int | Unset): Objects on a list page when `limit` is not given.
        fields (ResourceSchemaFields | Unset): The resource's fields, by name.
        filtering (ResourceSchemaFiltering | Unset): The fields that allow filtering, by name - `1` for every lookup,
            `2` for every lookup including across relations, or a list of lookups.
    """

    allowed_detail_http_methods: list[str] | Unset = UNSET
    allowed_list_http_methods: list[str] | Unset = UNSET
    default_format: str | Unset = UNSET
    default_limit: int | Unset = UNSET
    fields: ResourceSchemaFields | Unset = UNSET
    filtering: ResourceSchemaFiltering | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ResourceSchema,
    _r.Field(
        "allowed_detail_http_methods", "allowed_detail_http_methods", _r.ListOf(_r.STR)
    ),
    _r.Field(
        "allowed_list_http_methods", "allowed_list_http_methods", _r.ListOf(_r.STR)
    ),
    _r.Field("default_format", "default_format", _r.STR),
    _r.Field("default_limit", "default_limit", _r.INT),
    _r.Field(
        "fields", "fields", _r.model("resource_schema_fields", "ResourceSchemaFields")
    ),
    _r.Field(
        "filtering",
        "filtering",
        _r.model("resource_schema_filtering", "ResourceSchemaFiltering"),
    ),
    extra=_r.ANY,
)
