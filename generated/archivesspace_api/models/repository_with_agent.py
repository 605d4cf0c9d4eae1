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
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.repository import Repository

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.agent_corporate_entity import AgentCorporateEntity  # noqa: PLC0415
    from ..models.repository import Repository  # noqa: PLC0415

    globals().update(
        {
            "AgentCorporateEntity": AgentCorporateEntity,
            "Repository": Repository,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RepositoryWithAgent")


@_attrs_define
class RepositoryWithAgent:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        repository = self.repository.to_dict()

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        agent_representation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_representation, Unset):
            agent_representation = self.agent_representation.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repository": repository,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if agent_representation is not UNSET:
            field_dict["agent_representation"] = agent_representation
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        repository = Repository.from_dict(d.pop("repository"))

        jsonmodel_type = cast(
            "Literal['repository_with_agent']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "repository_with_agent":
            raise ValueError(
                f"jsonmodel_type must match const 'repository_with_agent', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _agent_representation = d.pop("agent_representation", UNSET)
        agent_representation: AgentCorporateEntity | Unset
        if isinstance(_agent_representation, Unset):
            agent_representation = UNSET
        else:
            agent_representation = AgentCorporateEntity.from_dict(_agent_representation)

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

        _obj = cls(
            repository=repository,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            agent_representation=agent_representation,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
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
