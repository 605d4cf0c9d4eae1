from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TreeContainerSummary(_r.Record):
    """Where a record is shelved, as shown in a resource tree (each field appears only when set).

    Attributes:
        instance_type (str | Unset):
        top_container_type (str | Unset):
        top_container_indicator (str | Unset):
        top_container_barcode (str | Unset):
        type_2 (str | Unset):
        indicator_2 (str | Unset):
        barcode_2 (str | Unset):
        type_3 (str | Unset):
        indicator_3 (str | Unset):
    """

    instance_type: str | Unset = UNSET
    top_container_type: str | Unset = UNSET
    top_container_indicator: str | Unset = UNSET
    top_container_barcode: str | Unset = UNSET
    type_2: str | Unset = UNSET
    indicator_2: str | Unset = UNSET
    barcode_2: str | Unset = UNSET
    type_3: str | Unset = UNSET
    indicator_3: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TreeContainerSummary,
    _r.Field("instance_type", "instance_type", _r.STR),
    _r.Field("top_container_type", "top_container_type", _r.STR),
    _r.Field("top_container_indicator", "top_container_indicator", _r.STR),
    _r.Field("top_container_barcode", "top_container_barcode", _r.STR),
    _r.Field("type_2", "type_2", _r.STR),
    _r.Field("indicator_2", "indicator_2", _r.STR),
    _r.Field("barcode_2", "barcode_2", _r.STR),
    _r.Field("type_3", "type_3", _r.STR),
    _r.Field("indicator_3", "indicator_3", _r.STR),
    extra=_r.ANY,
)
