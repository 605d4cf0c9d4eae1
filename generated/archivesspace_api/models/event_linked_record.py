from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accession import Accession
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware
    from ..models.archival_object import ArchivalObject
    from ..models.digital_object import DigitalObject
    from ..models.digital_object_component import DigitalObjectComponent
    from ..models.resource import Resource
    from ..models.top_container import TopContainer


@_attrs_define(slots=False, repr=False)
class EventLinkedRecord(
    _r.Record,
    _r.Link[
        "Accession | Resource | ArchivalObject | DigitalObject | DigitalObjectComponent | TopContainer | AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware"
    ],
):
    """A link from an event to a record it concerned, with the record's role in the event.

    Attributes:
        role (str): The record's part (enumeration `linked_event_archival_record_roles`; known values `context`,
            `outcome`, `requested`, `source`, `transfer`).
        ref (str): The URI of an accession, resource, archival object, digital object, digital object component, top
            container or agent.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    role: str
    ref: str
    resolved: (
        Accession
        | Resource
        | ArchivalObject
        | DigitalObject
        | DigitalObjectComponent
        | TopContainer
        | AgentPerson
        | AgentFamily
        | AgentCorporateEntity
        | AgentSoftware
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    EventLinkedRecord,
    _r.Field("role", "role", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
