from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.resource_field_related_type import (
    ResourceFieldRelatedType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ResourceField(_r.Record):
    """How a Tastypie schema describes one field.

    Attributes:
        type (str | Unset): The field's type.
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

    type: str | Unset = UNSET
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


_r.bind(
    ResourceField,
    _r.Field("type", "type", _r.STR),
    _r.Field("nullable", "nullable", _r.BOOL),
    _r.Field("readonly", "readonly", _r.BOOL),
    _r.Field("blank", "blank", _r.BOOL),
    _r.Field("unique", "unique", _r.BOOL),
    _r.Field("primary_key", "primary_key", _r.BOOL),
    _r.Field("default", "default", _r.ANY),
    _r.Field("help_text", "help_text", _r.STR),
    _r.Field("verbose_name", "verbose_name", _r.STR),
    _r.Field("related_type", "related_type", _r.choice("to_many", "to_one")),
    _r.Field("related_schema", "related_schema", _r.STR),
    extra=_r.ANY,
)
