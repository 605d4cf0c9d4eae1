from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.note_rights_statement import NoteRightsStatement
    from ..models.ref import Ref
    from ..models.rights_statement_act import RightsStatementAct
    from ..models.rights_statement_external_document import (
        RightsStatementExternalDocument,
    )

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_rights_statement import NoteRightsStatement  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.rights_statement_act import RightsStatementAct  # noqa: PLC0415
    from ..models.rights_statement_external_document import (
        RightsStatementExternalDocument,  # noqa: PLC0415
    )

    globals().update(
        {
            "NoteRightsStatement": NoteRightsStatement,
            "Ref": Ref,
            "RightsStatementAct": RightsStatementAct,
            "RightsStatementExternalDocument": RightsStatementExternalDocument,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RightsStatement")


@_attrs_define
class RightsStatement:
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
            external_documents (list[RightsStatementExternalDocument] | Unset):
            acts (list[RightsStatementAct] | Unset): The acts this statement allows or restricts.
            linked_agents (list[Ref] | Unset): Agents (rights holders...) linked to the statement.
            notes (list[NoteRightsStatement] | Unset):
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
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
    external_documents: list[RightsStatementExternalDocument] | Unset = UNSET
    acts: list[RightsStatementAct] | Unset = UNSET
    linked_agents: list[Ref] | Unset = UNSET
    notes: list[NoteRightsStatement] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        rights_type = self.rights_type

        jsonmodel_type = self.jsonmodel_type

        identifier = self.identifier

        status = self.status

        determination_date = self.determination_date

        start_date = self.start_date

        end_date = self.end_date

        license_terms = self.license_terms

        statute_citation = self.statute_citation

        jurisdiction = self.jurisdiction

        other_rights_basis = self.other_rights_basis

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        acts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acts, Unset):
            acts = []
            for acts_item_data in self.acts:
                acts_item = acts_item_data.to_dict()
                acts.append(acts_item)

        linked_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_agents, Unset):
            linked_agents = []
            for linked_agents_item_data in self.linked_agents:
                linked_agents_item = linked_agents_item_data.to_dict()
                linked_agents.append(linked_agents_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rights_type": rights_type,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if status is not UNSET:
            field_dict["status"] = status
        if determination_date is not UNSET:
            field_dict["determination_date"] = determination_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if license_terms is not UNSET:
            field_dict["license_terms"] = license_terms
        if statute_citation is not UNSET:
            field_dict["statute_citation"] = statute_citation
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if other_rights_basis is not UNSET:
            field_dict["other_rights_basis"] = other_rights_basis
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if acts is not UNSET:
            field_dict["acts"] = acts
        if linked_agents is not UNSET:
            field_dict["linked_agents"] = linked_agents
        if notes is not UNSET:
            field_dict["notes"] = notes
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        rights_type = d.pop("rights_type")

        jsonmodel_type = cast("Literal['rights_statement']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "rights_statement":
            raise ValueError(
                f"jsonmodel_type must match const 'rights_statement', got '{jsonmodel_type}'"
            )

        identifier = d.pop("identifier", UNSET)

        status = d.pop("status", UNSET)

        determination_date = d.pop("determination_date", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        license_terms = d.pop("license_terms", UNSET)

        statute_citation = d.pop("statute_citation", UNSET)

        jurisdiction = d.pop("jurisdiction", UNSET)

        other_rights_basis = d.pop("other_rights_basis", UNSET)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[RightsStatementExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = RightsStatementExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        _acts = d.pop("acts", UNSET)
        acts: list[RightsStatementAct] | Unset = UNSET
        if _acts is not UNSET:
            acts = []
            for acts_item_data in _acts:
                acts_item = RightsStatementAct.from_dict(acts_item_data)

                acts.append(acts_item)

        _linked_agents = d.pop("linked_agents", UNSET)
        linked_agents: list[Ref] | Unset = UNSET
        if _linked_agents is not UNSET:
            linked_agents = []
            for linked_agents_item_data in _linked_agents:
                linked_agents_item = Ref.from_dict(linked_agents_item_data)

                linked_agents.append(linked_agents_item)

        _notes = d.pop("notes", UNSET)
        notes: list[NoteRightsStatement] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = NoteRightsStatement.from_dict(notes_item_data)

                notes.append(notes_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            rights_type=rights_type,
            jsonmodel_type=jsonmodel_type,
            identifier=identifier,
            status=status,
            determination_date=determination_date,
            start_date=start_date,
            end_date=end_date,
            license_terms=license_terms,
            statute_citation=statute_citation,
            jurisdiction=jurisdiction,
            other_rights_basis=other_rights_basis,
            external_documents=external_documents,
            acts=acts,
            linked_agents=linked_agents,
            notes=notes,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
