from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware


@_attrs_define(slots=False, repr=False)
class EventLinkedAgent(
    _r.Record,
    _r.Link["AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware"],
):
    """A link from an event to an agent, with the agent's role in the event.

    Attributes:
        role (str): The agent's part (enumeration `linked_agent_event_roles`; known values `authorizer`,
            `executing_program`, `implementer`, `recipient`, `requester`, `transmitter`, `validator`).
        ref (str): The URI of a person, family, corporate entity or software agent.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    role: str
    ref: str
    resolved: (
        AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    EventLinkedAgent,
    _r.Field("role", "role", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
