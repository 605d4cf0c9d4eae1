from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_field_related_type import (
    ResourceFieldRelatedType,
    check_resource_field_related_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceField")


@_attrs_define
class ResourceField:
    """How a Tastypie schema describes one field.

    Attributes:
        type_ (str | Unset): The field's type.
        nullable (bool | Unset): Whether the field may be null.
        readonly (bool | Unset): Whether the server ignores the field on writes.
        blank (bool | Unset): Whether the field may be left out on writes.
        unique (bool | Unset): Whether the value is unique among the resource's objects.
        primary_key (bool | Unset): Whether the field is the model's primary key.
        default (Any | Unset): The default value, or the text `No default provided.`
        help_text (str | Unset): The field's help text.
        verbose_name (str | Unset): The field's human-readable name.
        related_type (ResourceFieldRelatedType | Unset): For related fields, whether they hold one URI or a list.
        related_schema (str | Unset): For related fields, the schema URL of the related resource.
    """

    type_: str | Unset = UNSET
    nullable: bool | Unset = UNSET
    readonly: bool | Unset = UNSET
    blank: bool | Unset = UNSET
    unique: bool | Unset = UNSET
    primary_key: bool | Unset = UNSET
    default: Any | Unset = UNSET
    help_text: str | Unset = UNSET
    verbose_name: str | Unset = UNSET
    related_type: ResourceFieldRelatedType | Unset = UNSET
    related_schema: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        nullable = self.nullable

        readonly = self.readonly

        blank = self.blank

        unique = self.unique

        primary_key = self.primary_key

        default = self.default

        help_text = self.help_text

        verbose_name = self.verbose_name

        related_type: str | Unset = UNSET
        if not isinstance(self.related_type, Unset):
            related_type = self.related_type

        related_schema = self.related_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if blank is not UNSET:
            field_dict["blank"] = blank
        if unique is not UNSET:
            field_dict["unique"] = unique
        if primary_key is not UNSET:
            field_dict["primary_key"] = primary_key
        if default is not UNSET:
            field_dict["default"] = default
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if verbose_name is not UNSET:
            field_dict["verbose_name"] = verbose_name
        if related_type is not UNSET:
            field_dict["related_type"] = related_type
        if related_schema is not UNSET:
            field_dict["related_schema"] = related_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        nullable = d.pop("nullable", UNSET)

        readonly = d.pop("readonly", UNSET)

        blank = d.pop("blank", UNSET)

        unique = d.pop("unique", UNSET)

        primary_key = d.pop("primary_key", UNSET)

        default = d.pop("default", UNSET)

        help_text = d.pop("help_text", UNSET)

        verbose_name = d.pop("verbose_name", UNSET)

        _related_type = d.pop("related_type", UNSET)
        related_type: ResourceFieldRelatedType | Unset
        if isinstance(_related_type, Unset):
            related_type = UNSET
        else:
            related_type = check_resource_field_related_type(_related_type)

        related_schema = d.pop("related_schema", UNSET)

        _obj = cls(
            type_=type_,
            nullable=nullable,
            readonly=readonly,
            blank=blank,
            unique=unique,
            primary_key=primary_key,
            default=default,
            help_text=help_text,
            verbose_name=verbose_name,
            related_type=related_type,
            related_schema=related_schema,
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
