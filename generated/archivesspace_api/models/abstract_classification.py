from __future__ import annotations

import datetime
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
    from ..models.classification_path_entry import ClassificationPathEntry
    from ..models.digital_object import DigitalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class AbstractClassification(_r.Record):
    """The properties that classifications and classification terms share. Abstract: the server never sends or accepts it
    as such.

        Attributes:
            identifier (str): The identifier shown in the classification's path (`MSS`, `MSS.1`).
            title (str):
            jsonmodel_type (str): `classification` or `classification_term`.
            uri (str | Unset): The record's URI, set by the server.
            description (str | Unset):
            publish (bool | Unset): Set by the server, which publishes classifications by default. Default: True.
            path_from_root (list[ClassificationPathEntry] | Unset): The identifiers and titles from the classification down
                to this record.
            linked_records (list[Ref[Accession | DigitalObject | Resource]] | Unset): Links to the accessions, resources and
                digital objects filed under this record.
            creator (Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware] | Unset): A link to another
                record by URI. With `resolve[]` naming the property that holds it, the server adds the linked record as
                `_resolved`.
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    identifier: str
    title: str
    jsonmodel_type: str
    uri: str | Unset = UNSET
    description: str | Unset = UNSET
    publish: bool | Unset = True
    path_from_root: list[ClassificationPathEntry] | Unset = UNSET
    linked_records: list[Ref[Accession | DigitalObject | Resource]] | Unset = UNSET
    creator: (
        Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware] | Unset
    ) = UNSET
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
    AbstractClassification,
    _r.Field("identifier", "identifier", _r.STR, True),
    _r.Field("title", "title", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("description", "description", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field(
        "path_from_root",
        "path_from_root",
        _r.ListOf(_r.model("classification_path_entry", "ClassificationPathEntry")),
    ),
    _r.Field("linked_records", "linked_records", _r.ListOf(_r.model("ref", "Ref"))),
    _r.Field("creator", "creator", _r.model("ref", "Ref")),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
