from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False, repr=False)
class EventLinkedAgent(_r.Record):
    """A link from an event to an agent, with the agent's role in the event.

    Attributes:
        role (str): The agent's part (enumeration `linked_agent_event_roles`; known values `authorizer`,
            `executing_program`, `implementer`, `recipient`, `requester`, `transmitter`, `validator`).
        ref (str): The URI of a person, family, corporate entity or software agent.
        resolved (EventLinkedAgentResolved | Unset): The agent, when asked for with `resolve[]` (`linked_agents`).
    """

    role: str
    ref: str
    resolved: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    EventLinkedAgent,
    _r.Field("role", "role", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
