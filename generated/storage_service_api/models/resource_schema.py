from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_schema_fields import ResourceSchemaFields
    from ..models.resource_schema_filtering import ResourceSchemaFiltering

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.resource_schema_fields import ResourceSchemaFields  # noqa: PLC0415
    from ..models.resource_schema_filtering import ResourceSchemaFiltering  # noqa: PLC0415

    globals().update(
        {
            "ResourceSchemaFields": ResourceSchemaFields,
            "ResourceSchemaFiltering": ResourceSchemaFiltering,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ResourceSchema")


@_attrs_define
class ResourceSchema:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        allowed_detail_http_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_detail_http_methods, Unset):
            allowed_detail_http_methods = self.allowed_detail_http_methods

        allowed_list_http_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_list_http_methods, Unset):
            allowed_list_http_methods = self.allowed_list_http_methods

        default_format = self.default_format

        default_limit = self.default_limit

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        filtering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = self.filtering.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_detail_http_methods is not UNSET:
            field_dict["allowed_detail_http_methods"] = allowed_detail_http_methods
        if allowed_list_http_methods is not UNSET:
            field_dict["allowed_list_http_methods"] = allowed_list_http_methods
        if default_format is not UNSET:
            field_dict["default_format"] = default_format
        if default_limit is not UNSET:
            field_dict["default_limit"] = default_limit
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filtering is not UNSET:
            field_dict["filtering"] = filtering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        allowed_detail_http_methods = cast(
            "list[str]", d.pop("allowed_detail_http_methods", UNSET)
        )

        allowed_list_http_methods = cast(
            "list[str]", d.pop("allowed_list_http_methods", UNSET)
        )

        default_format = d.pop("default_format", UNSET)

        default_limit = d.pop("default_limit", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: ResourceSchemaFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ResourceSchemaFields.from_dict(_fields)

        _filtering = d.pop("filtering", UNSET)
        filtering: ResourceSchemaFiltering | Unset
        if isinstance(_filtering, Unset):
            filtering = UNSET
        else:
            filtering = ResourceSchemaFiltering.from_dict(_filtering)

        _obj = cls(
            allowed_detail_http_methods=allowed_detail_http_methods,
            allowed_list_http_methods=allowed_list_http_methods,
            default_format=default_format,
            default_limit=default_limit,
            fields=fields,
            filtering=filtering,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
