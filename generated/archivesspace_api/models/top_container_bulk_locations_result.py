from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TopContainerBulkLocationsResult(_r.Record):
    """What a bulk change of locations answers. Containers whose location could not be found are skipped and `error` names
    the last failure.

        Attributes:
            records_ids_updated (list[int] | Unset): The ids of the containers that got their new location.
            records_updated (int | Unset): How many containers got their new location.
            error (str | Unset): The last failure, when there was one.
    """

    records_ids_updated: list[int] | Unset = UNSET
    records_updated: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerBulkLocationsResult,
    _r.Field("records_ids_updated", "records_ids_updated", _r.ListOf(_r.INT)),
    _r.Field("records_updated", "records_updated", _r.INT),
    _r.Field("error", "error", _r.STR),
    extra=_r.ANY,
)
