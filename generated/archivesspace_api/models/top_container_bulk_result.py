from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class TopContainerBulkResult(_r.Record):
    """What a bulk change of barcodes or indicators answers.

    Attributes:
        updated (list[int]): The ids of the containers that were changed.
    """

    updated: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerBulkResult,
    _r.Field("updated", "updated", _r.ListOf(_r.INT), True),
    extra=_r.ANY,
)
