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
from ..models.permission_level import PermissionLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Permission(_r.Record):
    """A permission that groups can grant, such as `view_repository` or `update_resource_record`.

    Attributes:
        permission_code (str): The code groups list in `grants_permissions`.
        description (str): What the permission allows.
        level (PermissionLevel): Whether the permission is granted per repository or system-wide.
        jsonmodel_type (Literal['permission']):  Default: 'permission'.
        uri (str | Unset): The permission's URI.
        lock_version (int | str | Unset): Unused on permissions.
        created_by (str | Unset): The user who created the record.
        last_modified_by (str | Unset): The user who last changed the record.
        user_mtime (datetime.datetime | Unset): When a user last edited the record.
        system_mtime (datetime.datetime | Unset): When the record last changed in any way.
        create_time (datetime.datetime | Unset): When the record was created.
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    permission_code: str
    description: str
    level: PermissionLevel
    jsonmodel_type: Literal["permission"] = "permission"
    uri: str | Unset = UNSET
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
    Permission,
    _r.Field("permission_code", "permission_code", _r.STR, True),
    _r.Field("description", "description", _r.STR, True),
    _r.Field("level", "level", _r.choice("global", "repository"), True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("permission"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)
