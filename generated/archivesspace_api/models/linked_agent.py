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
    from ..models.term import Term


@_attrs_define(slots=False, repr=False)
class LinkedAgent(
    _r.Record,
    _r.Link["AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware"],
):
    """A link from an archival record (accession, resource, archival object, digital object or digital object component) to
    an agent, with the agent's role in it. With `resolve[]=linked_agents` the server adds the agent as `_resolved`.

        Attributes:
            ref (str): The agent's URI (`/agents/people/{id}`, `/agents/corporate_entities/{id}`, `/agents/families/{id}` or
                `/agents/software/{id}`).
            role (str): The agent's role towards the record (enumeration `linked_agent_role`; known values `creator`,
                `source`, `subject`).
            relator (str | Unset): A finer role, as a MARC relator code (enumeration
                `linked_agent_archival_record_relators`: `aut` author, `ctb` contributor, `pht` photographer, `crp`
                correspondent, ...).
            terms (list[str | Term]): Subdivisions of the heading when the agent is a subject (`role: subject`), such as a
                form or period: new terms, or URIs of existing ones.
            title (str | Unset): A title qualifying the link, for instance the title of a work of the agent.
            is_primary (bool | Unset): Marks the primary creator among several linked agents. Default: False.
            resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str
    role: str
    relator: str | Unset = UNSET
    terms: list[str | Term] = _attrs_field(factory=list)
    title: str | Unset = UNSET
    is_primary: bool | Unset = False
    resolved: (
        AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LinkedAgent,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("role", "role", _r.STR, True),
    _r.Field("relator", "relator", _r.STR),
    _r.Field(
        "terms",
        "terms",
        _r.ListOf(_r.one_of(_r.model("term", "Term"), _r.STR)),
        empty=True,
    ),
    _r.Field("title", "title", _r.STR),
    _r.Field("is_primary", "is_primary", _r.BOOL),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)
