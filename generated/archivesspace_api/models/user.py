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
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.user_permissions import UserPermissions


@_attrs_define(slots=False, repr=False)
class User(_r.Record):
    """A user account. The password is never part of the record: it travels as the `password` parameter of the create and
    update routes. `permissions` is filled in when a user is fetched by id, at login and for the current user.

        Attributes:
            username (str): The login name; the server lowercases it.
            name (str): The user's full name.
            jsonmodel_type (Literal['user']):  Default: 'user'.
            uri (str): The user's URI.
            source (str | Unset): Where the account is authenticated, `local` or the name of an external source such as
                LDAP.
            is_system_user (bool | Unset): Whether this is one of the built-in accounts (`admin`, `search_indexer`,
                `public_anonymous`...).
            permissions (UserPermissions | Unset): The user's permission codes, keyed by repository URI; system-wide grants
                are under `_archivesspace`.
            groups (list[str]): URIs of the groups the user belongs to.
            email (str | Unset): The user's email address (used for password resets).
            first_name (str | Unset):
            last_name (str | Unset):
            telephone (str | Unset):
            title (str | Unset): The user's job title.
            department (str | Unset):
            additional_contact (str | Unset): Other contact details, as free text.
            agent_record (Ref[AgentPerson | AgentSoftware] | Unset): A link to another record by URI. With `resolve[]`
                naming the property that holds it, the server adds the linked record as `_resolved`.
            is_active_user (bool | Unset): Whether the user may log in (see the activate and deactivate routes). Default:
                True.
            is_admin (bool | Unset): Whether the user is a system administrator. Default: False.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    username: str
    name: str
    jsonmodel_type: Literal["user"] = "user"
    uri: str = _r.NOT_YET_SENT
    source: str | Unset = UNSET
    is_system_user: bool | Unset = UNSET
    permissions: UserPermissions | Unset = UNSET
    groups: list[str] = _attrs_field(factory=list)
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    telephone: str | Unset = UNSET
    title: str | Unset = UNSET
    department: str | Unset = UNSET
    additional_contact: str | Unset = UNSET
    agent_record: Ref[AgentPerson | AgentSoftware] | Unset = UNSET
    is_active_user: bool | Unset = True
    is_admin: bool | Unset = False
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
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
    User,
    _r.Field("username", "username", _r.STR, True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("user"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("source", "source", _r.STR),
    _r.Field("is_system_user", "is_system_user", _r.BOOL),
    _r.Field(
        "permissions", "permissions", _r.model("user_permissions", "UserPermissions")
    ),
    _r.Field("groups", "groups", _r.ListOf(_r.STR), empty=True),
    _r.Field("email", "email", _r.STR),
    _r.Field("first_name", "first_name", _r.STR),
    _r.Field("last_name", "last_name", _r.STR),
    _r.Field("telephone", "telephone", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("department", "department", _r.STR),
    _r.Field("additional_contact", "additional_contact", _r.STR),
    _r.Field("agent_record", "agent_record", _r.model("ref", "Ref")),
    _r.Field("is_active_user", "is_active_user", _r.BOOL),
    _r.Field("is_admin", "is_admin", _r.BOOL),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
