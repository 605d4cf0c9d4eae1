from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware
    from ..models.note_rights_statement import NoteRightsStatement
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.rights_statement_act import RightsStatementAct
    from ..models.rights_statement_external_document import (
        RightsStatementExternalDocument,
    )


@_attrs_define(slots=False, repr=False)
class RightsStatement(_r.Record):
    """A PREMIS-style rights statement: on what basis (copyright, licence, statute, other) which acts are allowed or
    restricted, from when to when.

        Attributes:
            rights_type (str): The basis of the rights (enumeration `rights_statement_rights_type`; known values
                `copyright`, `license`, `statute`, `other`).
            jsonmodel_type (Literal['rights_statement']):  Default: 'rights_statement'.
            identifier (str | Unset): The statement's identifier (the server generates one when it is missing).
            status (str | Unset): Copyright status (enumeration `rights_statement_ip_status`; known values `copyrighted`,
                `public_domain`, `unknown`).
            determination_date (str | Unset): When the status was determined, as `YYYY-MM-DD`.
            start_date (str | Unset): When the rights begin, as `YYYY-MM-DD`.
            end_date (str | Unset): When the rights end, as `YYYY-MM-DD`.
            license_terms (str | Unset): The licence terms (for `license` statements).
            statute_citation (str | Unset): The statute (for `statute` statements).
            jurisdiction (str | Unset): An ISO 3166 country code (enumeration `country_iso_3166`).
            other_rights_basis (str | Unset): The basis of `other` statements (enumeration
                `rights_statement_other_rights_basis`; known values `donor`, `policy`).
            external_documents (list[RightsStatementExternalDocument]):
            acts (list[RightsStatementAct]): The acts this statement allows or restricts.
            linked_agents (list[Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware]]): Agents (rights
                holders...) linked to the statement.
            notes (list[NoteRightsStatement]):
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    rights_type: str
    jsonmodel_type: Literal["rights_statement"] = "rights_statement"
    identifier: str | Unset = UNSET
    status: str | Unset = UNSET
    determination_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    license_terms: str | Unset = UNSET
    statute_citation: str | Unset = UNSET
    jurisdiction: str | Unset = UNSET
    other_rights_basis: str | Unset = UNSET
    external_documents: list[RightsStatementExternalDocument] = _attrs_field(
        factory=list
    )
    acts: list[RightsStatementAct] = _attrs_field(factory=list)
    linked_agents: list[
        Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware]
    ] = _attrs_field(factory=list)
    notes: list[NoteRightsStatement] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RightsStatement,
    _r.Field("rights_type", "rights_type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("rights_statement"), True),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("status", "status", _r.STR),
    _r.Field("determination_date", "determination_date", _r.STR),
    _r.Field("start_date", "start_date", _r.STR),
    _r.Field("end_date", "end_date", _r.STR),
    _r.Field("license_terms", "license_terms", _r.STR),
    _r.Field("statute_citation", "statute_citation", _r.STR),
    _r.Field("jurisdiction", "jurisdiction", _r.STR),
    _r.Field("other_rights_basis", "other_rights_basis", _r.STR),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(
            _r.model(
                "rights_statement_external_document", "RightsStatementExternalDocument"
            )
        ),
        empty=True,
    ),
    _r.Field(
        "acts",
        "acts",
        _r.ListOf(_r.model("rights_statement_act", "RightsStatementAct")),
        empty=True,
    ),
    _r.Field(
        "linked_agents", "linked_agents", _r.ListOf(_r.model("ref", "Ref")), empty=True
    ),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(_r.model("note_rights_statement", "NoteRightsStatement")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
