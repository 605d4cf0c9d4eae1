from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.list_schemas_response_200_additional_property import (
        ListSchemasResponse200AdditionalProperty,
    )


@_attrs_define(slots=False, repr=False)
class ListSchemasResponse200(_r.Record):
    additional_properties: dict[str, ListSchemasResponse200AdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )


_r.bind(
    ListSchemasResponse200,
    extra=_r.model(
        "list_schemas_response_200_additional_property",
        "ListSchemasResponse200AdditionalProperty",
    ),
)
