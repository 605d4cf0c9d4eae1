from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ComponentTransferResult(_r.Record):
    """What a component transfer answers.

    Attributes:
        component (str): The URI of the archival object that was moved (with everything below it).
        resource (str): The URI of the resource it was moved into.
        event (str | Unset): The URI of the `component_transfer` event the server recorded.
    """

    component: str
    resource: str
    event: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ComponentTransferResult,
    _r.Field("component", "component", _r.STR, True),
    _r.Field("resource", "resource", _r.STR, True),
    _r.Field("event", "event", _r.STR),
    extra=_r.ANY,
)
