from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ResourceLink(_r.Record):
    """Where a resource lives.

    Attributes:
        list_endpoint (str): The resource's list URL.
        schema (str): The resource's schema URL.
    """

    list_endpoint: str
    schema: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ResourceLink,
    _r.Field("list_endpoint", "list_endpoint", _r.STR, True),
    _r.Field("schema", "schema", _r.STR, True),
    extra=_r.ANY,
)
