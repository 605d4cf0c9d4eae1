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
    from ..models.accession import Accession
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware
    from ..models.classification import Classification
    from ..models.classification_path_entry import ClassificationPathEntry
    from ..models.digital_object import DigitalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class ClassificationTerm(_r.Record):
    """A term in a classification's tree, directly under the classification or under another term.

    Attributes:
        jsonmodel_type (Literal['classification_term']):  Default: 'classification_term'.
        classification (Ref[Classification]): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
        identifier (str): The term's identifier.
        title (str):
        uri (str): The record's URI, set by the server.
        parent (Ref[ClassificationTerm] | Unset): A link to another record by URI. With `resolve[]` naming the property
            that holds it, the server adds the linked record as `_resolved`.
        position (int | Unset): The 0-based position among its siblings.
        description (str | Unset):
        display_string (str | Unset): The term as displayed (its title).
        publish (bool | Unset): Set by the server, which publishes classification terms by default. Default: True.
        path_from_root (list[ClassificationPathEntry] | Unset): The identifiers and titles from the classification down
            to this term.
        linked_records (list[Ref[Accession | DigitalObject | Resource]]): Links to the accessions, resources and digital
            objects filed under this term.
        creator (Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware] | Unset): A link to another
            record by URI. With `resolve[]` naming the property that holds it, the server adds the linked record as
            `_resolved`.
        slug (str | Unset): The public interface's URL slug.
        is_slug_auto (bool | Unset): Whether the server generates the slug. Default: True.
        lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
        created_by (str | Unset): The user who created the record.
        last_modified_by (str | Unset): The user who last changed the record.
        create_time (datetime.datetime | Unset): When the record was created.
        user_mtime (datetime.datetime | Unset): When a user last changed the record.
        system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    classification: Ref[Classification]
    identifier: str
    title: str
    jsonmodel_type: Literal["classification_term"] = "classification_term"
    uri: str = _r.NOT_YET_SENT
    parent: Ref[ClassificationTerm] | Unset = UNSET
    position: int | Unset = UNSET
    description: str | Unset = UNSET
    display_string: str | Unset = UNSET
    publish: bool | Unset = True
    path_from_root: list[ClassificationPathEntry] | Unset = UNSET
    linked_records: list[Ref[Accession | DigitalObject | Resource]] = _attrs_field(
        factory=list
    )
    creator: (
        Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware] | Unset
    ) = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
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
    ClassificationTerm,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("classification_term"), True
    ),
    _r.Field("classification", "classification", _r.model("ref", "Ref"), True),
    _r.Field("identifier", "identifier", _r.STR, True),
    _r.Field("title", "title", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("parent", "parent", _r.model("ref", "Ref")),
    _r.Field("position", "position", _r.INT),
    _r.Field("description", "description", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field(
        "path_from_root",
        "path_from_root",
        _r.ListOf(_r.model("classification_path_entry", "ClassificationPathEntry")),
    ),
    _r.Field(
        "linked_records",
        "linked_records",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field("creator", "creator", _r.model("ref", "Ref")),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
