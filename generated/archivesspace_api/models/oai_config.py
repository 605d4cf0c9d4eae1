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
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="OaiConfig")


@_attrs_define
class OaiConfig:
    """How the server's OAI-PMH provider describes itself and groups records into sets. There is exactly one such record;
    `GET /oai_config` answers it (in a list) and `POST /oai_config` changes it.

        Attributes:
            oai_record_prefix (str): The prefix of every OAI record identifier.
            oai_admin_email (str): The administrator's e-mail address, answered by `verb=Identify`.
            oai_repository_name (str): The provider's name, answered by `verb=Identify`.
            jsonmodel_type (Literal['oai_config']):  Default: 'oai_config'.
            repo_set_codes (str | Unset): The repository codes that make up the repository set, as JSON text (a list of
                codes).
            sponsor_set_names (str | Unset): The sponsor names that make up the sponsor set, as JSON text (a list of names).
            repo_set_description (str | Unset): The description of the repository set.
            sponsor_set_description (str | Unset): The description of the sponsor set.
            repo_set_name (str | Unset): The name (setSpec) of the repository set.
            sponsor_set_name (str | Unset): The name (setSpec) of the sponsor set.
            lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the database row last changed.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    oai_record_prefix: str
    oai_admin_email: str
    oai_repository_name: str
    jsonmodel_type: Literal["oai_config"] = "oai_config"
    repo_set_codes: str | Unset = UNSET
    sponsor_set_names: str | Unset = UNSET
    repo_set_description: str | Unset = UNSET
    sponsor_set_description: str | Unset = UNSET
    repo_set_name: str | Unset = UNSET
    sponsor_set_name: str | Unset = UNSET
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
        oai_record_prefix = self.oai_record_prefix

        oai_admin_email = self.oai_admin_email

        oai_repository_name = self.oai_repository_name

        jsonmodel_type = self.jsonmodel_type

        repo_set_codes = self.repo_set_codes

        sponsor_set_names = self.sponsor_set_names

        repo_set_description = self.repo_set_description

        sponsor_set_description = self.sponsor_set_description

        repo_set_name = self.repo_set_name

        sponsor_set_name = self.sponsor_set_name

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
                "oai_record_prefix": oai_record_prefix,
                "oai_admin_email": oai_admin_email,
                "oai_repository_name": oai_repository_name,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if repo_set_codes is not UNSET:
            field_dict["repo_set_codes"] = repo_set_codes
        if sponsor_set_names is not UNSET:
            field_dict["sponsor_set_names"] = sponsor_set_names
        if repo_set_description is not UNSET:
            field_dict["repo_set_description"] = repo_set_description
        if sponsor_set_description is not UNSET:
            field_dict["sponsor_set_description"] = sponsor_set_description
        if repo_set_name is not UNSET:
            field_dict["repo_set_name"] = repo_set_name
        if sponsor_set_name is not UNSET:
            field_dict["sponsor_set_name"] = sponsor_set_name
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
        oai_record_prefix = d.pop("oai_record_prefix")

        oai_admin_email = d.pop("oai_admin_email")

        oai_repository_name = d.pop("oai_repository_name")

        jsonmodel_type = cast("Literal['oai_config']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "oai_config":
            raise ValueError(
                f"jsonmodel_type must match const 'oai_config', got '{jsonmodel_type}'"
            )

        repo_set_codes = d.pop("repo_set_codes", UNSET)

        sponsor_set_names = d.pop("sponsor_set_names", UNSET)

        repo_set_description = d.pop("repo_set_description", UNSET)

        sponsor_set_description = d.pop("sponsor_set_description", UNSET)

        repo_set_name = d.pop("repo_set_name", UNSET)

        sponsor_set_name = d.pop("sponsor_set_name", UNSET)

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
            oai_record_prefix=oai_record_prefix,
            oai_admin_email=oai_admin_email,
            oai_repository_name=oai_repository_name,
            jsonmodel_type=jsonmodel_type,
            repo_set_codes=repo_set_codes,
            sponsor_set_names=sponsor_set_names,
            repo_set_description=repo_set_description,
            sponsor_set_description=sponsor_set_description,
            repo_set_name=repo_set_name,
            sponsor_set_name=sponsor_set_name,
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
