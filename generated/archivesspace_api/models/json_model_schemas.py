from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.json_model_schema import JsonModelSchema


@_attrs_define(slots=False, repr=False)
class JsonModelSchemas(_r.Record):
    """Every JSONModel schema the server serves, keyed by JSONModel name (`accession`, `note_multipart`...)."""

    additional_properties: dict[str, JsonModelSchema] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    JsonModelSchemas,
    extra=_r.model("json_model_schema", "JsonModelSchema"),
)
