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
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class RepositoryWithAgent(_r.Record):
    """A repository together with the corporate entity agent that represents it, created or updated in one call. Without
    `agent_representation` the server makes an agent from the repository's name.

        Attributes:
            repository (Repository): A repository: an institution or department holding collections. Its URI
                (`/repositories/2`) prefixes the URIs of every record it holds. The system's own global repository
                (`_archivesspace`) is never listed.
            jsonmodel_type (Literal['repository_with_agent']):  Default: 'repository_with_agent'.
            uri (str | Unset): The URI of this view of the repository.
            agent_representation (AgentCorporateEntity | Unset): An organisation, institution, government body or meeting
                that created, holds or is the subject of records. Global, at `/agents/corporate_entities/{id}`; each repository
                also has one (`is_repo_agent`). Only `names` is required.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
    """

    repository: Repository
    jsonmodel_type: Literal["repository_with_agent"] = "repository_with_agent"
    uri: str | Unset = UNSET
    agent_representation: AgentCorporateEntity | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
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
    RepositoryWithAgent,
    _r.Field("repository", "repository", _r.model("repository", "Repository"), True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("repository_with_agent"), True
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "agent_representation",
        "agent_representation",
        _r.model("agent_corporate_entity", "AgentCorporateEntity"),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    extra=_r.ANY,
)
