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
    from ..models.user_permissions import UserPermissions

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.user_permissions import UserPermissions  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
            "UserPermissions": UserPermissions,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user account. The password is never part of the record: it travels as the `password` parameter of the create and
    update routes. `permissions` is filled in when a user is fetched by id, at login and for the current user.

        Attributes:
            username (str): The login name; the server lowercases it.
            name (str): The user's full name.
            jsonmodel_type (Literal['user']):  Default: 'user'.
            uri (str | Unset): The user's URI.
            source (str | Unset): Where the account is authenticated, `local` or the name of an external source such as
                LDAP.
            is_system_user (bool | Unset): Whether this is one of the built-in accounts (`admin`, `search_indexer`,
                `public_anonymous`...).
            permissions (UserPermissions | Unset): The user's permission codes, keyed by repository URI; system-wide grants
                are under `_archivesspace`.
            groups (list[str] | Unset): URIs of the groups the user belongs to.
            email (str | Unset): The user's email address (used for password resets).
            first_name (str | Unset):
            last_name (str | Unset):
            telephone (str | Unset):
            title (str | Unset): The user's job title.
            department (str | Unset):
            additional_contact (str | Unset): Other contact details, as free text.
            agent_record (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
            is_active_user (bool | Unset): Whether the user may log in (see the activate and deactivate routes). Default:
                True.
            is_admin (bool | Unset): Whether the user is a system administrator. Default: False.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    username: str
    name: str
    jsonmodel_type: Literal["user"] = "user"
    uri: str | Unset = UNSET
    source: str | Unset = UNSET
    is_system_user: bool | Unset = UNSET
    permissions: UserPermissions | Unset = UNSET
    groups: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    telephone: str | Unset = UNSET
    title: str | Unset = UNSET
    department: str | Unset = UNSET
    additional_contact: str | Unset = UNSET
    agent_record: Ref | Unset = UNSET
    is_active_user: bool | Unset = True
    is_admin: bool | Unset = False
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
        username = self.username

        name = self.name

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        source = self.source

        is_system_user = self.is_system_user

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        telephone = self.telephone

        title = self.title

        department = self.department

        additional_contact = self.additional_contact

        agent_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_record, Unset):
            agent_record = self.agent_record.to_dict()

        is_active_user = self.is_active_user

        is_admin = self.is_admin

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
                "username": username,
                "name": name,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if source is not UNSET:
            field_dict["source"] = source
        if is_system_user is not UNSET:
            field_dict["is_system_user"] = is_system_user
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if groups is not UNSET:
            field_dict["groups"] = groups
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if title is not UNSET:
            field_dict["title"] = title
        if department is not UNSET:
            field_dict["department"] = department
        if additional_contact is not UNSET:
            field_dict["additional_contact"] = additional_contact
        if agent_record is not UNSET:
            field_dict["agent_record"] = agent_record
        if is_active_user is not UNSET:
            field_dict["is_active_user"] = is_active_user
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
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
        username = d.pop("username")

        name = d.pop("name")

        jsonmodel_type = cast("Literal['user']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "user":
            raise ValueError(
                f"jsonmodel_type must match const 'user', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        source = d.pop("source", UNSET)

        is_system_user = d.pop("is_system_user", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: UserPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = UserPermissions.from_dict(_permissions)

        groups = cast("list[str]", d.pop("groups", UNSET))

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        telephone = d.pop("telephone", UNSET)

        title = d.pop("title", UNSET)

        department = d.pop("department", UNSET)

        additional_contact = d.pop("additional_contact", UNSET)

        _agent_record = d.pop("agent_record", UNSET)
        agent_record: Ref | Unset
        if isinstance(_agent_record, Unset):
            agent_record = UNSET
        else:
            agent_record = Ref.from_dict(_agent_record)

        is_active_user = d.pop("is_active_user", UNSET)

        is_admin = d.pop("is_admin", UNSET)

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
            username=username,
            name=name,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            source=source,
            is_system_user=is_system_user,
            permissions=permissions,
            groups=groups,
            email=email,
            first_name=first_name,
            last_name=last_name,
            telephone=telephone,
            title=title,
            department=department,
            additional_contact=additional_contact,
            agent_record=agent_record,
            is_active_user=is_active_user,
            is_admin=is_admin,
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
