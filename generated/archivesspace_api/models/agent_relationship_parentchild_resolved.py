from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class AgentRelationshipParentchildResolved(_r.Record):
    """The other agent, with `resolve[]=related_agents`."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentRelationshipParentchildResolved,
    extra=_r.ANY,
)
