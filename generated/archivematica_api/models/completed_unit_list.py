from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class CompletedUnitList(_r.Record):
    """What `list_completed_transfers` and `list_completed_ingests` answer.

    Attributes:
        message (str):
        results (list[UUID]): The UUIDs of the completed units that are not hidden.
    """

    message: str
    results: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CompletedUnitList,
    _r.Field("message", "message", _r.STR, True),
    _r.Field("results", "results", _r.ListOf(_r.UUID), True),
    extra=_r.ANY,
)
