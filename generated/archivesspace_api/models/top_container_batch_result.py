from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TopContainerBatchResult(_r.Record):
    """What a batch change of top containers answers. On failure the whole batch is rolled back, `records_updated` is 0 and
    `error` says why; the HTTP status is still 200.

        Attributes:
            records_updated (int | Unset): How many containers were changed.
            error (str | Unset): Why the batch failed, when it did.
    """

    records_updated: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TopContainerBatchResult,
    _r.Field("records_updated", "records_updated", _r.INT),
    _r.Field("error", "error", _r.STR),
    extra=_r.ANY,
)
