from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.waiting_unit import WaitingUnit


@_attrs_define(slots=False, repr=False)
class WaitingUnitList(_r.Record):
    """What `list_waiting_ingests` answers.

    Attributes:
        message (str):
        results (list[WaitingUnit]):
    """

    message: str
    results: list[WaitingUnit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    WaitingUnitList,
    _r.Field("message", "message", _r.STR, True),
    _r.Field(
        "results", "results", _r.ListOf(_r.model("waiting_unit", "WaitingUnit")), True
    ),
    extra=_r.ANY,
)
