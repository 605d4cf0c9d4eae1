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
    from ..models.date import Date
    from ..models.event_linked_agent import EventLinkedAgent
    from ..models.event_linked_record import EventLinkedRecord
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Event(_r.Record):
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
            uri (str): The record's URI, set by the server.
            date (Date | Unset): A date or date range of a record (creation, publication, deaccession...). The server wants
                either an `expression` or a `begin` date; `end` is only meaningful for `inclusive` and `bulk` dates. `begin` and
                `end` are partial ISO dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
            timestamp (str | Unset): When it happened, as an ISO 8601 time. Give this or `date`.
            outcome (str | Unset): How it went (enumeration `event_outcome`; known values `cancelled`, `fail`, `fulfilled`,
                `partial pass`, `pass`, `pending`).
            outcome_note (str | Unset):
            refid (str | Unset): An identifier of the event in another system.
            suppressed (bool | Unset): Whether the record is suppressed.
            external_ids (list[ExternalId]):
            external_documents (list[ExternalDocument]):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    event_type: str
    linked_agents: list[EventLinkedAgent]
    linked_records: list[EventLinkedRecord]
    jsonmodel_type: Literal["event"] = "event"
    uri: str = _r.NOT_YET_SENT
    date: Date | Unset = UNSET
    timestamp: str | Unset = UNSET
    outcome: str | Unset = UNSET
    outcome_note: str | Unset = UNSET
    refid: str | Unset = UNSET
    suppressed: bool | Unset = UNSET
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    Event,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("event"), True),
    _r.Field("event_type", "event_type", _r.STR, True),
    _r.Field(
        "linked_agents",
        "linked_agents",
        _r.ListOf(_r.model("event_linked_agent", "EventLinkedAgent")),
        True,
    ),
    _r.Field(
        "linked_records",
        "linked_records",
        _r.ListOf(_r.model("event_linked_record", "EventLinkedRecord")),
        True,
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("date", "date", _r.model("date", "Date")),
    _r.Field("timestamp", "timestamp", _r.STR),
    _r.Field("outcome", "outcome", _r.STR),
    _r.Field("outcome_note", "outcome_note", _r.STR),
    _r.Field("refid", "refid", _r.STR),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
