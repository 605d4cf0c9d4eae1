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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Group(_r.Record):
    """A group of users in one repository, and the permissions its members get there. Each repository starts with standard
    groups (`repository-managers`, `repository-archivists`, `repository-viewers`...).

        Attributes:
            group_code (str): A code unique within the repository.
            description (str): What the group is for. Default: ''.
            jsonmodel_type (Literal['group']):  Default: 'group'.
            uri (str): The group's URI.
            member_usernames (list[str]): The user names of the members. Only answered when asked with `with_members`; on
                update it replaces the membership unless `with_members=false`.
            grants_permissions (list[str]): The permission codes the group grants (see `GET /permissions`).
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    group_code: str
    description: str = ""
    jsonmodel_type: Literal["group"] = "group"
    uri: str = _r.NOT_YET_SENT
    member_usernames: list[str] = _attrs_field(factory=list)
    grants_permissions: list[str] = _attrs_field(factory=list)
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
    Group,
    _r.Field("group_code", "group_code", _r.STR, True),
    _r.Field("description", "description", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("group"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("member_usernames", "member_usernames", _r.ListOf(_r.STR), empty=True),
    _r.Field("grants_permissions", "grants_permissions", _r.ListOf(_r.STR), empty=True),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
