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
    from ..models.date import Date
    from ..models.event_linked_agent import EventLinkedAgent
    from ..models.event_linked_record import EventLinkedRecord
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.date import Date  # noqa: PLC0415
    from ..models.event_linked_agent import EventLinkedAgent  # noqa: PLC0415
    from ..models.event_linked_record import EventLinkedRecord  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Date": Date,
            "EventLinkedAgent": EventLinkedAgent,
            "EventLinkedRecord": EventLinkedRecord,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Something that happened to records: who did it (`linked_agents`), to what (`linked_records`), when, and with what
    outcome. An event has either a `date` or a `timestamp`, not both.

        Attributes:
            jsonmodel_type (Literal['event']):  Default: 'event'.
            event_type (str): What happened (enumeration `event_event_type`; known values `accession`, `accumulation`,
                `acknowledgement`, `acknowledgement_received`, `acknowledgement_sent`, `agreement_received`, `agreement_sent`,
                `agreement_signed`, `appraisal`, `assessment`, `capture`, `cataloged`, `collection`, `component_transfer`,
                `compression`, `contribution`, `copyright_transfer`, `custody_transfer`, `deaccession`, `decompression`,
                `decryption`, `deletion`, `digital_signature_validation`, `fixity_check`, `ingestion`,
                `message_digest_calculation`, `migration`, `normalization`, `processed`, `processing_completed`,
                `processing_in_progress`, `processing_new`, `processing_started`, `publication`, `replication`, `request`,
                `rights_transferred`, `validation`, `virus_check`).
            linked_agents (list[EventLinkedAgent]): The agents involved, each with their role.
            linked_records (list[EventLinkedRecord]): The records acted on, each with its role.
            uri (str | Unset): The record's URI, set by the server.
            date (Date | Unset): A date or date range of a record (creation, publication, deaccession...). The server wants
                either an `expression` or a `begin` date; `end` is only meaningful for `inclusive` and `bulk` dates. `begin` and
                `end` are partial ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
            timestamp (str | Unset): When it happened, as an ISO 8601 time. Give this or `date`.
            outcome (str | Unset): How it went (enumeration `event_outcome`; known values `cancelled`, `fail`, `fulfilled`,
                `partial pass`, `pass`, `pending`).
            outcome_note (str | Unset):
            refid (str | Unset): An identifier of the event in another system.
            suppressed (bool | Unset): Whether the record is suppressed.
            external_ids (list[ExternalId] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    event_type: str
    linked_agents: list[EventLinkedAgent]
    linked_records: list[EventLinkedRecord]
    jsonmodel_type: Literal["event"] = "event"
    uri: str | Unset = UNSET
    date: Date | Unset = UNSET
    timestamp: str | Unset = UNSET
    outcome: str | Unset = UNSET
    outcome_note: str | Unset = UNSET
    refid: str | Unset = UNSET
    suppressed: bool | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        event_type = self.event_type

        linked_agents = []
        for linked_agents_item_data in self.linked_agents:
            linked_agents_item = linked_agents_item_data.to_dict()
            linked_agents.append(linked_agents_item)

        linked_records = []
        for linked_records_item_data in self.linked_records:
            linked_records_item = linked_records_item_data.to_dict()
            linked_records.append(linked_records_item)

        uri = self.uri

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        timestamp = self.timestamp

        outcome = self.outcome

        outcome_note = self.outcome_note

        refid = self.refid

        suppressed = self.suppressed

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "event_type": event_type,
                "linked_agents": linked_agents,
                "linked_records": linked_records,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if date is not UNSET:
            field_dict["date"] = date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if outcome_note is not UNSET:
            field_dict["outcome_note"] = outcome_note
        if refid is not UNSET:
            field_dict["refid"] = refid
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['event']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "event":
            raise ValueError(
                f"jsonmodel_type must match const 'event', got '{jsonmodel_type}'"
            )

        event_type = d.pop("event_type")

        linked_agents = []
        _linked_agents = d.pop("linked_agents")
        for linked_agents_item_data in _linked_agents:
            linked_agents_item = EventLinkedAgent.from_dict(linked_agents_item_data)

            linked_agents.append(linked_agents_item)

        linked_records = []
        _linked_records = d.pop("linked_records")
        for linked_records_item_data in _linked_records:
            linked_records_item = EventLinkedRecord.from_dict(linked_records_item_data)

            linked_records.append(linked_records_item)

        uri = d.pop("uri", UNSET)

        _date = d.pop("date", UNSET)
        date: Date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = Date.from_dict(_date)

        timestamp = d.pop("timestamp", UNSET)

        outcome = d.pop("outcome", UNSET)

        outcome_note = d.pop("outcome_note", UNSET)

        refid = d.pop("refid", UNSET)

        suppressed = d.pop("suppressed", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

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

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            event_type=event_type,
            linked_agents=linked_agents,
            linked_records=linked_records,
            uri=uri,
            date=date,
            timestamp=timestamp,
            outcome=outcome,
            outcome_note=outcome_note,
            refid=refid,
            suppressed=suppressed,
            external_ids=external_ids,
            external_documents=external_documents,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            create_time=create_time,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
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
